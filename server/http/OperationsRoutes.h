#pragma once

#include "server/http/ApiContext.h"
#include "server/http/DeploymentRunner.h"
#include "server/http/Router.h"

#include <memory>

namespace sphair::server {

// The route groups of the operations area, registered together by
// RouteModules::registerOperations (server/http/RouteModules.h).
namespace OperationsRoutes {

// /admin/maintenance/status|enable|disable, /admin/maintenance/windows[/{id}] and the public
// GET /maintenance.
void registerMaintenance(Router &router, ApiContext &context);
// /admin/deploy, /admin/deploy/history, /admin/deploy/{id}, /admin/deploy/{id}/rollback.
void registerDeployments(Router &router, ApiContext &context,
                         const std::shared_ptr<DeploymentRunner> &runner);
// /admin/stats/overview|companies|users|usage.
void registerStats(Router &router, ApiContext &context);
// /admin/audit.
void registerAudit(Router &router, ApiContext &context);

} // namespace OperationsRoutes

namespace RouteModules {

// The operations area's shutdown hook, for PlatformServer::stop() to call after the HTTP
// server has stopped (so no new deployment can start): a running deployment is aborted (its
// hook ended, the deployment recorded as failed) and the deployment worker joined.
// Idempotent. Without it, the worker is stopped when the routes are destroyed with the HTTP
// server, which PlatformServer's member order places before the database.
void stopOperations(ApiContext &context);

} // namespace RouteModules
} // namespace sphair::server
