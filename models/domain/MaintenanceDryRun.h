#pragma once

#include "models/domain/MaintenanceDryRunHour.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sphair::models {

// POST /admin/maintenance/dry-run: whom a planned window would touch, estimated from the usage
// data (usage_hour_profile) for the hours of the week its next occurrence covers.
// companies: companies not deleted or suspended that are usually active (on average at least
// half an active user) in at least one of those hours; active_users: the highest hourly sum of
// the companies' average active users among those hours (the users usually active at the
// busiest hour).
struct MaintenanceDryRun
{
    int companies = 0;
    double activeUsers = 0; // active_users
    QDateTime startsAt; // starts_at: the occurrence estimated (the next one)
    QDateTime endsAt; // ends_at
    QList<MaintenanceDryRunHour> hours; // each touched hour, in time order

    static Result<MaintenanceDryRun> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MaintenanceDryRun &other) const;
    bool operator!=(const MaintenanceDryRun &other) const { return !(*this == other); }
};

} // namespace sphair::models
