#pragma once

#include "server/http/ApiRoutes.h"

// GET /metrics: the server's metrics in the Prometheus text format, for the operators' own
// Prometheus. Only with a configured token (404 otherwise, as if the route did not exist).
// GET /admin/system/health: the per-minute history of the same metrics over the last hour,
// day or week, for any signed-in admin (the console's "System health" view).
namespace sphair::server::MetricsRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::MetricsRoutes
