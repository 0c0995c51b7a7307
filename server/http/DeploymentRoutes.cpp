#include "server/http/DeploymentRoutes.h"
#include "models/domain/Page.h"
#include "models/domain/Validation.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/QueryParameters.h"
#include "server/services/DeploymentRunner.h"
#include "server/store/AuditLog.h"
#include "server/store/DeploymentStore.h"
#include "server/store/SqlErrorCode.h"

#include <QCoreApplication>

namespace sphair::server::DeploymentRoutes {

namespace {

using models::Deployment;
using models::DeploymentStatus;
using models::DeploymentStep;
using Presence = JsonFields::Presence;

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::DeploymentRoutes", text);
}

const QString kDeploy = QStringLiteral("/admin/deploy");

models::Error notFoundError()
{
    return {QStringLiteral("not_found"), tr("There is no deployment with this id."), {}};
}

models::Error inProgress(const QUuid &running)
{
    QJsonObject details;
    if (!running.isNull())
        details.insert(QStringLiteral("deployment_id"), running.toString(QUuid::WithoutBraces));
    return {QStringLiteral("deployment_in_progress"),
            tr("Another deployment is still running. Wait until it has finished."), details};
}

models::Error conflict(const QString &message, const QString &reason)
{
    return {QStringLiteral("conflict"), message, {{QStringLiteral("reason"), reason}}};
}

std::optional<QUuid> pathDeploymentId(const Request &request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (!models::Validation::isUuid(id))
        return std::nullopt;
    return QUuid::fromString(id);
}

// The steps of a rollback deployment: back to the previous version, under maintenance mode.
QList<DeploymentStep> rollbackPlan()
{
    QList<DeploymentStep> steps;
    for (const QString &name : {QStringLiteral("pre_checks"), QStringLiteral("maintenance_on"),
                                DeploymentStep::rollbackName(), QStringLiteral("health_check"),
                                QStringLiteral("maintenance_off")}) {
        DeploymentStep step;
        step.ordinal = static_cast<int>(steps.size()) + 1;
        step.name = name;
        steps.append(step);
    }
    return steps;
}

Response accepted(const Deployment &deployment)
{
    Response response = Response::json(202, deployment.toJson());
    response.setHeader(
        "Location",
        (kDeploy + QLatin1Char('/') + deployment.id.toString(QUuid::WithoutBraces)).toUtf8());
    return response;
}

// Refuses while another deployment is pending or running; one whose server stopped while it
// ran is failed first, so it does not block the platform for ever.
models::Status checkNoneActive(SqlSession &session, const DeploymentRunner &runner,
                               const QDateTime &now)
{
    auto active = DeploymentStore::active(session);
    if (!active)
        return active.error();
    if (!active.value())
        return models::Status::success();
    const DeploymentStore::Row &row = *active.value();
    if (!runner.isInterrupted(row, now))
        return inProgress(row.deployment.id);
    if (auto failed = DeploymentStore::failInterrupted(session, row.deployment.id, now,
                                                       QLatin1Char('\n')
                                                           + DeploymentRunner::interruptedNote());
        !failed)
        return failed;
    return AuditLog::record(session, QStringLiteral("system"), QStringLiteral("system"),
                            {QStringLiteral("deployment.interrupted"),
                             QStringLiteral("deployment"),
                             row.deployment.id.toString(QUuid::WithoutBraces),
                             {},
                             {},
                             QJsonObject {{QStringLiteral("runner"), row.runner}}});
}

// Stores a new deployment (pending, with its steps) and its audit row, refusing a second one
// while another is pending or running.
models::Status insertDeployment(SqlSession &session, const Deployment &deployment,
                                const QString &kind, const Actor &actor, const QString &action,
                                const QJsonObject &extra = {})
{
    if (auto inserted = DeploymentStore::insert(session, deployment, kind); !inserted) {
        // Two admins at the same moment: the unique index lets one through.
        if (inserted.error().code == SqlErrorCode::Conflict)
            return inProgress({});
        return inserted;
    }
    QJsonObject after = deployment.toJson();
    after.remove(QStringLiteral("steps"));
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        after.insert(it.key(), it.value());
    return AuditLog::record(session, actor.username, models::adminRoleCode(actor.role),
                            {action,
                             QStringLiteral("deployment"),
                             deployment.id.toString(QUuid::WithoutBraces),
                             {},
                             {},
                             after});
}

// Hands a stored deployment to the runner; if it cannot run, it is recorded as failed.
Response launch(ServiceContext &context, const Request &request, DeploymentRunner &runner,
                const Deployment &deployment, const QString &kind, const Actor &actor)
{
    DeploymentRunner::Job job;
    job.deploymentId = deployment.id;
    job.version = deployment.version;
    job.kind = kind;
    job.rollbackOf = deployment.rollbackOf;
    job.liveColor = deployment.activeColor;
    job.steps = deployment.steps;
    job.actor = actor.username;
    job.actorRole = models::adminRoleCode(actor.role);
    if (auto launched = runner.launch(job); !launched) {
        (void)context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
            return DeploymentStore::failInterrupted(
                session, deployment.id, context.now(),
                tr("Not started: %1").arg(launched.error().message));
        });
        return ApiError::answer(launched.error(), request);
    }
    return accepted(deployment);
}

Response start(ServiceContext &context, const Request &request, const Actor &actor,
               DeploymentRunner &runner)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    JsonFields fields(body.value());
    const auto version = fields.string(QStringLiteral("version"), 1, Deployment::kMaxVersionLength);
    fields.enumValue(QStringLiteral("strategy"), {QStringLiteral("blue_green")},
                     Presence::Optional);
    fields.rejectUnknownFields();
    Deployment deployment;
    if (version) {
        deployment.version = *version;
        if (auto valid = deployment.validate(); !valid)
            fields.validator().addProblem(valid.error(), QStringLiteral("version"));
    }
    if (!fields.ok())
        return ApiError::answer(fields.error(), request);

    deployment.id = QUuid::createUuid();
    deployment.status = DeploymentStatus::Pending;
    deployment.startedBy = actor.username;
    deployment.startedAt = context.now();
    deployment.steps = DeploymentStep::plan();
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto none = checkNoneActive(session, runner, deployment.startedAt); !none)
            return none;
        auto live = DeploymentStore::liveColor(session);
        if (!live)
            return models::Status(live.error());
        deployment.activeColor = live.value();
        return insertDeployment(session, deployment, DeploymentStore::deployKind(), actor,
                                QStringLiteral("deployment.start"));
    });
    if (!written)
        return ApiError::answer(written.error(), request);
    return launch(context, request, runner, deployment, DeploymentStore::deployKind(), actor);
}

Response rollback(ServiceContext &context, const Request &request, const Actor &actor,
                  DeploymentRunner &runner)
{
    const auto id = pathDeploymentId(request);
    if (!id)
        return ApiError::answer(notFoundError(), request);
    Deployment deployment;
    deployment.id = QUuid::createUuid();
    deployment.status = DeploymentStatus::Pending;
    deployment.startedBy = actor.username;
    deployment.startedAt = context.now();
    deployment.rollbackOf = *id;
    deployment.steps = rollbackPlan();
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto target = DeploymentStore::find(session, *id, false);
        if (!target)
            return models::Status(target.error());
        if (!target.value())
            return models::Status(notFoundError());
        const DeploymentStore::Row &undone = *target.value();
        if (auto none = checkNoneActive(session, runner, deployment.startedAt); !none)
            return none;
        if (undone.kind == DeploymentStore::rollbackKind()) {
            return models::Status(conflict(tr("A rollback cannot be rolled back; deploy the "
                                              "version again instead."),
                                           QStringLiteral("is_rollback")));
        }
        switch (undone.deployment.status) {
        case DeploymentStatus::Succeeded:
            break;
        case DeploymentStatus::RolledBack:
            return models::Status(conflict(tr("This deployment has been rolled back already."),
                                           QStringLiteral("already_rolled_back")));
        case DeploymentStatus::Failed:
            return models::Status(conflict(tr("This deployment failed and was rolled back "
                                              "automatically."),
                                           QStringLiteral("failed")));
        default:
            return models::Status(inProgress(undone.deployment.id));
        }
        auto newer = DeploymentStore::succeededSince(session, undone.deployment.startedAt,
                                                     undone.deployment.id);
        if (!newer)
            return models::Status(newer.error());
        if (newer.value()) {
            return models::Status(conflict(tr("Only the latest deployment can be rolled back."),
                                           QStringLiteral("not_latest")));
        }
        auto previous = DeploymentStore::previousSuccess(session, undone.deployment.startedAt);
        if (!previous)
            return models::Status(previous.error());
        // The standby half still runs the version before; without a record of it, the name
        // says what it is.
        deployment.version =
            previous.value() ? previous.value()->deployment.version : QStringLiteral("previous");
        auto live = DeploymentStore::liveColor(session);
        if (!live)
            return models::Status(live.error());
        deployment.activeColor = live.value();
        return insertDeployment(
            session, deployment, DeploymentStore::rollbackKind(), actor,
            QStringLiteral("deployment.rollback"),
            {{QStringLiteral("rolls_back_version"), undone.deployment.version}});
    });
    if (!written)
        return ApiError::answer(written.error(), request);
    return launch(context, request, runner, deployment, DeploymentStore::rollbackKind(), actor);
}

Response get(ServiceContext &context, const Request &request)
{
    const auto id = pathDeploymentId(request);
    if (!id)
        return ApiError::answer(notFoundError(), request);
    std::optional<DeploymentStore::Row> found;
    auto read = context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly),
                                        [&](SqlSession &session) {
                                            auto row = DeploymentStore::find(session, *id);
                                            if (!row)
                                                return models::Status(row.error());
                                            found = row.value();
                                            return models::Status::success();
                                        });
    if (!read)
        return ApiError::answer(read.error(), request);
    if (!found)
        return ApiError::answer(notFoundError(), request);
    return ApiRoutes::conditionalGet(request, found->deployment.toJson(), found->rowVersion);
}

Response history(ServiceContext &context, const Request &request)
{
    QueryParameters query(request);
    const auto status = query.oneOf(QStringLiteral("status"), models::deploymentStatusCodes());
    const int limit = query.limit();
    const qint64 offset =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("o")).toInteger(0));
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    DeploymentStore::HistoryPage found;
    auto read = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto page =
                DeploymentStore::history(session, status.value_or(QString()), offset, limit);
            if (!page)
                return models::Status(page.error());
            found = page.value();
            return models::Status::success();
        });
    if (!read)
        return ApiError::answer(read.error(), request);
    QJsonArray items;
    for (const DeploymentStore::Row &row : std::as_const(found.items)) {
        QJsonObject item = row.deployment.toJson();
        item.remove(QStringLiteral("steps"));
        items.append(item);
    }
    const qint64 next = offset + found.items.size();
    return Response::json({{QStringLiteral("items"), items},
                           {QStringLiteral("next_cursor"),
                            next < found.total ? QJsonValue(
                                QueryParameters::encodeCursor({{QStringLiteral("o"), next}}))
                                               : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("total"), found.total}});
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    DeploymentRunner *runner = context.deployments;
    routes.admin("POST", kDeploy, Permission::change(models::AdminArea::Deployments),
                 [&context, runner](const Request &request, const Actor &actor) {
                     return start(context, request, actor, *runner);
                 });
    routes.admin(
        "GET", kDeploy + QStringLiteral("/history"), Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return history(context, request); });
    routes.admin(
        "GET", kDeploy + QStringLiteral("/{id}"), Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return get(context, request); });
    routes.admin("POST", kDeploy + QStringLiteral("/{id}/rollback"),
                 Permission::change(models::AdminArea::Deployments),
                 [&context, runner](const Request &request, const Actor &actor) {
                     return rollback(context, request, actor, *runner);
                 });
}

} // namespace sphair::server::DeploymentRoutes
