#pragma once

#include "models/domain/Result.h"
#include "server/services/PeriodicThread.h"
#include "server/services/ServiceContext.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <mutex>

namespace sphair::server {

// Starts scheduled deployments when their maintenance window occurrence starts. Scheduled
// deployments live in the database (status scheduled, scheduled_for), so a server that was
// down when an occurrence began starts its deployment on its first tick after start-up, while
// the occurrence still runs (DeploymentService::startDue).
//
// tick() does the work at the scheduler's clock (by default the context's), which a test
// replaces with setClock() to reach a window's start without waiting; start() runs tick() on
// a thread of its own every `interval`.
class DeploymentScheduler
{
public:
    using Clock = std::function<QDateTime()>;

    explicit DeploymentScheduler(ServiceContext &context);
    ~DeploymentScheduler();
    DeploymentScheduler(const DeploymentScheduler &) = delete;
    DeploymentScheduler &operator=(const DeploymentScheduler &) = delete;

    // Null: the context's clock.
    void setClock(Clock clock);
    QDateTime now() const;

    // Starts what is due now; returns how many deployments it started (0 or 1).
    models::Result<int> tick();

    void start(std::chrono::milliseconds interval);
    // Ends the thread (idempotent).
    void stop();

private:
    ServiceContext &m_context;
    mutable std::mutex m_clockLock;
    Clock m_clock;
    std::mutex m_tickLock; // one tick at a time (the thread and a test)
    PeriodicThread m_thread;
};

} // namespace sphair::server
