#include "server/store/DeploymentStore.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

using models::Deployment;
using models::DeploymentStep;

const QString kColumns = QStringLiteral(
    "id, version, status, strategy, active_color, started_by, started_at, finished_at, "
    "rollback_of, reason, window_id, scheduled_for, kind, row_version, runner, heartbeat_at, "
    "occurrence, started_by_role");

bool notStarted(models::DeploymentStatus status)
{
    return status == models::DeploymentStatus::Scheduled
        || status == models::DeploymentStatus::Cancelled;
}

models::Result<DeploymentStore::Row> rowFrom(const SqlRow &row)
{
    auto deployment = fromRow<Deployment>(row,
                                          {{u"started_at", WireColumn::Time},
                                           {u"finished_at", WireColumn::Time},
                                           {u"scheduled_for", WireColumn::Time}});
    if (!deployment)
        return deployment.error();
    DeploymentStore::Row result;
    result.deployment = std::move(deployment).value();
    // Until it starts, started_at holds scheduled_for (for the history's order and filters);
    // on the wire it has not started.
    if (notStarted(result.deployment.status))
        result.deployment.startedAt = QDateTime();
    result.occurrence = QDate::fromString(row.text(u"occurrence"), Qt::ISODate);
    result.startedByRole = row.text(u"started_by_role");
    result.kind = row.text(u"kind");
    result.rowVersion = row.int64(u"row_version", 1);
    result.runner = row.text(u"runner");
    result.heartbeatAt = row.dateTime(u"heartbeat_at");
    return result;
}

// A visible change: a new ETag, and a sign of life of the runner.
models::Status bump(SqlSession &session, const QUuid &id, const QDateTime &now)
{
    auto updated = session.exec(QStringLiteral("UPDATE deployments SET row_version = row_version "
                                               "+ 1, heartbeat_at = $2 WHERE id = $1"),
                                {id, now});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

} // namespace

models::Result<std::optional<DeploymentStore::Row>> DeploymentStore::active(SqlSession &session)
{
    return readFirst(session.exec(QStringLiteral("SELECT %1 FROM deployments WHERE status IN "
                                                 "('pending', 'running') ORDER BY started_at "
                                                 "DESC LIMIT 1")
                                      .arg(kColumns)),
                     rowFrom);
}

models::Result<models::DeploymentColor> DeploymentStore::liveColor(SqlSession &session)
{
    auto rows = session.exec(
        QStringLiteral("SELECT active_color FROM deployments WHERE status IN ('succeeded', "
                       "'failed', 'rolled_back') AND active_color IS NOT NULL "
                       "ORDER BY started_at DESC LIMIT 1"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return models::DeploymentColor::Blue;
    return models::deploymentColorFromCode(rows->first().text(u"active_color"))
        .value_or(models::DeploymentColor::Blue);
}

models::Status DeploymentStore::insert(SqlSession &session, const Deployment &deployment,
                                       const QString &kind, const QDate &occurrence,
                                       const QString &role)
{
    const bool scheduled = deployment.status == models::DeploymentStatus::Scheduled;
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO deployments (id, version, status, strategy, active_color, "
                       "started_by, started_at, rollback_of, kind, reason, window_id, occurrence, "
                       "scheduled_for, started_by_role) VALUES ($1, $2, $3, 'blue_green', $4, $5, "
                       "$6, $7, $8, $9, $10, $11, $12, $13)"),
        {deployment.id, deployment.version, models::deploymentStatusCode(deployment.status),
         models::deploymentColorCode(deployment.activeColor), deployment.startedBy,
         scheduled ? deployment.scheduledFor : deployment.startedAt, deployment.rollbackOf, kind,
         deployment.reason, deployment.windowId,
         occurrence.isValid() ? occurrence.toString(Qt::ISODate) : QString(),
         deployment.scheduledFor, role.isEmpty() ? QStringLiteral("superadmin") : role});
    if (!inserted)
        return inserted.error();
    for (const DeploymentStep &step : deployment.steps) {
        auto added = session.exec(
            QStringLiteral("INSERT INTO deployment_steps (deployment_id, ordinal, name, status) "
                           "VALUES ($1, $2, $3, $4)"),
            {deployment.id, step.ordinal, step.name,
             models::deploymentStepStatusCode(step.status)});
        if (!added)
            return added.error();
    }
    return models::Status::success();
}

models::Result<std::optional<DeploymentStore::Row>>
DeploymentStore::find(SqlSession &session, const QUuid &id, bool withSteps)
{
    auto found = readFirst(
        session.exec(QStringLiteral("SELECT %1 FROM deployments WHERE id = $1").arg(kColumns),
                     {id}),
        rowFrom);
    if (!found || !found.value() || !withSteps)
        return found;
    auto steps = session.exec(
        QStringLiteral("SELECT ordinal, name, status, started_at, finished_at, output "
                       "FROM deployment_steps WHERE deployment_id = $1 ORDER BY ordinal"),
        {id});
    if (!steps)
        return steps.error();
    Row row = *found.value();
    for (const SqlRow &stepRow : steps.value()) {
        DeploymentStep step;
        step.ordinal = stepRow.integer(u"ordinal");
        step.name = stepRow.text(u"name");
        step.status = models::deploymentStepStatusFromCode(stepRow.text(u"status"))
                          .value_or(models::DeploymentStepStatus::Failed);
        step.startedAt = stepRow.dateTime(u"started_at");
        step.finishedAt = stepRow.dateTime(u"finished_at");
        step.output = stepRow.text(u"output");
        row.deployment.steps.append(step);
    }
    return std::optional<Row>(row);
}

models::Result<DeploymentStore::HistoryPage>
DeploymentStore::history(SqlSession &session, const HistoryFilter &filter, qint64 offset, int limit)
{
    SqlFilter where;
    if (!filter.status.isEmpty())
        where.require(QStringLiteral("status = %1"), filter.status);
    if (!filter.version.isEmpty()) {
        where.require(QStringLiteral("version LIKE %1 ESCAPE '\\'"),
                      SqlFilter::prefixPattern(filter.version));
    }
    // started_at holds scheduled_for until a deployment starts.
    if (filter.from.isValid())
        where.require(QStringLiteral("started_at >= %1"), filter.from);
    if (filter.to.isValid())
        where.require(QStringLiteral("started_at < %1"), filter.to);
    return where.countedPage<HistoryPage>(session, QStringLiteral("deployments"), kColumns,
                                          QStringLiteral("started_at DESC, id DESC"), limit, offset,
                                          rowFrom);
}

models::Result<std::optional<DeploymentStore::Row>>
DeploymentStore::scheduledInto(SqlSession &session, const QUuid &windowId, const QDate &occurrence)
{
    return readFirst(session.exec(QStringLiteral("SELECT %1 FROM deployments WHERE status = "
                                                 "'scheduled' AND window_id = $1 AND "
                                                 "occurrence = $2")
                                      .arg(kColumns),
                                  {windowId, occurrence.toString(Qt::ISODate)}),
                     rowFrom);
}

models::Result<QList<DeploymentStore::Row>> DeploymentStore::due(SqlSession &session,
                                                                 const QDateTime &now)
{
    auto ids = session.exec(QStringLiteral("SELECT id FROM deployments WHERE status = "
                                           "'scheduled' AND scheduled_for <= $1 ORDER BY "
                                           "scheduled_for, id"),
                            {now});
    if (!ids)
        return ids.error();
    QList<Row> rows;
    for (const SqlRow &idRow : ids.value()) {
        auto found = find(session, QUuid::fromString(idRow.text(u"id")));
        if (!found)
            return found.error();
        if (found.value())
            rows.append(*found.value());
    }
    return rows;
}

models::Status DeploymentStore::begin(SqlSession &session, const QUuid &id, const QDateTime &now,
                                      models::DeploymentColor liveColor)
{
    auto updated = session.exec(
        QStringLiteral("UPDATE deployments SET status = 'pending', started_at = $2, "
                       "active_color = $3, row_version = row_version + 1 WHERE id = $1 AND "
                       "status = 'scheduled'"),
        {id, now, models::deploymentColorCode(liveColor)});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

models::Status DeploymentStore::reschedule(SqlSession &session, const QUuid &id,
                                           const QDateTime &scheduledFor)
{
    auto updated = session.exec(
        QStringLiteral("UPDATE deployments SET scheduled_for = $2, started_at = $2, "
                       "row_version = row_version + 1 WHERE id = $1 AND status = 'scheduled'"),
        {id, scheduledFor});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

models::Status DeploymentStore::cancel(SqlSession &session, const QUuid &id, const QDateTime &now,
                                       const QString &note)
{
    auto changed = session.exec(
        QStringLiteral("UPDATE deployments SET status = 'cancelled', finished_at = $2, "
                       "row_version = row_version + 1 WHERE id = $1 AND status = 'scheduled' "
                       "RETURNING id"),
        {id, now});
    if (!changed)
        return changed.error();
    if (changed->isEmpty())
        return models::Status::failure(QStringLiteral("not_scheduled"),
                                       QStringLiteral("The deployment is not scheduled."));
    auto skipped = session.exec(QStringLiteral("UPDATE deployment_steps SET status = 'skipped', "
                                               "output = $2 WHERE deployment_id = $1"),
                                {id, note});
    if (!skipped)
        return skipped.error();
    return models::Status::success();
}

models::Status DeploymentStore::setStatus(SqlSession &session, const QUuid &id,
                                          models::DeploymentStatus status,
                                          const QDateTime &finishedAt)
{
    auto updated = session.exec(
        finishedAt.isValid()
            ? QStringLiteral("UPDATE deployments SET status = $2, finished_at = $3, "
                             "row_version = row_version + 1 WHERE id = $1")
            : QStringLiteral("UPDATE deployments SET status = $2, row_version = row_version + 1 "
                             "WHERE id = $1"),
        finishedAt.isValid() ? SqlParams {id, models::deploymentStatusCode(status), finishedAt}
                             : SqlParams {id, models::deploymentStatusCode(status)});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

models::Status DeploymentStore::setColor(SqlSession &session, const QUuid &id,
                                         models::DeploymentColor color)
{
    auto updated = session.exec(QStringLiteral("UPDATE deployments SET active_color = $2, "
                                               "row_version = row_version + 1 WHERE id = $1"),
                                {id, models::deploymentColorCode(color)});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

models::Status DeploymentStore::saveStep(SqlSession &session, const QUuid &id,
                                         const DeploymentStep &step)
{
    auto saved = session.exec(
        QStringLiteral("INSERT INTO deployment_steps (deployment_id, ordinal, name, status, "
                       "started_at, finished_at, output) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                       "ON CONFLICT (deployment_id, ordinal) DO UPDATE SET "
                       "status = excluded.status, started_at = excluded.started_at, "
                       "finished_at = excluded.finished_at, output = excluded.output"),
        {id, step.ordinal, step.name, models::deploymentStepStatusCode(step.status), step.startedAt,
         step.finishedAt, step.output});
    if (!saved)
        return saved.error();
    return bump(session, id, step.finishedAt.isValid() ? step.finishedAt : step.startedAt);
}

models::Result<std::optional<DeploymentStore::Row>>
DeploymentStore::previousSuccess(SqlSession &session, const QUuid &later)
{
    return readFirst(session.exec(QStringLiteral("SELECT %1 FROM deployments WHERE kind = "
                                                 "'deploy' AND status = 'succeeded' AND "
                                                 "started_at < (SELECT started_at FROM deployments "
                                                 "WHERE id = $1) ORDER BY started_at DESC "
                                                 "LIMIT 1")
                                      .arg(kColumns),
                                  {later}),
                     rowFrom);
}

models::Result<bool> DeploymentStore::succeededSince(SqlSession &session, const QUuid &earlier)
{
    auto succeeded = countRows(session,
                               QStringLiteral("deployments WHERE status = 'succeeded' AND "
                                              "started_at >= (SELECT started_at FROM deployments "
                                              "WHERE id = $1) AND id <> $1"),
                               {earlier});
    if (!succeeded)
        return succeeded.error();
    return succeeded.value() > 0;
}

models::Status DeploymentStore::claim(SqlSession &session, const QUuid &id, const QString &runner,
                                      const QDateTime &now)
{
    auto updated = session.exec(
        QStringLiteral("UPDATE deployments SET status = 'running', runner = $2, heartbeat_at = $3, "
                       "row_version = row_version + 1 WHERE id = $1"),
        {id, runner, now});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

models::Status DeploymentStore::heartbeat(SqlSession &session, const QUuid &id,
                                          const QDateTime &now)
{
    auto updated = session.exec(
        QStringLiteral("UPDATE deployments SET heartbeat_at = $2 WHERE id = $1"), {id, now});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

models::Status DeploymentStore::failInterrupted(SqlSession &session, const QUuid &id,
                                                const QDateTime &now, const QString &note)
{
    auto running = session.exec(QStringLiteral("UPDATE deployment_steps SET status = 'failed', "
                                               "finished_at = $2, output = output || $3 "
                                               "WHERE deployment_id = $1 AND status = 'running'"),
                                {id, now, note});
    if (!running)
        return running.error();
    auto pending = session.exec(QStringLiteral("UPDATE deployment_steps SET status = 'skipped' "
                                               "WHERE deployment_id = $1 AND status = 'pending'"),
                                {id});
    if (!pending)
        return pending.error();
    auto deployment = session.exec(
        QStringLiteral("UPDATE deployments SET status = 'failed', finished_at = $2, "
                       "row_version = row_version + 1 WHERE id = $1 AND status IN ('pending', "
                       "'running')"),
        {id, now});
    if (!deployment)
        return deployment.error();
    return models::Status::success();
}

} // namespace sphair::server
