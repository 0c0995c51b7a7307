#pragma once

#include "server/services/DeploymentHook.h"

#include <chrono>

namespace sphair::server {

// The deployment hook of the sandbox and of platforms without SPHAIR_DEPLOY_HOOKS_DIR: each
// step waits a moment and succeeds, and its output says plainly that nothing was deployed.
class SimulatedDeploymentHook : public DeploymentHook
{
public:
    explicit SimulatedDeploymentHook(std::chrono::milliseconds stepTime);

    bool isSimulated() const override { return true; }
    bool hasHook(const QString &step) const override;
    Outcome run(const Step &step, const StopRequested &stopRequested) override;

private:
    std::chrono::milliseconds m_stepTime;
};

} // namespace sphair::server
