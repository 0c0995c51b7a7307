#pragma once

#include "models/domain/Result.h"
#include "server/services/MetricsRegistry.h"
#include "server/services/PeriodicThread.h"
#include "server/services/ServiceContext.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>

namespace sphair::server {

// Keeps the server's metrics in the database at one-minute resolution for 7 days: once the
// context's clock is in a later minute than the last write, what was counted since then is
// written as the rows of the minute that just ended (per instance, so several servers on one
// database write rows of their own), and rows older than 7 days are deleted.
// tick() does the work and may be driven by a test with its own clock; start() runs it on a
// thread of its own every `interval`.
class MetricsHistory
{
public:
    static constexpr int kKeepDays = 7;

    MetricsHistory(const ServiceContext &context, const MetricsRegistry &registry,
                   QString instanceId);
    ~MetricsHistory();
    MetricsHistory(const MetricsHistory &) = delete;
    MetricsHistory &operator=(const MetricsHistory &) = delete;

    // Writes the last minute's counts when a new minute has begun; true if it wrote. The
    // first call only notes the minute. Counts that could not be written are written with
    // the next minute's.
    models::Result<bool> tick();

    // Other clock-driven upkeep: started threads also run `job` once every hour of the
    // context's clock (first when the hour after start() begins; not from tick(), so tests
    // that drive tick() see only the metrics). The server refreshes the usage roll-up with it.
    // Set before start().
    void setHourlyJob(std::function<models::Status()> job) { m_hourlyJob = std::move(job); }

    void start(std::chrono::milliseconds interval);
    // Ends the thread (idempotent).
    void stop();

    // The start of the minute `time` is in (UTC).
    static QDateTime minuteOf(const QDateTime &time);

private:
    void runHourlyJob();

    const ServiceContext &m_context;
    const MetricsRegistry &m_registry;
    const QString m_instanceId;

    std::mutex m_tickLock;
    QDateTime m_minute; // of the last write (or of the first tick)
    MetricsRegistry::Snapshot m_written; // what was counted at the last write

    std::function<models::Status()> m_hourlyJob;
    QDateTime m_jobHour; // the hour the thread last saw (only the thread touches it)

    PeriodicThread m_thread;
};

} // namespace sphair::server
