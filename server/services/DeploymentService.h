#pragma once

#include "models/domain/Deployment.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"
#include "server/store/DeploymentStore.h"

#include <QUuid>

namespace sphair::server {

// Starting and rolling back deployments and reading their records. A new deployment is
// stored as pending with its planned steps and its audit row in one operator transaction,
// refused while another is pending or running, and then handed to the DeploymentRunner.
class DeploymentService
{
public:
    explicit DeploymentService(ServiceContext &context)
        : m_context(context)
    { }

    // Deploys `version` (already validated); returns the pending deployment.
    models::Result<models::Deployment> start(const QString &version, const Actor &actor) const;
    // Rolls back the deployment `id`, the latest that succeeded; returns the pending rollback.
    models::Result<models::Deployment> rollback(const QUuid &id, const Actor &actor) const;
    // not_found for an unknown id.
    models::Result<DeploymentStore::Row> find(const QUuid &id) const;
    // Newest first, steps left out, with the total; nextCursor is left to the caller.
    models::Result<models::Page<models::Deployment>> history(const QString &status, qint64 offset,
                                                             int limit) const;

    static models::Error notFound();

private:
    // Hands a stored deployment to the runner; if it cannot run, it is recorded as failed.
    models::Result<models::Deployment> launch(const models::Deployment &deployment,
                                              const QString &kind, const Actor &actor) const;

    ServiceContext &m_context;
};

} // namespace sphair::server
