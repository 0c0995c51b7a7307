#include "server/services/SimulatedDeploymentHook.h"

#include "server/services/ServerText.h"

#include <algorithm>
#include <thread>

namespace sphair::server {

namespace {

// What a real hook would have done in this step, for the simulated output.
QString whatWouldHappen(const DeploymentHook::Step &step)
{
    const QString live = models::deploymentColorCode(step.liveColor);
    const QString standby =
        models::deploymentColorCode(models::otherDeploymentColor(step.liveColor));
    if (step.name == QLatin1String("pre_checks"))
        return tr("Would check the database, free disk space and the release artefacts of "
                  "version %1.")
            .arg(step.version);
    if (step.name == QLatin1String("maintenance_on"))
        return tr("Would tell the load balancer to show the maintenance page.");
    if (step.name == QLatin1String("deploy_standby"))
        return tr("Would install version %1 on the standby half (%2).").arg(step.version, standby);
    if (step.name == QLatin1String("health_check"))
        return tr("Would probe the health of the standby half (%1).").arg(standby);
    if (step.name == QLatin1String("switch"))
        return tr("Would move traffic from %1 to %2.").arg(live, standby);
    if (step.name == QLatin1String("monitor"))
        return tr("Would watch error rates and latency on %1.").arg(standby);
    if (step.name == QLatin1String("maintenance_off"))
        return tr("Would tell the load balancer to serve the platform again.");
    if (step.name == QLatin1String("rollback"))
        return tr("Would move traffic back to the previous version.");
    return {};
}

} // namespace

SimulatedDeploymentHook::SimulatedDeploymentHook(std::chrono::milliseconds stepTime)
    : m_stepTime(stepTime)
{ }

bool SimulatedDeploymentHook::hasHook(const QString &step) const
{
    Q_UNUSED(step)
    return true;
}

DeploymentHook::Outcome SimulatedDeploymentHook::run(const Step &step,
                                                     const StopRequested &stopRequested)
{
    using namespace std::chrono;
    constexpr milliseconds kSlice(20);
    const auto until = steady_clock::now() + m_stepTime;
    while (steady_clock::now() < until) {
        if (stopRequested && stopRequested())
            return {false, true, tr("[simulated] Stopped: the server is shutting down.")};
        std::this_thread::sleep_for(
            std::min<steady_clock::duration>(kSlice, until - steady_clock::now()));
    }
    Outcome outcome;
    outcome.succeeded = true;
    outcome.output = tr("[simulated] No deployment hooks are configured "
                        "(SPHAIR_DEPLOY_HOOKS_DIR is not set), so this step was simulated: "
                        "nothing was deployed.")
        + QLatin1Char('\n') + QStringLiteral("[simulated] ") + whatWouldHappen(step);
    return outcome;
}

} // namespace sphair::server
