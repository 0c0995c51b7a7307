#include "models/domain/UsagePoint.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<UsagePoint> UsagePoint::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    UsagePoint point;
    point.day = in.date(u"day");
    point.activeUsers = in.integer(u"active_users", 0);
    point.logins = in.integer(u"logins", 0);
    point.events = in.integer(u"events", 0);
    point.apiCalls = in.integer(u"api_calls", 0);
    if (!in.ok())
        return in.error();
    return point;
}

QJsonObject UsagePoint::toJson() const
{
    return WireWriter()
        .date(u"day", day)
        .integer(u"active_users", activeUsers)
        .integer(u"logins", logins)
        .integer(u"events", events)
        .integer(u"api_calls", apiCalls)
        .object();
}

bool UsagePoint::operator==(const UsagePoint &other) const
{
    return day == other.day && activeUsers == other.activeUsers && logins == other.logins
        && events == other.events && apiCalls == other.apiCalls;
}

} // namespace sphair::models
