#include "server/services/NoticeWorker.h"

#include "server/services/Logging.h"

namespace sphair::server {

NoticeWorker::NoticeWorker(ServiceContext &context, std::unique_ptr<MailTransport> transport,
                           NoticeService::Settings settings)
    : m_service(context, std::move(settings))
    , m_transport(std::move(transport))
{ }

NoticeWorker::~NoticeWorker()
{
    stop();
}

models::Result<NoticeWorker::Tick> NoticeWorker::tick()
{
    const std::lock_guard<std::mutex> locked(m_tickLock);
    Tick done;
    auto queued = m_service.plan();
    if (!queued)
        return queued.error();
    done.queued = queued.value();
    if (m_transport) {
        auto sent = m_service.send(*m_transport);
        if (!sent)
            return sent.error();
        done.sent = sent.value();
    }
    return done;
}

void NoticeWorker::setClock(std::function<QDateTime()> clock)
{
    const std::lock_guard<std::mutex> locked(m_tickLock);
    m_service.setClock(std::move(clock));
}

void NoticeWorker::setTransport(std::unique_ptr<MailTransport> transport)
{
    const std::lock_guard<std::mutex> locked(m_tickLock);
    m_transport = std::move(transport);
}

void NoticeWorker::start(std::chrono::milliseconds interval)
{
    const std::lock_guard<std::mutex> locked(m_threadLock);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this, interval] { run(interval); });
}

void NoticeWorker::stop()
{
    {
        const std::lock_guard<std::mutex> locked(m_threadLock);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void NoticeWorker::run(std::chrono::milliseconds interval)
{
    std::unique_lock<std::mutex> locked(m_threadLock);
    while (!m_stopping) {
        locked.unlock();
        if (auto ticked = tick(); !ticked) {
            qCWarning(lcServices) << "cannot plan or send maintenance notices:"
                                  << ticked.error().code << ticked.error().message;
        }
        locked.lock();
        m_wake.wait_for(locked, interval, [this] { return m_stopping; });
    }
}

} // namespace sphair::server
