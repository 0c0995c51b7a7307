#include "models/domain/MaintenanceState.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<MaintenanceState> MaintenanceState::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceState state;
    state.enabled = in.boolean(u"enabled");
    state.message = in.optionalString(u"message");
    state.retryAfterSeconds = static_cast<int>(in.optionalInteger(
        u"retry_after_seconds", kDefaultRetryAfterSeconds, 0, WireReader::kMaxInt));
    state.startedAt = in.optionalTime(u"started_at");
    state.startedBy = in.optionalString(u"started_by");
    if (!in.ok())
        return in.error();
    return state;
}

QJsonObject MaintenanceState::toJson() const
{
    return WireWriter()
        .boolean(u"enabled", enabled)
        .optionalText(u"message", message)
        .integer(u"retry_after_seconds", retryAfterSeconds)
        .time(u"started_at", startedAt)
        .optionalText(u"started_by", startedBy)
        .object();
}

Status MaintenanceState::validate() const
{
    using namespace Validation;
    if (auto check = checkLength(QStringLiteral("message"), message, 0, kMaxMessageLength); !check)
        return check;
    if (auto check = checkRange(QStringLiteral("retry_after_seconds"), retryAfterSeconds, 1,
                                kMaxRetryAfterSeconds);
        !check)
        return check;
    return checkSingleLine(QStringLiteral("started_by"), startedBy, 0, 200);
}

bool MaintenanceState::operator==(const MaintenanceState &other) const
{
    return enabled == other.enabled && message == other.message
        && retryAfterSeconds == other.retryAfterSeconds && startedAt == other.startedAt
        && startedBy == other.startedBy;
}

} // namespace sphair::models
