#include "server/services/DeploymentService.h"

#include "server/services/AdminAudit.h"
#include "server/services/DeploymentRunner.h"
#include "server/services/ServerText.h"
#include "server/store/AuditLog.h"
#include "server/store/SqlErrorCode.h"

namespace sphair::server {

namespace {

using models::Deployment;
using models::DeploymentStatus;
using models::DeploymentStep;

models::Error inProgress(const QUuid &running)
{
    QJsonObject details;
    if (!running.isNull())
        details.insert(QStringLiteral("deployment_id"), running.toString(QUuid::WithoutBraces));
    return {QStringLiteral("deployment_in_progress"),
            tr("Another deployment is still running. Wait until it has finished."), details};
}

models::Status conflict(const QString &message, const QString &reason)
{
    return models::Status::failure(QStringLiteral("conflict"), message,
                                   {{QStringLiteral("reason"), reason}});
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

// A new pending deployment started now by `actor`, its version and steps still to fill in.
Deployment pendingBy(const Actor &actor, const QDateTime &now)
{
    Deployment deployment;
    deployment.id = QUuid::createUuid();
    deployment.status = DeploymentStatus::Pending;
    deployment.startedBy = actor.username;
    deployment.startedAt = now;
    return deployment;
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

// Why `undone` cannot be rolled back, if it cannot: only the latest deployment that succeeded
// can, and never a rollback.
models::Status checkRollbackable(SqlSession &session, const DeploymentStore::Row &undone)
{
    if (undone.kind == DeploymentStore::rollbackKind()) {
        return conflict(tr("A rollback cannot be rolled back; deploy the version again instead."),
                        QStringLiteral("is_rollback"));
    }
    switch (undone.deployment.status) {
    case DeploymentStatus::Succeeded:
        break;
    case DeploymentStatus::RolledBack:
        return conflict(tr("This deployment has been rolled back already."),
                        QStringLiteral("already_rolled_back"));
    case DeploymentStatus::Failed:
        return conflict(tr("This deployment failed and was rolled back automatically."),
                        QStringLiteral("failed"));
    default:
        return inProgress(undone.deployment.id);
    }
    auto newer = DeploymentStore::succeededSince(session, undone.deployment.id);
    if (!newer)
        return newer.error();
    if (newer.value()) {
        return conflict(tr("Only the latest deployment can be rolled back."),
                        QStringLiteral("not_latest"));
    }
    return models::Status::success();
}

// Stores a new deployment (pending, with its steps, on the colour live now) and its audit row.
models::Status insertDeployment(SqlSession &session, Deployment &deployment, const QString &kind,
                                const Actor &actor, const QString &action,
                                const QJsonObject &extra = {})
{
    auto live = DeploymentStore::liveColor(session);
    if (!live)
        return live.error();
    deployment.activeColor = live.value();
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
    return AdminAudit::record(session, actor,
                              {action,
                               QStringLiteral("deployment"),
                               deployment.id.toString(QUuid::WithoutBraces),
                               {},
                               {},
                               after});
}

} // namespace

models::Error DeploymentService::notFound()
{
    return {QStringLiteral("not_found"), tr("There is no deployment with this id."), {}};
}

models::Result<Deployment> DeploymentService::start(const QString &version,
                                                    const Actor &actor) const
{
    Deployment deployment = pendingBy(actor, m_context.now());
    deployment.version = version;
    deployment.steps = DeploymentStep::plan();
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto none = checkNoneActive(session, *m_context.deployments, deployment.startedAt);
            !none)
            return none;
        return insertDeployment(session, deployment, DeploymentStore::deployKind(), actor,
                                QStringLiteral("deployment.start"));
    });
    if (!written)
        return written.error();
    return launch(deployment, DeploymentStore::deployKind(), actor);
}

models::Result<Deployment> DeploymentService::rollback(const QUuid &id, const Actor &actor) const
{
    Deployment deployment = pendingBy(actor, m_context.now());
    deployment.rollbackOf = id;
    deployment.steps = rollbackPlan();
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto target = DeploymentStore::find(session, id, false);
        if (!target)
            return models::Status(target.error());
        if (!target.value())
            return models::Status(notFound());
        const DeploymentStore::Row &undone = *target.value();
        if (auto none = checkNoneActive(session, *m_context.deployments, deployment.startedAt);
            !none)
            return none;
        if (auto allowed = checkRollbackable(session, undone); !allowed)
            return allowed;
        auto previous = DeploymentStore::previousSuccess(session, undone.deployment.id);
        if (!previous)
            return models::Status(previous.error());
        // The standby half still runs the version before; without a record of it, the name
        // says what it is.
        deployment.version =
            previous.value() ? previous.value()->deployment.version : QStringLiteral("previous");
        return insertDeployment(
            session, deployment, DeploymentStore::rollbackKind(), actor,
            QStringLiteral("deployment.rollback"),
            {{QStringLiteral("rolls_back_version"), undone.deployment.version}});
    });
    if (!written)
        return written.error();
    return launch(deployment, DeploymentStore::rollbackKind(), actor);
}

models::Result<Deployment> DeploymentService::launch(const Deployment &deployment,
                                                     const QString &kind, const Actor &actor) const
{
    const DeploymentRunner::Job job {deployment.id,
                                     deployment.version,
                                     kind,
                                     deployment.rollbackOf,
                                     deployment.activeColor,
                                     deployment.steps,
                                     actor.username,
                                     models::adminRoleCode(actor.role)};
    if (auto launched = m_context.deployments->launch(job); !launched) {
        (void)m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
            return DeploymentStore::failInterrupted(
                session, deployment.id, m_context.now(),
                tr("Not started: %1").arg(launched.error().message));
        });
        return launched.error();
    }
    return deployment;
}

models::Result<DeploymentStore::Row> DeploymentService::find(const QUuid &id) const
{
    return m_context.db->fetch<DeploymentStore::Row>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<DeploymentStore::Row> {
            auto row = DeploymentStore::find(session, id);
            if (!row)
                return row.error();
            if (!row.value())
                return notFound();
            return *row.value();
        });
}

models::Result<models::Page<Deployment>> DeploymentService::history(const QString &status,
                                                                    qint64 offset, int limit) const
{
    auto found = m_context.db->fetch<DeploymentStore::HistoryPage>(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            return DeploymentStore::history(session, status, offset, limit);
        });
    if (!found)
        return found.error();
    models::Page<Deployment> page;
    for (const DeploymentStore::Row &row : std::as_const(found->items)) {
        page.items.append(row.deployment);
        page.items.last().steps.clear();
    }
    page.total = found->total;
    return page;
}

} // namespace sphair::server
