#pragma once

#include "server/http/ApiRoutes.h"

// /api/company/settings, /api/company/features, /api/users and /api/reports: what a
// tenant's own clients call with their company token, confined to that company.
namespace sphair::server::TenantRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::TenantRoutes
