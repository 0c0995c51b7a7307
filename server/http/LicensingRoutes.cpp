#include "server/http/IssuerKeyRoutes.h"
#include "server/http/LicenseRoutes.h"
#include "server/http/RouteModules.h"

namespace sphair::server::RouteModules {

void registerLicensing(Router &router, ApiContext &context)
{
    IssuerKeyRoutes::add(router, context);
    LicenseRoutes::add(router, context);
}

} // namespace sphair::server::RouteModules
