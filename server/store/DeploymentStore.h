#pragma once

#include "models/domain/Deployment.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

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

    // Inserts the deployment and its steps. A second pending or running deployment fails with
    // db_conflict (the unique index of migration 3).
    static models::Status insert(SqlSession &session, const models::Deployment &deployment,
                                 const QString &kind);
    static models::Result<std::optional<Row>> find(SqlSession &session, const QUuid &id,
                                                   bool withSteps = true);
    // Newest first, steps left out; `status` empty for every status.
    static models::Result<HistoryPage> history(SqlSession &session, const QString &status,
                                               qint64 offset, int limit);

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
