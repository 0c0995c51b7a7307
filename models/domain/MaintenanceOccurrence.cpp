#include "models/domain/MaintenanceOccurrence.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

bool MaintenanceOccurrence::contains(const QDateTime &at) const
{
    return at >= startsAt && at < endsAt;
}

bool MaintenanceOccurrence::overlaps(const QDateTime &from, const QDateTime &to) const
{
    return startsAt < to && endsAt > from;
}

Result<MaintenanceOccurrence> MaintenanceOccurrence::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceOccurrence occurrence;
    occurrence.windowId = in.uuid(u"window_id");
    occurrence.occurrence = in.date(u"occurrence");
    occurrence.startsAt = in.time(u"starts_at");
    occurrence.endsAt = in.time(u"ends_at");
    occurrence.timezone = in.string(u"timezone");
    occurrence.description = in.optionalString(u"description");
    occurrence.recurring = in.boolean(u"recurring");
    occurrence.moved = in.boolean(u"moved");
    if (!in.ok())
        return in.error();
    return occurrence;
}

QJsonObject MaintenanceOccurrence::toJson() const
{
    return WireWriter()
        .uuid(u"window_id", windowId)
        .date(u"occurrence", occurrence)
        .time(u"starts_at", startsAt)
        .time(u"ends_at", endsAt)
        .text(u"timezone", timezone)
        .optionalText(u"description", description)
        .boolean(u"recurring", recurring)
        .boolean(u"moved", moved)
        .object();
}

bool MaintenanceOccurrence::operator==(const MaintenanceOccurrence &other) const
{
    return windowId == other.windowId && occurrence == other.occurrence
        && startsAt == other.startsAt && endsAt == other.endsAt && timezone == other.timezone
        && description == other.description && recurring == other.recurring && moved == other.moved;
}

} // namespace sphair::models
