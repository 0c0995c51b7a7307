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
    m_thread.start(interval, [this] {
        if (auto ticked = tick(); !ticked) {
            qCWarning(lcServices) << "cannot start the scheduled deployments:"
                                  << ticked.error().code << ticked.error().message;
        }
    });
}

void DeploymentScheduler::stop()
{
    m_thread.stop();
}

} // namespace sphair::server
