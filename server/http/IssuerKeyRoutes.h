#pragma once

#include "server/http/ApiContext.h"
#include "server/http/Router.h"

namespace sphair::server {

// /admin/keys and /admin/keys/{kid}: the issuer public keys trusted to sign licenses. Every
// role reads; only superadmin registers and changes keys (AdminAccess, area IssuerKeys). The
// kid is always derived from the public key, never taken from the client; public_key and kid
// never change; revoked is final.
class IssuerKeyRoutes
{
public:
    static void add(Router &router, ApiContext &context);
};

} // namespace sphair::server
