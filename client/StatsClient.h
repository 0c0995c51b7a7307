#pragma once

#include "client/AreaClient.h"
#include "client/Queries.h"
#include "models/domain/CompanyStats.h"
#include "models/domain/Page.h"
#include "models/domain/StatsOverview.h"
#include "models/domain/SystemHealth.h"
#include "models/domain/UsageSeries.h"
#include "models/domain/UserStats.h"

namespace sphair::client {

// The statistics area of the admin API: the overview figures, per-company and per-user
// counts, and usage over time. A light handle on the engine, like every area client.
class StatsClient : public AreaClient
{
public:
    using AreaClient::AreaClient;

    // Counts licenses ending within `expiringDays` (1–365; 0: the server's default, 30) as
    // expiring.
    ApiCall *statsOverview(int expiringDays, Callback<models::StatsOverview> done) const;
    ApiCall *userStats(Callback<models::UserStats> done) const;
    // "not_found" for an unknown company; "invalid_field" for from after to or a span over
    // 366 days.
    ApiCall *usageSeries(const UsageQuery &query, Callback<models::UsageSeries> done) const;
    // The server's own health over the last hour, day or week; "invalid_field" for an
    // unknown range or instance.
    ApiCall *systemHealth(const HealthQuery &query, Callback<models::SystemHealth> done) const;
};

} // namespace sphair::client
