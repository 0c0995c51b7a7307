#include "client/UserStats.h"

#include "models/domain/WireReader.h"

namespace sphair::client {

models::Result<UserStats> UserStats::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    UserStats stats;
    stats.usersTotal = in.integer(u"users_total", 0);
    stats.activeUsers1d = in.integer(u"active_users_1d", 0);
    stats.activeUsers7d = in.integer(u"active_users_7d", 0);
    stats.activeUsers30d = in.integer(u"active_users_30d", 0);
    const QJsonObject byTier = in.jsonObject(u"users_by_tier");
    stats.seatsLicensed = in.integer(u"seats_licensed", 0);
    stats.generatedAt = in.optionalTime(u"generated_at");
    if (!in.ok())
        return in.error();
    // Only the known tiers; a tier added later by the server is left out, not refused.
    models::WireReader tiers(byTier, QStringLiteral("users_by_tier."));
    for (models::Tier tier : models::allTiers()) {
        const qint64 count = tiers.optionalInteger(models::tierCode(tier), 0, 0);
        if (count > 0)
            stats.usersByTier.insert(tier, count);
    }
    if (!tiers.ok())
        return tiers.error();
    return stats;
}

} // namespace sphair::client
