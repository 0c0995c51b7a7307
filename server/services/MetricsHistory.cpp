#include "server/services/MetricsHistory.h"

#include "server/services/Logging.h"
#include "server/store/MetricsStore.h"

namespace sphair::server {

namespace {

MetricsStore::Row histogramRow(const QString &kind, const MetricsRegistry::Histogram &counted)
{
    MetricsStore::Row row;
    row.kind = kind;
    row.count = counted.count();
    row.sumMicros = counted.sumMicros;
    row.buckets = counted.buckets;
    return row;
}

// The rows of what was counted between `earlier` and `later`, leaving out series without
// anything new.
QList<MetricsStore::Row> difference(const MetricsRegistry::Snapshot &later,
                                    const MetricsRegistry::Snapshot &earlier)
{
    QList<MetricsStore::Row> rows;
    for (const auto &[key, counted] : later.requests) {
        const auto before = earlier.requests.find(key);
        const MetricsRegistry::Histogram delta =
            before == earlier.requests.end() ? counted : counted - before->second;
        if (delta.count() == 0)
            continue;
        MetricsStore::Row row = histogramRow(QStringLiteral("request"), delta);
        row.method = key.method;
        row.route = key.route;
        row.statusClass = key.statusClass;
        rows.append(row);
    }
    for (const auto &[code, count] : later.errors) {
        const auto before = earlier.errors.find(code);
        const qint64 delta = count - (before == earlier.errors.end() ? 0 : before->second);
        if (delta == 0)
            continue;
        MetricsStore::Row row;
        row.kind = QStringLiteral("error");
        row.errorCode = code;
        row.count = delta;
        rows.append(row);
    }
    const MetricsRegistry::Histogram database = later.database - earlier.database;
    if (database.count() > 0)
        rows.append(histogramRow(QStringLiteral("database"), database));
    return rows;
}

} // namespace

MetricsHistory::MetricsHistory(const ServiceContext &context, const MetricsRegistry &registry,
                               QString instanceId)
    : m_context(context)
    , m_registry(registry)
    , m_instanceId(std::move(instanceId))
{ }

MetricsHistory::~MetricsHistory()
{
    stop();
}

QDateTime MetricsHistory::minuteOf(const QDateTime &time)
{
    const qint64 seconds = time.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(seconds - ((seconds % 60) + 60) % 60, Qt::UTC);
}

models::Result<bool> MetricsHistory::tick()
{
    std::lock_guard<std::mutex> locked(m_tickLock);
    const QDateTime now = m_context.now();
    const QDateTime minute = minuteOf(now);
    if (!m_minute.isValid()) {
        m_minute = minute;
        return false;
    }
    if (minute <= m_minute)
        return false;
    const MetricsRegistry::Snapshot counted = m_registry.snapshot();
    QList<MetricsStore::Row> rows = difference(counted, m_written);
    const QDateTime ended = minute.addSecs(-60);
    for (MetricsStore::Row &row : rows) {
        row.instanceId = m_instanceId;
        row.minute = ended;
    }
    const models::Status written =
        m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
            if (auto added = MetricsStore::add(session, rows); !added)
                return added;
            return MetricsStore::pruneBefore(session, now.addDays(-kKeepDays));
        });
    if (!written)
        return written.error();
    m_written = counted;
    m_minute = minute;
    return true;
}

void MetricsHistory::start(std::chrono::milliseconds interval)
{
    m_thread.start(interval, [this] {
        if (auto ticked = tick(); !ticked) {
            qCWarning(lcServices) << "cannot keep the server metrics:" << ticked.error().code
                                  << ticked.error().message;
        }
        runHourlyJob();
    });
}

void MetricsHistory::stop()
{
    m_thread.stop();
}

void MetricsHistory::runHourlyJob()
{
    if (!m_hourlyJob)
        return;
    const QDateTime minute = minuteOf(m_context.now());
    const QDateTime hour = minute.addSecs(qint64 {-60} * minute.time().minute());
    if (hour == m_jobHour)
        return;
    const bool first = !m_jobHour.isValid();
    m_jobHour = hour;
    if (first)
        return;
    if (auto done = m_hourlyJob(); !done) {
        qCWarning(lcServices) << "the hourly upkeep failed:" << done.error().code
                              << done.error().message;
    }
}

} // namespace sphair::server
