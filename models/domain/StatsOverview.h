#pragma once

#include "models/domain/Company.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace sphair::models {

// The platform at a glance, for the console's overview: companies by tier and status, users,
// and licenses by how they stand.
//
// companies_by_tier and companies_by_status are objects keyed by the tier and status codes;
// a missing key counts 0 and an unknown key is refused. Required on input: both maps,
// users_total, licenses_active, licenses_expiring, licenses_in_grace, licenses_expired,
// expiring_within_days. Optional: generated_at.
struct StatsOverview
{
    QMap<Tier, qint64> companiesByTier; // companies not deleted, by tier
    QMap<CompanyStatus, qint64> companiesByStatus; // every company, by status
    qint64 usersTotal = 0; // users_total, in companies not deleted
    qint64 licensesActive = 0; // licenses_active: active, not expiring soon
    qint64 licensesExpiring = 0; // licenses_expiring: within expiring_within_days
    qint64 licensesInGrace = 0; // licenses_in_grace
    qint64 licensesExpired = 0; // licenses_expired: the latest license of a company expired
    int expiringWithinDays = 30; // expiring_within_days: the N the server counted with
    QDateTime generatedAt; // generated_at

    // Companies that are not deleted.
    qint64 companiesTotal() const;
    qint64 companiesWithTier(Tier tier) const { return companiesByTier.value(tier); }
    qint64 companiesWithStatus(CompanyStatus status) const
    {
        return companiesByStatus.value(status);
    }

    static Result<StatsOverview> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const StatsOverview &other) const;
    bool operator!=(const StatsOverview &other) const { return !(*this == other); }
};

} // namespace sphair::models
