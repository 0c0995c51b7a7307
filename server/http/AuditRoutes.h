#pragma once

#include "server/http/ApiRoutes.h"

// /admin/audit: the platform-wide audit log.
namespace sphair::server::AuditRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::AuditRoutes
