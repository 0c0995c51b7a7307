#pragma once

#include "server/http/ApiRoutes.h"

// /admin/deploy, /admin/deploy/history, /admin/deploy/{id} and /admin/deploy/{id}/rollback:
// blue-green deployments, run by the services layer's DeploymentRunner.
namespace sphair::server::DeploymentRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::DeploymentRoutes
