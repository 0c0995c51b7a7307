#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace sphair::server {

// A thread of its own that runs a job at once and then every `interval` until stopped: the
// clock-driven upkeep of MetricsHistory and DeploymentScheduler. stop() wakes it from its wait
// and joins it.
class PeriodicThread
{
public:
    PeriodicThread() = default;
    ~PeriodicThread();
    PeriodicThread(const PeriodicThread &) = delete;
    PeriodicThread &operator=(const PeriodicThread &) = delete;

    // Does nothing while a thread runs.
    void start(std::chrono::milliseconds interval, std::function<void()> job);
    // Ends the thread (idempotent).
    void stop();

private:
    std::mutex m_lock;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace sphair::server
