#include "client/StatsClient.h"

#include <utility>

namespace sphair::client {

ApiCall *StatsClient::statsOverview(int expiringDays, Callback<models::StatsOverview> done) const
{
    QUrlQuery query;
    if (expiringDays > 0)
        query.addQueryItem(QStringLiteral("expiring_days"), QString::number(expiringDays));
    return fetch<models::StatsOverview>(
        ApiRequest::get(QStringLiteral("/admin/stats/overview"), query), std::move(done));
}

ApiCall *StatsClient::userStats(Callback<models::UserStats> done) const
{
    return fetch<models::UserStats>(ApiRequest::get(QStringLiteral("/admin/stats/users")),
                                    std::move(done));
}

ApiCall *StatsClient::usageSeries(const UsageQuery &query, Callback<models::UsageSeries> done) const
{
    return fetch<models::UsageSeries>(
        ApiRequest::get(QStringLiteral("/admin/stats/usage"), query.toUrlQuery()), std::move(done));
}

ApiCall *StatsClient::growthSeries(const UsageRangeQuery &query,
                                   Callback<models::GrowthSeries> done) const
{
    return fetch<models::GrowthSeries>(
        ApiRequest::get(QStringLiteral("/admin/stats/growth"), query.toUrlQuery()),
        std::move(done));
}

ApiCall *StatsClient::featureAdoption(const UsageRangeQuery &query,
                                      Callback<models::FeatureAdoption> done) const
{
    return fetch<models::FeatureAdoption>(
        ApiRequest::get(QStringLiteral("/admin/stats/feature-adoption"), query.toUrlQuery()),
        std::move(done));
}

} // namespace sphair::client
