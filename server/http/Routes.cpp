#include "server/http/Routes.h"

#include "server/http/AuditRoutes.h"
#include "server/http/AuthRoutes.h"
#include "server/http/CompanyRoutes.h"
#include "server/http/CompanySettingsRoutes.h"
#include "server/http/DeploymentRoutes.h"
#include "server/http/FeatureRoutes.h"
#include "server/http/IssuerKeyRoutes.h"
#include "server/http/LicenseRoutes.h"
#include "server/http/MaintenanceRoutes.h"
#include "server/http/MetricsRoutes.h"
#include "server/http/StatsRoutes.h"
#include "server/http/TenantRoutes.h"
#include "server/http/TenantTokenRoutes.h"
#include "server/services/HealthService.h"

namespace sphair::server {

void registerAllRoutes(ApiRoutes &routes)
{
    routes.open("GET", QStringLiteral("/healthz"),
                [health = HealthService(routes.context())](const Request &) {
                    const models::Health state = health.check();
                    return Response::json(state.ok() ? 200 : 503, state.toJson());
                });
    // Sessions of BRIGHTSTEP staff.
    AuthRoutes::registerRoutes(routes);
    // Companies: the companies themselves, their branding, features and tenant tokens.
    CompanyRoutes::registerRoutes(routes);
    CompanySettingsRoutes::registerRoutes(routes);
    FeatureRoutes::registerRoutes(routes);
    TenantTokenRoutes::registerRoutes(routes);
    // The tenant API, for the companies' own clients.
    TenantRoutes::registerRoutes(routes);
    // Licensing.
    IssuerKeyRoutes::registerRoutes(routes);
    LicenseRoutes::registerRoutes(routes);
    // Operations.
    MaintenanceRoutes::registerRoutes(routes);
    DeploymentRoutes::registerRoutes(routes);
    StatsRoutes::registerRoutes(routes);
    AuditRoutes::registerRoutes(routes);
    // The server's own metrics, for the operators' Prometheus.
    MetricsRoutes::registerRoutes(routes);
}

} // namespace sphair::server
