#pragma once

#include "server/http/ApiContext.h"
#include "server/http/Router.h"

namespace sphair::server {

// /admin/licenses…: registering signed license tokens (LicenseRegistrar), the list with its
// filters, the licenses that expire soon, one license with its token, and revocation. Every
// role reads; superadmin and sales register and revoke (AdminAccess, area Licenses).
class LicenseRoutes
{
public:
    static void add(Router &router, ApiContext &context);
};

} // namespace sphair::server
