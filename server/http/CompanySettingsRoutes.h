#pragma once

#include "server/http/ApiContext.h"
#include "server/http/Router.h"

namespace sphair::server {

// GET and PUT /admin/companies/{id}/settings: a company's white-label branding.
namespace CompanySettingsRoutes {
void registerRoutes(Router &router, ApiContext &context);
} // namespace CompanySettingsRoutes

} // namespace sphair::server
