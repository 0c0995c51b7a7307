#pragma once

#include "models/domain/Result.h"
#include "server/services/MailTransport.h"
#include "server/services/NoticeService.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace sphair::server {

// Runs the maintenance notices on a thread of its own: every `interval`, plans what is due and
// sends what is queued (NoticeService). tick() does one pass and may be driven by a test with
// its own clock instead of the thread. Without a transport, notices are planned and wait in
// the queue.
class NoticeWorker
{
public:
    struct Tick
    {
        int queued = 0;
        int sent = 0;
    };

    NoticeWorker(ServiceContext &context, std::unique_ptr<MailTransport> transport,
                 NoticeService::Settings settings = {});
    ~NoticeWorker();
    NoticeWorker(const NoticeWorker &) = delete;
    NoticeWorker &operator=(const NoticeWorker &) = delete;

    // One pass: plan, then send. Serialised with the thread's passes.
    models::Result<Tick> tick();

    void start(std::chrono::milliseconds interval);
    // Ends the thread (idempotent); a pass under way finishes first.
    void stop();

    // The clock of the notices (NoticeService::setClock). Not while started.
    void setClock(std::function<QDateTime()> clock);

    // Replaces the transport (tests point it at a receiver started later). Not while started.
    void setTransport(std::unique_ptr<MailTransport> transport);

private:
    void run(std::chrono::milliseconds interval);

    NoticeService m_service;
    std::unique_ptr<MailTransport> m_transport;
    std::mutex m_tickLock;

    std::mutex m_threadLock;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace sphair::server
