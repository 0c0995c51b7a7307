#pragma once

#include "server/http/ApiRoutes.h"

// /admin/companies/{id}/settings: a company's branding (white-label settings).
namespace sphair::server::CompanySettingsRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::CompanySettingsRoutes
