#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>

namespace sphair::models {

// One hour of the week a maintenance window touches, with how many companies and users are
// usually active then (usage_hour_profile). weekday 1 (Monday) – 7 (Sunday) and hour 0–23
// are in the platform zone Africa/Johannesburg, the zone of the usage profile.
struct MaintenanceDryRunHour
{
    int weekday = 1;
    int hour = 0;
    int companies = 0;
    double activeUsers = 0; // active_users: the sum of the companies' usual active users

    static Result<MaintenanceDryRunHour> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MaintenanceDryRunHour &other) const;
    bool operator!=(const MaintenanceDryRunHour &other) const { return !(*this == other); }
};

} // namespace sphair::models
