#include "models/domain/MaintenanceNotice.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<MaintenanceNotice> MaintenanceNotice::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceNotice notice;
    notice.enabled = in.boolean(u"enabled");
    notice.message = in.optionalString(u"message");
    if (in.has(u"retry_after_seconds"))
        notice.retryAfterSeconds =
            static_cast<int>(in.integer(u"retry_after_seconds", 1, WireReader::kMaxInt));
    notice.nextWindow = in.optionalNested<MaintenanceWindow>(u"next_window");
    if (!in.ok())
        return in.error();
    return notice;
}

QJsonObject MaintenanceNotice::toJson() const
{
    return WireWriter()
        .boolean(u"enabled", enabled)
        .optionalText(u"message", message)
        .value(u"retry_after_seconds",
               retryAfterSeconds ? QJsonValue(*retryAfterSeconds) : QJsonValue(QJsonValue::Null))
        .optionalNested(u"next_window", nextWindow)
        .object();
}

bool MaintenanceNotice::operator==(const MaintenanceNotice &other) const
{
    return enabled == other.enabled && message == other.message
        && retryAfterSeconds == other.retryAfterSeconds && nextWindow == other.nextWindow;
}

} // namespace sphair::models
