#pragma once

#include "server/http/ApiRoutes.h"

// GET /metrics: the server's metrics in the Prometheus text format, for the operators' own
// Prometheus. Only with a configured token (404 otherwise, as if the route did not exist).
namespace sphair::server::MetricsRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::MetricsRoutes
