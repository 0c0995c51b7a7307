#include "models/domain/MaintenanceDryRun.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<MaintenanceDryRun> MaintenanceDryRun::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceDryRun dryRun;
    dryRun.companies = static_cast<int>(in.integer(u"companies", 0, WireReader::kMaxInt));
    dryRun.activeUsers = in.number(u"active_users", 0);
    dryRun.startsAt = in.time(u"starts_at");
    dryRun.endsAt = in.time(u"ends_at");
    dryRun.hours = in.objects<MaintenanceDryRunHour>(u"hours");
    if (!in.ok())
        return in.error();
    return dryRun;
}

QJsonObject MaintenanceDryRun::toJson() const
{
    return WireWriter()
        .integer(u"companies", companies)
        .number(u"active_users", activeUsers)
        .time(u"starts_at", startsAt)
        .time(u"ends_at", endsAt)
        .objects(u"hours", hours)
        .object();
}

bool MaintenanceDryRun::operator==(const MaintenanceDryRun &other) const
{
    return companies == other.companies && activeUsers == other.activeUsers
        && startsAt == other.startsAt && endsAt == other.endsAt && hours == other.hours;
}

} // namespace sphair::models
