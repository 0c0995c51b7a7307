#include "server/services/PeriodicThread.h"

namespace sphair::server {

PeriodicThread::~PeriodicThread()
{
    stop();
}

void PeriodicThread::start(std::chrono::milliseconds interval, std::function<void()> job)
{
    std::lock_guard<std::mutex> locked(m_lock);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this, interval, job = std::move(job)] {
        std::unique_lock<std::mutex> waiting(m_lock);
        while (!m_stopping) {
            waiting.unlock();
            job();
            waiting.lock();
            m_wake.wait_for(waiting, interval, [this] { return m_stopping; });
        }
    });
}

void PeriodicThread::stop()
{
    {
        std::lock_guard<std::mutex> locked(m_lock);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace sphair::server
