#include "models/domain/UserStats.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<UserStats> UserStats::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    UserStats stats;
    stats.usersTotal = in.integer(u"users_total", 0);
    stats.activeUsers1d = in.integer(u"active_users_1d", 0);
    stats.activeUsers7d = in.integer(u"active_users_7d", 0);
    stats.activeUsers30d = in.integer(u"active_users_30d", 0);
    WireReader tiers(in.jsonObject(u"users_by_tier"), QStringLiteral("users_by_tier."));
    stats.seatsLicensed = in.integer(u"seats_licensed", 0);
    stats.generatedAt = in.optionalTime(u"generated_at");
    // Only the known tiers; a tier added later by the server is left out, not refused.
    for (Tier tier : allTiers()) {
        const qint64 count = tiers.optionalInteger(tierCode(tier), 0, 0);
        if (count > 0)
            stats.usersByTier.insert(tier, count);
    }
    if (!in.ok())
        return in.error();
    if (!tiers.ok())
        return tiers.error();
    return stats;
}

QJsonObject UserStats::toJson() const
{
    QJsonObject byTier;
    for (Tier tier : allTiers())
        byTier.insert(tierCode(tier), usersWithTier(tier));
    return WireWriter()
        .integer(u"users_total", usersTotal)
        .integer(u"active_users_1d", activeUsers1d)
        .integer(u"active_users_7d", activeUsers7d)
        .integer(u"active_users_30d", activeUsers30d)
        .value(u"users_by_tier", byTier)
        .integer(u"seats_licensed", seatsLicensed)
        .time(u"generated_at", generatedAt)
        .object();
}

bool UserStats::operator==(const UserStats &other) const
{
    return usersTotal == other.usersTotal && activeUsers1d == other.activeUsers1d
        && activeUsers7d == other.activeUsers7d && activeUsers30d == other.activeUsers30d
        && usersByTier == other.usersByTier && seatsLicensed == other.seatsLicensed
        && generatedAt == other.generatedAt;
}

} // namespace sphair::models
