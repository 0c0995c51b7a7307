#pragma once

#include "models/domain/Deployment.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The deployments table and their steps, read and changed inside the caller's transaction.
// A deployment's row_version column counts its changes (the ETag of GET /admin/deploy/{id});
// every write here bumps it.
class DeploymentStore
{
public:
    // "deploy" (a new version) or "rollback" (switching back to the previous one).
    static QString deployKind() { return QStringLiteral("deploy"); }
    static QString rollbackKind() { return QStringLiteral("rollback"); }

    struct Row
    {
        models::Deployment deployment;
        QString kind;
        qint64 rowVersion = 1;
        QString runner; // "host:pid" of the server process running it; empty while pending
        QDateTime heartbeatAt; // when that process last recorded progress
        QDate occurrence; // of its window (window_id): the local date it was planned on
        QString startedByRole; // started_by's role, for the audit rows of a scheduled start
    };

    // The filters of GET /admin/deploy/history; each left empty (invalid) filters nothing.
    struct HistoryFilter
    {
        QString status;
        QString version; // exact, or a prefix
        QDateTime from; // started (or scheduled) at or after
        QDateTime to; // started (or scheduled) before
    };

    struct HistoryPage
    {
        QList<Row> items;
        qint64 total = 0;
    };

    // The deployment that is pending or running, if any.
    static models::Result<std::optional<Row>> active(SqlSession &session);
    // The colour serving traffic: that of the newest finished deployment, blue at first.
    static models::Result<models::DeploymentColor> liveColor(SqlSession &session);

    // Inserts the deployment and its steps (a scheduled one with started_at = scheduled_for).
    // A second pending or running deployment, or a second one scheduled into the same window
    // occurrence, fails with db_conflict (the unique indexes of migrations 3 and 12).
    static models::Status insert(SqlSession &session, const models::Deployment &deployment,
                                 const QString &kind, const QDate &occurrence = {},
                                 const QString &role = {});
    static models::Result<std::optional<Row>> find(SqlSession &session, const QUuid &id,
                                                   bool withSteps = true);
    // Newest first, steps left out.
    static models::Result<HistoryPage> history(SqlSession &session, const HistoryFilter &filter,
                                               qint64 offset, int limit);

    // The deployment scheduled into the occurrence of `windowId` planned on `occurrence`.
    static models::Result<std::optional<Row>>
    scheduledInto(SqlSession &session, const QUuid &windowId, const QDate &occurrence);
    // Scheduled deployments whose scheduled_for has come (≤ now), earliest first, with steps.
    static models::Result<QList<Row>> due(SqlSession &session, const QDateTime &now);
    // A scheduled deployment starts: pending from `now` on, on the colour live now.
    static models::Status begin(SqlSession &session, const QUuid &id, const QDateTime &now,
                                models::DeploymentColor liveColor);
    // A scheduled deployment's occurrence moved: it waits for the new start.
    static models::Status reschedule(SqlSession &session, const QUuid &id,
                                     const QDateTime &scheduledFor);
    // A scheduled deployment that will not run: cancelled at `now`, every step skipped with
    // `note`. Fails with not_scheduled (no change) when it is not scheduled.
    static models::Status cancel(SqlSession &session, const QUuid &id, const QDateTime &now,
                                 const QString &note);

    static models::Status setStatus(SqlSession &session, const QUuid &id,
                                    models::DeploymentStatus status,
                                    const QDateTime &finishedAt = {});
    // Marks the deployment running by `runner`.
    static models::Status claim(SqlSession &session, const QUuid &id, const QString &runner,
                                const QDateTime &now);
    // Records that the runner is alive (no change a client sees, so no new ETag).
    static models::Status heartbeat(SqlSession &session, const QUuid &id, const QDateTime &now);
    static models::Status setColor(SqlSession &session, const QUuid &id,
                                   models::DeploymentColor color);
    // Writes the step's status, times and output (by ordinal); appends it when it is new.
    static models::Status saveStep(SqlSession &session, const QUuid &id,
                                   const models::DeploymentStep &step);

    // The newest deployment of kind "deploy" that succeeded and started before deployment
    // `later` did, if any: the version a rollback returns to. Compared with the stored start
    // times, which are finer than the wire's whole seconds.
    static models::Result<std::optional<Row>> previousSuccess(SqlSession &session,
                                                              const QUuid &later);
    // Whether another deployment that started no earlier than deployment `earlier` succeeded.
    static models::Result<bool> succeededSince(SqlSession &session, const QUuid &earlier);

    // Marks a deployment whose server stopped while it ran as failed: its running step failed
    // with `note` appended, its pending steps skipped.
    static models::Status failInterrupted(SqlSession &session, const QUuid &id,
                                          const QDateTime &now, const QString &note);
};

} // namespace sphair::server
