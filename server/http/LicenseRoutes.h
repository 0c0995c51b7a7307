#pragma once

#include "server/http/ApiRoutes.h"

// /admin/licenses: licenses registered on the platform (signed offline by an issuer key),
// the expiring list, one license, and revocation.
namespace sphair::server::LicenseRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::LicenseRoutes
