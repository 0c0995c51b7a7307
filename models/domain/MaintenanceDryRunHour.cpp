#include "models/domain/MaintenanceDryRunHour.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<MaintenanceDryRunHour> MaintenanceDryRunHour::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceDryRunHour hour;
    hour.weekday = static_cast<int>(in.integer(u"weekday", 1, 7));
    hour.hour = static_cast<int>(in.integer(u"hour", 0, 23));
    hour.companies = static_cast<int>(in.integer(u"companies", 0, WireReader::kMaxInt));
    hour.activeUsers = in.number(u"active_users", 0);
    if (!in.ok())
        return in.error();
    return hour;
}

QJsonObject MaintenanceDryRunHour::toJson() const
{
    return WireWriter()
        .integer(u"weekday", weekday)
        .integer(u"hour", hour)
        .integer(u"companies", companies)
        .number(u"active_users", activeUsers)
        .object();
}

bool MaintenanceDryRunHour::operator==(const MaintenanceDryRunHour &other) const
{
    return weekday == other.weekday && hour == other.hour && companies == other.companies
        && activeUsers == other.activeUsers;
}

} // namespace sphair::models
