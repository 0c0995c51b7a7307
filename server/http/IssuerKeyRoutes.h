#pragma once

#include "server/http/ApiRoutes.h"

// /admin/keys and /admin/keys/{kid}: the issuer public keys trusted to sign licenses. The
// kid is always derived from the public key, never taken from the client; public_key and kid
// never change; revoked is final.
namespace sphair::server::IssuerKeyRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::IssuerKeyRoutes
