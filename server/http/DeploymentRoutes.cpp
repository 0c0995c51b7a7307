#include "server/http/DeploymentRoutes.h"

#include "models/domain/Validation.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
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
    JsonFields fields(body.value());
    const auto version = fields.string(QStringLiteral("version"), 1, Deployment::kMaxVersionLength);
    fields.enumValue(QStringLiteral("strategy"), {QStringLiteral("blue_green")},
                     JsonFields::Presence::Optional);
    fields.rejectUnknownFields();
    if (version) {
        Deployment requested;
        requested.version = *version;
        if (auto valid = requested.validate(); !valid)
            fields.validator().addProblem(valid.error(), QStringLiteral("version"));
    }
    if (!fields.ok())
        return ApiError::answer(fields.error(), request);
    return accepted(deployments.start(*version, actor), request);
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
    const auto status = query.oneOf(QStringLiteral("status"), models::deploymentStatusCodes());
    const int limit = query.limit();
    const qint64 offset =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("o")).toInteger(0));
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    auto page = deployments.history(status.value_or(QString()), offset, limit);
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
    routes.admin("POST", kDeploy + QStringLiteral("/{id}/rollback"), change,
                 [deployments](const Request &request, const Actor &actor) {
                     return rollback(deployments, request, actor);
                 });
}

} // namespace sphair::server::DeploymentRoutes
