#pragma once

#include "server/http/ApiRoutes.h"

// /admin/companies/{id}/tokens: a company's API tokens for its tenant clients; a new
// token is shown once, only its hash is stored.
namespace sphair::server::TenantTokenRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::TenantTokenRoutes
