#pragma once

#include "models/domain/Deployment.h"
#include "models/domain/Result.h"
#include "server/services/DeploymentHook.h"
#include "server/store/Database.h"
#include "server/store/DeploymentStore.h"

#include <QDateTime>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace sphair::server {

// Runs blue/green deployments on a worker thread of its own, one at a time, as a state
// machine over the steps stored in the database: each step's hook runs in order (see
// DeploymentHook), and the runner does the built-in part itself: maintenance_on and
// maintenance_off really turn maintenance mode on and off, switch flips the active colour.
// When a step fails, the steps after it are skipped and a "rollback" step is appended and
// run (its hook, the colour back, maintenance mode off). Every change is written to the
// database as it happens, so GET /admin/deploy/{id} shows the progress.
//
// Which hooks run is configuration: with a hooks folder (SPHAIR_DEPLOY_HOOKS_DIR, or
// setSettings()), the executable named after each step; without one, the built-in simulation
// whose output says that nothing was deployed.
//
// stop() ends a running deployment early (its hook is ended, the deployment recorded as
// failed, maintenance mode left as it is for an admin to check) and joins the worker; later
// launches are refused. The destructor stops too.
class DeploymentRunner
{
public:
    struct Settings
    {
        QString hooksDirectory; // empty: simulated
        std::chrono::milliseconds hookTimeout {std::chrono::minutes(10)};
        std::chrono::milliseconds simulatedStepTime {1500};

        // SPHAIR_DEPLOY_HOOKS_DIR (the hooks folder), SPHAIR_DEPLOY_HOOK_TIMEOUT_SECONDS
        // (per step, default 600) and SPHAIR_DEPLOY_SIMULATED_STEP_MS (default 1500).
        static Settings fromEnvironment();
    };

    // A deployment already stored as pending, with its planned steps.
    struct Job
    {
        QUuid deploymentId;
        QString version;
        QString kind; // DeploymentStore::deployKind() or rollbackKind()
        QUuid rollbackOf; // for a rollback: the deployment it undoes
        models::DeploymentColor liveColor = models::DeploymentColor::Blue;
        QList<models::DeploymentStep> steps;
        QString actor; // who started it, for the audit rows of its changes
        QString actorRole;
    };

    DeploymentRunner(Database *database, std::function<QDateTime()> clock, Settings settings);
    ~DeploymentRunner();
    DeploymentRunner(const DeploymentRunner &) = delete;
    DeploymentRunner &operator=(const DeploymentRunner &) = delete;

    // Takes effect for the next deployment.
    void setSettings(const Settings &settings);
    Settings settings() const;

    // Starts the worker for `job`, after the previous deployment's worker has returned. The
    // database allows one pending or running deployment, so a job is only launched once its
    // row exists; fails with service_unavailable once stopped.
    models::Status launch(Job job);
    bool isBusy() const;
    // Aborts the running deployment, if any, and waits for the worker. Idempotent.
    void stop();

    // This server process as a deployment's runner: "host:pid".
    static QString instanceName();
    // Whether a pending or running deployment has lost its runner: this process is not running
    // it, or its process on this host is gone, or it has shown no sign of life (a step, or a
    // heartbeat every 15 s while a hook runs) for two minutes. Such a deployment may be failed
    // (failInterrupted), which frees the platform for the next one.
    bool isInterrupted(const DeploymentStore::Row &row, const QDateTime &now) const;
    static QString interruptedNote();
    // Fails the deployment a previous server process left pending or running, if any. Returns
    // how many it failed.
    models::Result<int> recoverInterrupted();

private:
    struct Progress;

    QDateTime now() const;
    bool stopRequested() const { return m_stopRequested.load(); }
    // Records a heartbeat when the last one is older than the interval (worker thread only).
    void beat(const Job &job);
    void run(const Job &job, const std::shared_ptr<DeploymentHook> &hook);
    DeploymentHook::Outcome runStep(const Job &job, const models::DeploymentStep &step,
                                    DeploymentHook &hook, Progress &progress);
    // Runs fn in an operator transaction; logs and returns false on failure.
    bool record(const char *what, const Database::TransactionFunction &fn);
    bool saveStep(const Job &job, const models::DeploymentStep &step);
    QString setMaintenance(const Job &job, bool on, Progress &progress, bool &ok);
    bool setColor(const Job &job, models::DeploymentColor color);
    void finish(const Job &job, bool succeeded, const Progress &progress);

    Database *m_database;
    std::function<QDateTime()> m_clock;
    std::mutex m_launchMutex; // held by launch() and stop(), never by the worker
    mutable std::mutex m_mutex; // guards m_settings and m_busy
    Settings m_settings;
    std::unique_ptr<QThread> m_thread;
    bool m_busy = false;
    QUuid m_current; // the deployment the worker runs, guarded by m_mutex
    std::chrono::steady_clock::time_point m_lastBeat; // worker thread only
    bool m_stopped = false;
    std::atomic<bool> m_stopRequested {false};
};

} // namespace sphair::server
