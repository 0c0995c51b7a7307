#pragma once

#include "server/http/ApiContext.h"
#include "server/http/Router.h"

namespace sphair::server {

// The route modules PlatformServer registers, one per area of the API (server/openapi.yaml).
namespace RouteModules {

// /admin/companies…, their settings, features and audit; /admin/features.
void registerCompanies(Router &router, ApiContext &context);
// /api/company/settings, /api/company/features, /api/users, /api/reports.
void registerTenant(Router &router, ApiContext &context);
// /admin/licenses…, /admin/keys….
void registerLicensing(Router &router, ApiContext &context);
// /admin/maintenance…, GET /maintenance, /admin/deploy…, /admin/stats/…, /admin/audit.
void registerOperations(Router &router, ApiContext &context);

} // namespace RouteModules
} // namespace sphair::server
