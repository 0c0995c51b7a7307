#include "server/http/MetricsRoutes.h"

#include "server/http/ApiError.h"
#include "server/http/BearerToken.h"
#include "server/http/QueryParameters.h"
#include "server/services/MetricsService.h"
#include "server/services/PrometheusFormat.h"
#include "server/services/ServerText.h"

namespace sphair::server::MetricsRoutes {

namespace {

// Longer than any range or instance id worth asking for (host name, dash, process id).
constexpr int kMaxParameterLength = 200;

// GET /admin/system/health?range=hour|day|week[&instance_id=]: the range and instance are
// checked by the service (invalid_field).
Response systemHealth(const MetricsService &metrics, const Request &request)
{
    QueryParameters query(request);
    const QString range =
        query.text(QStringLiteral("range"), kMaxParameterLength).value_or(QStringLiteral("hour"));
    const QString instanceId =
        query.text(QStringLiteral("instance_id"), kMaxParameterLength).value_or(QString());
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    models::Result<models::SystemHealth> health = metrics.health(range, instanceId);
    if (!health)
        return ApiError::answer(health.error(), request);
    return Response::json(health->toJson());
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    const MetricsService *metrics = routes.context().metrics;
    routes.open("GET", QStringLiteral("/metrics"), [metrics](const Request &request) {
        // Fail closed: without a configured token the metrics are not served at all.
        if (!metrics || !metrics->isExposed())
            return ApiError::routeNotFound(request.path).toResponse();
        const models::Result<QByteArray> token = BearerToken::fromRequest(request);
        if (!token)
            return ApiError::answer(token.error(), request);
        if (!metrics->acceptsToken(token.value()))
            return ApiError::unauthorized(tr("The metrics token is not valid.")).toResponse();
        models::Result<QByteArray> text = metrics->exposition();
        if (!text)
            return ApiError::answer(text.error(), request);
        return Response::bytes(200, std::move(text).value(), PrometheusFormat::kContentType);
    });
    // The same metrics as kept per minute, for the console's "System health" view.
    routes.admin("GET", QStringLiteral("/admin/system/health"), Permission::anyRole(),
                 [metrics](const Request &request, const Actor &) {
                     if (!metrics)
                         return ApiError::routeNotFound(request.path).toResponse();
                     return systemHealth(*metrics, request);
                 });
}

} // namespace sphair::server::MetricsRoutes
