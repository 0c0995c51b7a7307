#include "server/services/DeploymentScheduler.h"

#include "server/services/DeploymentService.h"
#include "server/services/Logging.h"

namespace sphair::server {

DeploymentScheduler::DeploymentScheduler(ServiceContext &context)
    : m_context(context)
{ }

DeploymentScheduler::~DeploymentScheduler()
{
    stop();
}

void DeploymentScheduler::setClock(Clock clock)
{
    std::lock_guard<std::mutex> locked(m_clockLock);
    m_clock = std::move(clock);
}

QDateTime DeploymentScheduler::now() const
{
    std::lock_guard<std::mutex> locked(m_clockLock);
    return m_clock ? m_clock() : m_context.now();
}

models::Result<int> DeploymentScheduler::tick()
{
    std::lock_guard<std::mutex> locked(m_tickLock);
    return DeploymentService(m_context).startDue(now());
}

void DeploymentScheduler::start(std::chrono::milliseconds interval)
{
    std::lock_guard<std::mutex> locked(m_threadLock);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this, interval] { run(interval); });
}

void DeploymentScheduler::stop()
{
    {
        std::lock_guard<std::mutex> locked(m_threadLock);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DeploymentScheduler::run(std::chrono::milliseconds interval)
{
    std::unique_lock<std::mutex> locked(m_threadLock);
    while (!m_stopping) {
        locked.unlock();
        if (auto ticked = tick(); !ticked) {
            qCWarning(lcServices) << "cannot start the scheduled deployments:"
                                  << ticked.error().code << ticked.error().message;
        }
        locked.lock();
        m_wake.wait_for(locked, interval, [this] { return m_stopping; });
    }
}

} // namespace sphair::server
