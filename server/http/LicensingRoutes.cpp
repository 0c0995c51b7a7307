#include "server/http/RouteModules.h"

namespace sphair::server::RouteModules {

// Not built yet: the routes of this area answer 404 until this module registers them.
void registerLicensing(Router &router, ApiContext &context)
{
    Q_UNUSED(router)
    Q_UNUSED(context)
}

} // namespace sphair::server::RouteModules
