#include "server/http/DeploymentRoutes.h"

#include "models/domain/DeploymentStart.h"
#include "models/domain/Validation.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/JsonBody.h"
#include "server/http/QueryParameters.h"
#include "server/services/DeploymentService.h"

namespace sphair::server::DeploymentRoutes {

namespace {

using models::Deployment;

const QString kDeploy = QStringLiteral("/admin/deploy");

std::optional<QUuid> pathDeploymentId(const Request &request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (!models::Validation::isUuid(id))
        return std::nullopt;
    return QUuid::fromString(id);
}

// The answer to a deployment that was started: poll its Location for the steps.
Response accepted(const models::Result<Deployment> &deployment, const Request &request)
{
    if (!deployment)
        return ApiError::answer(deployment.error(), request);
    Response response = Response::json(202, deployment->toJson());
    response.setHeader(
        "Location",
        (kDeploy + QLatin1Char('/') + deployment->id.toString(QUuid::WithoutBraces)).toUtf8());
    return response;
}

Response start(const DeploymentService &deployments, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    auto start = models::DeploymentStart::fromJson(body.value());
    if (!start)
        return ApiError::answer(start.error(), request);
    return accepted(deployments.start(start.value(), actor), request);
}

Response cancel(const DeploymentService &deployments, const Request &request, const Actor &actor)
{
    const auto id = pathDeploymentId(request);
    if (!id)
        return ApiError::answer(DeploymentService::notFound(), request);
    auto cancelled = deployments.cancel(*id, actor);
    if (!cancelled)
        return ApiError::answer(cancelled.error(), request);
    return Response::json(cancelled->toJson());
}

Response rollback(const DeploymentService &deployments, const Request &request, const Actor &actor)
{
    const auto id = pathDeploymentId(request);
    if (!id)
        return ApiError::answer(DeploymentService::notFound(), request);
    return accepted(deployments.rollback(*id, actor), request);
}

Response get(const DeploymentService &deployments, const Request &request)
{
    const auto id = pathDeploymentId(request);
    if (!id)
        return ApiError::answer(DeploymentService::notFound(), request);
    auto found = deployments.find(*id);
    if (!found)
        return ApiError::answer(found.error(), request);
    return ApiRoutes::conditionalGet(request, found->deployment.toJson(), found->rowVersion);
}

Response history(const DeploymentService &deployments, const Request &request)
{
    QueryParameters query(request);
    DeploymentStore::HistoryFilter filter;
    filter.status =
        query.oneOf(QStringLiteral("status"), models::deploymentStatusCodes()).value_or(QString());
    filter.version =
        query.text(QStringLiteral("version"), Deployment::kMaxVersionLength).value_or(QString());
    filter.from = query.dateTime(QStringLiteral("from")).value_or(QDateTime());
    filter.to = query.dateTime(QStringLiteral("to")).value_or(QDateTime());
    const int limit = query.limit();
    const qint64 offset =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("o")).toInteger(0));
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    auto page = deployments.history(filter, offset, limit);
    if (!page)
        return ApiError::answer(page.error(), request);
    const qint64 next = offset + page->items.size();
    if (next < page->total)
        page->nextCursor = QueryParameters::encodeCursor({{QStringLiteral("o"), next}});
    return Response::json(page->toJson());
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    const DeploymentService deployments(routes.context());
    const Permission change = Permission::change(models::AdminArea::Deployments);
    routes.admin("POST", kDeploy, change,
                 [deployments](const Request &request, const Actor &actor) {
                     return start(deployments, request, actor);
                 });
    routes.admin("GET", kDeploy + QStringLiteral("/history"), Permission::anyRole(),
                 [deployments](const Request &request, const Actor &) {
                     return history(deployments, request);
                 });
    routes.admin(
        "GET", kDeploy + QStringLiteral("/{id}"), Permission::anyRole(),
        [deployments](const Request &request, const Actor &) { return get(deployments, request); });
    routes.admin("POST", kDeploy + QStringLiteral("/{id}/cancel"), change,
                 [deployments](const Request &request, const Actor &actor) {
                     return cancel(deployments, request, actor);
                 });
    routes.admin("POST", kDeploy + QStringLiteral("/{id}/rollback"), change,
                 [deployments](const Request &request, const Actor &actor) {
                     return rollback(deployments, request, actor);
                 });
}

} // namespace sphair::server::DeploymentRoutes
