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

ApiCall *StatsClient::systemHealth(const HealthQuery &query,
                                   Callback<models::SystemHealth> done) const
{
    return fetch<models::SystemHealth>(
        ApiRequest::get(QStringLiteral("/admin/system/health"), query.toUrlQuery()),
        std::move(done));
}

} // namespace sphair::client
