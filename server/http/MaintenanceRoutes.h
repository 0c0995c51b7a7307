#pragma once

#include "server/http/ApiRoutes.h"

// /admin/maintenance/status|enable|disable, /admin/maintenance/windows[/{id}] and the public
// GET /maintenance notice.
namespace sphair::server::MaintenanceRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::MaintenanceRoutes
