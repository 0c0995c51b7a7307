#include "server/http/OperationsRoutes.h"

#include "server/http/Logging.h"
#include "server/http/RouteModules.h"

namespace sphair::server {

namespace RouteModules {

void registerOperations(Router &router, ApiContext &context)
{
    auto runner = std::make_shared<DeploymentRunner>(context.db, context.clock,
                                                     DeploymentRunner::Settings::fromEnvironment());
    DeploymentRunner::attach(context, runner);
    // A deployment cannot survive its server: one left running by a crash is failed now.
    if (auto recovered = runner->recoverInterrupted(); !recovered) {
        qCWarning(lcHttp) << "cannot check for interrupted deployments:" << recovered.error().code
                          << recovered.error().message;
    }
    OperationsRoutes::registerMaintenance(router, context);
    OperationsRoutes::registerDeployments(router, context, runner);
    OperationsRoutes::registerStats(router, context);
    OperationsRoutes::registerAudit(router, context);
}

void stopOperations(ApiContext &context)
{
    if (const auto runner = DeploymentRunner::of(context))
        runner->stop();
}

} // namespace RouteModules
} // namespace sphair::server
