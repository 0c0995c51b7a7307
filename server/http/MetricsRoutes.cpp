#include "server/http/MetricsRoutes.h"

#include "server/http/ApiError.h"
#include "server/http/BearerToken.h"
#include "server/services/MetricsService.h"
#include "server/services/PrometheusFormat.h"
#include "server/services/ServerText.h"

namespace sphair::server::MetricsRoutes {

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
}

} // namespace sphair::server::MetricsRoutes
