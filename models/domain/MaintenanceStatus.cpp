#include "models/domain/MaintenanceStatus.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<MaintenanceStatus> MaintenanceStatus::fromJson(const QJsonObject &object)
{
    auto state = MaintenanceState::fromJson(object);
    if (!state)
        return state.error();
    WireReader in(object);
    MaintenanceStatus status;
    status.state = state.value();
    status.currentWindow = in.optionalNested<MaintenanceWindow>(u"current_window");
    status.nextWindow = in.optionalNested<MaintenanceWindow>(u"next_window");
    status.activeSessions =
        static_cast<int>(in.optionalInteger(u"active_sessions", 0, 0, WireReader::kMaxInt));
    if (!in.ok())
        return in.error();
    return status;
}

QJsonObject MaintenanceStatus::toJson() const
{
    return WireWriter(state.toJson())
        .optionalNested(u"current_window", currentWindow)
        .optionalNested(u"next_window", nextWindow)
        .integer(u"active_sessions", activeSessions)
        .object();
}

bool MaintenanceStatus::operator==(const MaintenanceStatus &other) const
{
    return state == other.state && currentWindow == other.currentWindow
        && nextWindow == other.nextWindow && activeSessions == other.activeSessions;
}

} // namespace sphair::models
