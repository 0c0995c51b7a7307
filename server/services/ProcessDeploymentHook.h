#pragma once

#include "server/services/DeploymentHook.h"

#include <chrono>

namespace sphair::server {

// Runs the hook command of a step: the executable file named after the step (pre_checks,
// maintenance_on, deploy_standby, health_check, switch, monitor, maintenance_off, rollback)
// in the hooks folder, with the step described in SPHAIR_DEPLOY_* environment variables.
// Standard output and error are captured together (the last 64 KiB are kept); exit status 0
// is success. A hook that outlives its timeout, or runs while the server stops, is ended
// with its whole process group (SIGTERM, then SIGKILL).
class ProcessDeploymentHook : public DeploymentHook
{
public:
    ProcessDeploymentHook(QString directory, std::chrono::milliseconds timeout);

    bool isSimulated() const override { return false; }
    bool hasHook(const QString &step) const override;
    Outcome run(const Step &step, const StopRequested &stopRequested) override;

    QString pathOf(const QString &step) const;

private:
    QString m_directory;
    std::chrono::milliseconds m_timeout;
};

} // namespace sphair::server
