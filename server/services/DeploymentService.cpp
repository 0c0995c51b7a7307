#include "server/services/DeploymentService.h"

#include "server/services/AdminAudit.h"
#include "server/services/DeploymentRunner.h"
#include "server/services/ServerText.h"
#include "server/store/AuditLog.h"
#include "server/store/MaintenanceStore.h"
#include "server/store/SqlErrorCode.h"

#include "models/domain/MaintenanceSchedule.h"
#include "models/domain/Validation.h"

#include <QTimeZone>

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

models::Error scheduledAlready(const QUuid &scheduled)
{
    return {QStringLiteral("deployment_in_progress"),
            tr("Another deployment is already scheduled into this window occurrence. Cancel it "
               "first, or choose another occurrence."),
            {{QStringLiteral("deployment_id"), scheduled.toString(QUuid::WithoutBraces)}}};
}

models::Error outsideWindow()
{
    return {QStringLiteral("outside_window"),
            tr("No maintenance window is running now. Schedule the deployment into a window, or "
               "start it now and give the reason."),
            {}};
}

// How far around an occurrence's planned date a move may have taken it; the windows branch
// checks overlaps over the same span.
constexpr int kOccurrenceSpanDays = 400;

using Occurrence = models::MaintenanceOccurrence;

// The occurrence of `windowId` planned on `date`, with its move applied; none when the window
// does not exist, has no occurrence planned that day, or skips it.
models::Result<std::optional<Occurrence>> occurrenceOf(SqlSession &session, const QUuid &windowId,
                                                       const QDate &date)
{
    auto window = MaintenanceStore::window(session, windowId);
    if (!window)
        return window.error();
    if (!window.value() || !date.isValid())
        return std::optional<Occurrence>();
    const QDateTime around = date.startOfDay(QTimeZone::utc());
    const QList<Occurrence> all = models::MaintenanceSchedule::occurrences(
        window.value()->window, around.addDays(-kOccurrenceSpanDays),
        around.addDays(kOccurrenceSpanDays));
    for (const Occurrence &occurrence : all) {
        if (occurrence.occurrence == date)
            return std::optional<Occurrence>(occurrence);
    }
    return std::optional<Occurrence>();
}

// The window occurrence running at `now`, if any, among the windows that can still have one
// (a recurring window's starts_at is its first occurrence, long past).
models::Result<std::optional<Occurrence>> runningOccurrence(SqlSession &session,
                                                            const QDateTime &now)
{
    auto windows = MaintenanceStore::windowsRunningAfter(session, now);
    if (!windows)
        return windows.error();
    QList<models::MaintenanceWindow> candidates;
    candidates.reserve(windows->size());
    for (const MaintenanceStore::Window &window : std::as_const(windows.value()))
        candidates.append(window.window);
    const QList<Occurrence> running =
        models::MaintenanceSchedule::occurrences(candidates, now, now.addSecs(1));
    if (running.isEmpty())
        return std::optional<Occurrence>();
    return std::optional<Occurrence>(running.first());
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
                                const QJsonObject &extra = {}, const QDate &occurrence = {})
{
    auto live = DeploymentStore::liveColor(session);
    if (!live)
        return live.error();
    deployment.activeColor = live.value();
    if (auto inserted = DeploymentStore::insert(session, deployment, kind, occurrence,
                                                models::adminRoleCode(actor.role));
        !inserted) {
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

models::Result<Deployment> DeploymentService::start(const models::DeploymentStart &request,
                                                    const Actor &actor) const
{
    const QDateTime now = m_context.now();
    Deployment deployment = pendingBy(actor, now);
    deployment.version = request.version;
    deployment.steps = DeploymentStep::plan();
    if (request.now)
        deployment.reason = request.reason;
    auto written = m_context.db->transaction(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Status {
            std::optional<Occurrence> occurrence;
            if (!request.windowId.isNull()) {
                auto found = occurrenceOf(session, request.windowId, request.occurrence);
                if (!found)
                    return models::Status(found.error());
                if (!found.value()) {
                    return models::Validation::invalidField(
                        QStringLiteral("occurrence"), QStringLiteral("unknown_value"),
                        tr("The maintenance window has no occurrence on %1.")
                            .arg(request.occurrence.toString(Qt::ISODate)));
                }
                if (found.value()->endsAt <= now) {
                    return models::Validation::invalidField(
                        QStringLiteral("occurrence"), QStringLiteral("past"),
                        tr("This occurrence of the maintenance window has ended."));
                }
                occurrence = found.value();
                deployment.windowId = occurrence->windowId;
                if (occurrence->startsAt > now) {
                    // Waits for its occurrence; the scheduler starts it then.
                    deployment.status = DeploymentStatus::Scheduled;
                    deployment.scheduledFor = occurrence->startsAt;
                    auto taken = DeploymentStore::scheduledInto(session, occurrence->windowId,
                                                                occurrence->occurrence);
                    if (!taken)
                        return models::Status(taken.error());
                    if (taken.value())
                        return models::Status(scheduledAlready(taken.value()->deployment.id));
                    return insertDeployment(session, deployment, DeploymentStore::deployKind(),
                                            actor, QStringLiteral("deployment.schedule"), {},
                                            occurrence->occurrence);
                }
            } else if (!request.now) {
                auto running = runningOccurrence(session, now);
                if (!running)
                    return models::Status(running.error());
                if (!running.value())
                    return models::Status(outsideWindow());
                deployment.windowId = running.value()->windowId;
            }
            if (auto none = checkNoneActive(session, *m_context.deployments, deployment.startedAt);
                !none)
                return none;
            return insertDeployment(session, deployment, DeploymentStore::deployKind(), actor,
                                    QStringLiteral("deployment.start"));
        });
    if (!written)
        return written.error();
    if (deployment.status == DeploymentStatus::Scheduled) {
        deployment.startedAt = QDateTime();
        return deployment;
    }
    return launch(deployment, DeploymentStore::deployKind(), actor.username,
                  models::adminRoleCode(actor.role));
}

models::Result<Deployment> DeploymentService::cancel(const QUuid &id, const Actor &actor) const
{
    const QDateTime now = m_context.now();
    Deployment cancelled;
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto target = DeploymentStore::find(session, id, false);
        if (!target)
            return models::Status(target.error());
        if (!target.value())
            return models::Status(notFound());
        if (target.value()->deployment.status != DeploymentStatus::Scheduled) {
            return conflict(tr("Only a scheduled deployment can be cancelled; this one has "
                               "started or finished."),
                            QStringLiteral("not_scheduled"));
        }
        if (auto done = DeploymentStore::cancel(
                session, id, now,
                tr("Not run: the deployment was cancelled by %1.").arg(actor.username));
            !done)
            return done;
        auto after = DeploymentStore::find(session, id);
        if (!after)
            return models::Status(after.error());
        cancelled = after.value()->deployment;
        QJsonObject audited = cancelled.toJson();
        audited.remove(QStringLiteral("steps"));
        return AdminAudit::record(session, actor,
                                  {QStringLiteral("deployment.cancel"),
                                   QStringLiteral("deployment"),
                                   id.toString(QUuid::WithoutBraces),
                                   {},
                                   {},
                                   audited});
    });
    if (!written)
        return written.error();
    return cancelled;
}

models::Result<int> DeploymentService::startDue(const QDateTime &now) const
{
    auto due = m_context.db->fetch<QList<DeploymentStore::Row>>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return DeploymentStore::due(session, now); });
    if (!due)
        return due.error();
    int started = 0;
    for (const DeploymentStore::Row &row : std::as_const(due.value())) {
        auto launched = startScheduled(row, now);
        if (!launched)
            return launched.error();
        if (launched.value()) {
            ++started;
            break; // one at a time: the others wait until it has finished
        }
    }
    return started;
}

models::Result<bool> DeploymentService::startScheduled(const DeploymentStore::Row &row,
                                                       const QDateTime &now) const
{
    Deployment deployment = row.deployment;
    bool begun = false;
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        begun = false;
        auto occurrence = occurrenceOf(session, deployment.windowId, row.occurrence);
        if (!occurrence)
            return models::Status(occurrence.error());
        QString why;
        if (!occurrence.value())
            why = tr("Not run: its maintenance window occurrence was skipped or deleted.");
        else if (occurrence.value()->endsAt <= now)
            why = tr("Not run: its maintenance window ended before it could start.");
        if (!why.isEmpty()) {
            if (auto done = DeploymentStore::cancel(session, deployment.id, now, why); !done)
                return done;
            return AuditLog::record(
                session, QStringLiteral("system"), QStringLiteral("system"),
                {QStringLiteral("deployment.cancel"),
                 QStringLiteral("deployment"),
                 deployment.id.toString(QUuid::WithoutBraces),
                 {},
                 {},
                 QJsonObject {{QStringLiteral("status"), QStringLiteral("cancelled")},
                              {QStringLiteral("reason"), why}}});
        }
        if (occurrence.value()->startsAt > now) {
            // The occurrence was moved later: the deployment waits for it.
            return DeploymentStore::reschedule(session, deployment.id,
                                               occurrence.value()->startsAt);
        }
        auto active = DeploymentStore::active(session);
        if (!active)
            return models::Status(active.error());
        if (active.value())
            return models::Status::success(); // waits for the running one
        auto live = DeploymentStore::liveColor(session);
        if (!live)
            return models::Status(live.error());
        if (auto done = DeploymentStore::begin(session, deployment.id, now, live.value()); !done)
            return done;
        deployment.status = DeploymentStatus::Pending;
        deployment.startedAt = now;
        deployment.activeColor = live.value();
        begun = true;
        QJsonObject after = deployment.toJson();
        after.remove(QStringLiteral("steps"));
        return AuditLog::record(session, deployment.startedBy, row.startedByRole,
                                {QStringLiteral("deployment.start"),
                                 QStringLiteral("deployment"),
                                 deployment.id.toString(QUuid::WithoutBraces),
                                 {},
                                 {},
                                 after});
    });
    if (!written)
        return written.error();
    if (!begun)
        return false;
    if (auto launched = launch(deployment, row.kind, deployment.startedBy, row.startedByRole);
        !launched)
        return launched.error();
    return true;
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
    return launch(deployment, DeploymentStore::rollbackKind(), actor.username,
                  models::adminRoleCode(actor.role));
}

models::Result<Deployment> DeploymentService::launch(const Deployment &deployment,
                                                     const QString &kind, const QString &actor,
                                                     const QString &role) const
{
    const DeploymentRunner::Job job {
        deployment.id,          deployment.version, kind,  deployment.rollbackOf,
        deployment.activeColor, deployment.steps,   actor, role};
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

models::Result<models::Page<Deployment>>
DeploymentService::history(const DeploymentStore::HistoryFilter &filter, qint64 offset,
                           int limit) const
{
    auto found = m_context.db->fetch<DeploymentStore::HistoryPage>(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            return DeploymentStore::history(session, filter, offset, limit);
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
