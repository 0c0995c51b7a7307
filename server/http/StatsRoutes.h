#pragma once

#include "server/http/ApiRoutes.h"

// /admin/stats/overview|companies|users|usage: figures for the dashboard and charts.
namespace sphair::server::StatsRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::StatsRoutes
