#pragma once

#include "models/domain/Deployment.h"

#include <QString>
#include <QUuid>

#include <functional>

namespace sphair::server {

// The outside part of one deployment step: a hook command (ProcessDeploymentHook) or, where
// none is configured, a simulation that says so (SimulatedDeploymentHook). Called on the
// deployment runner's worker thread only.
class DeploymentHook
{
public:
    // What the hook is told about the step (hook commands get it as SPHAIR_DEPLOY_* variables).
    struct Step
    {
        QUuid deploymentId;
        QString version; // the platform version being deployed
        QString kind; // "deploy" or "rollback"
        QString name; // the step, e.g. "health_check"
        models::DeploymentColor liveColor = models::DeploymentColor::Blue; // serving now
        QString failedStep; // for "rollback" after a failure: the step that failed
    };

    struct Outcome
    {
        bool succeeded = false;
        bool stopped = false; // ended early because the server is stopping
        QString output;
    };

    // Returns true when the runner is being stopped; the hook then ends as soon as it can.
    using StopRequested = std::function<bool()>;

    virtual ~DeploymentHook();

    // True for the built-in simulation.
    virtual bool isSimulated() const = 0;
    // Whether a hook exists for the step. Steps without one may still have built-in work
    // (maintenance mode, the active colour), which the runner does itself.
    virtual bool hasHook(const QString &step) const = 0;
    virtual Outcome run(const Step &step, const StopRequested &stopRequested) = 0;
};

} // namespace sphair::server
