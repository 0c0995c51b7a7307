#pragma once

#include "server/http/ApiRoutes.h"

// /admin/companies and /admin/companies/{id}: the company list, one company, its changes
// (create, update, suspend, activate, delete) and its audit trail.
namespace sphair::server::CompanyRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::CompanyRoutes
