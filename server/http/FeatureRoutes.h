#pragma once

#include "server/http/ApiContext.h"
#include "server/http/Router.h"

namespace sphair::server {

// GET and PUT /admin/companies/{id}/features (a company's effective features; bulk changes
// applied atomically) and GET and PUT /admin/features (catalog, tier ranges and templates).
namespace FeatureRoutes {
void registerRoutes(Router &router, ApiContext &context);
} // namespace FeatureRoutes

} // namespace sphair::server
