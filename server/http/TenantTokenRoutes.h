#pragma once

#include "server/http/ApiContext.h"
#include "server/http/Router.h"

namespace sphair::server {

// /admin/companies/{id}/tokens…: issue a company's tenant API tokens (the token is shown
// once; only its hash is stored), list them without secrets, and revoke one.
//
// A token's id is derived from its stored hash: the first 32 hex digits of the BLAKE2b-256
// hash written as a UUID (8-4-4-4-12). It is stable, needs no column of its own (so tokens
// issued by PlatformServer::issueTenantToken have one too), and reveals nothing usable: the
// hash of a 256-bit random token cannot be turned back into the token.
namespace TenantTokenRoutes {
void registerRoutes(Router &router, ApiContext &context);
} // namespace TenantTokenRoutes

} // namespace sphair::server
