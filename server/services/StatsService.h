#pragma once

#include "models/domain/Result.h"
#include "models/domain/StatsOverview.h"
#include "models/domain/UsagePoint.h"
#include "server/services/ServiceContext.h"
#include "server/store/StatsStore.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace sphair::server {

// The platform's figures for dashboards and charts, each read in one read-only transaction:
// the overview, companies with their use of their limits, users, daily usage series, growth
// and feature adoption; and the roll-up those series read.
class StatsService
{
public:
    // Longest usage series one request may ask for.
    static constexpr int kMaxUsageSpanDays = 366;

    explicit StatsService(ServiceContext &context)
        : m_context(context)
    { }

    // Today in UTC, where usage series end by default.
    QDate today() const { return m_context.now().toUTC().date(); }

    models::Result<models::StatsOverview> overview(int expiringDays) const;
    models::Result<StatsStore::CompanyPage> companies(const StatsStore::CompanyFilter &filter,
                                                      qint64 offset, int limit) const;
    models::Result<StatsStore::Users> users() const;
    // One point per day from `from` to `to`; the whole platform when companyId is null, and
    // not_found for an unknown company.
    models::Result<QList<models::UsagePoint>> usage(const QUuid &companyId, QDate from,
                                                    QDate to) const;
    // Companies per day and tier, from the platform roll-up.
    models::Result<QList<models::GrowthPoint>> growth(QDate from, QDate to) const;
    // Per catalog feature and tier: companies, enabled, active share, uses (from the roll-ups).
    models::Result<QList<models::FeatureAdoptionRow>> featureAdoption(QDate from, QDate to) const;
    // (Re)computes the platform roll-ups (usage_platform_daily, feature_platform_daily) of the days
    // from `from` to `to`: computed in a read transaction, then written in a short write
    // transaction. The server runs it for yesterday and today at start-up and every hour.
    models::Status rollUp(QDate from, QDate to) const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
