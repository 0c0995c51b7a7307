#pragma once

#include "models/domain/Deployment.h"
#include "models/domain/DeploymentStart.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"
#include "server/store/DeploymentStore.h"

#include <QDate>
#include <QUuid>

namespace sphair::server {

// Starting, scheduling, cancelling and rolling back deployments and reading their records. A
// new deployment is stored as pending with its planned steps and its audit row in one operator
// transaction, refused while another is pending or running, and then handed to the
// DeploymentRunner. One scheduled into a maintenance window occurrence is stored as scheduled
// and started by startDue(), which the DeploymentScheduler calls with its clock.
class DeploymentService
{
public:
    explicit DeploymentService(ServiceContext &context)
        : m_context(context)
    { }

    // Starts `request` (already validated): in a window occurrence, now with a reason, or,
    // with neither, now if a window occurrence is running. Returns the deployment: pending
    // (started), or scheduled for its window occurrence.
    models::Result<models::Deployment> start(const models::DeploymentStart &request,
                                             const Actor &actor) const;
    // Cancels a scheduled deployment; returns it cancelled.
    models::Result<models::Deployment> cancel(const QUuid &id, const Actor &actor) const;
    // Starts the scheduled deployment whose occurrence has begun at `now`, if none is running
    // (one a tick: the others wait for it); cancels those whose occurrence was removed or has
    // ended. Returns how many it started.
    models::Result<int> startDue(const QDateTime &now) const;
    // Rolls back the deployment `id`, the latest that succeeded; returns the pending rollback.
    models::Result<models::Deployment> rollback(const QUuid &id, const Actor &actor) const;
    // not_found for an unknown id.
    models::Result<DeploymentStore::Row> find(const QUuid &id) const;
    // Newest first, steps left out, with the total; nextCursor is left to the caller.
    models::Result<models::Page<models::Deployment>>
    history(const DeploymentStore::HistoryFilter &filter, qint64 offset, int limit) const;

    static models::Error notFound();

private:
    // Hands a stored deployment to the runner, run in the name of `actor` with `role`; if it
    // cannot run, it is recorded as failed.
    models::Result<models::Deployment> launch(const models::Deployment &deployment,
                                              const QString &kind, const QString &actor,
                                              const QString &role) const;
    // Starts one due scheduled deployment, or cancels it; true if it was handed to the runner.
    models::Result<bool> startScheduled(const DeploymentStore::Row &row,
                                        const QDateTime &now) const;

    ServiceContext &m_context;
};

} // namespace sphair::server
