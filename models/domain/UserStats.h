#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace sphair::models {

// GET /admin/stats/users: users across the platform. Required: users_total,
// active_users_1d/7d/30d, users_by_tier (a missing tier counts 0), seats_licensed.
struct UserStats
{
    qint64 usersTotal = 0; // users_total
    qint64 activeUsers1d = 0; // active_users_1d
    qint64 activeUsers7d = 0; // active_users_7d
    qint64 activeUsers30d = 0; // active_users_30d
    QMap<Tier, qint64> usersByTier; // users_by_tier; only tiers with users
    qint64 seatsLicensed = 0; // seats_licensed: max_users of companies with a usable license
    QDateTime generatedAt; // generated_at

    qint64 usersWithTier(Tier tier) const { return usersByTier.value(tier); }

    static Result<UserStats> fromJson(const QJsonObject &object);
    // users_by_tier names every tier, 0 where it has no users.
    QJsonObject toJson() const;

    bool operator==(const UserStats &other) const;
    bool operator!=(const UserStats &other) const { return !(*this == other); }
};

} // namespace sphair::models
