#include "server/services/MetricsRegistry.h"

#include <mutex>

namespace sphair::server {

const QString MetricsRegistry::kUnmatchedRoute = QStringLiteral("unmatched");

// One counted series: a histogram of durations (an error counter uses its count only).
struct MetricsRegistry::Series
{
    std::atomic<qint64> sumMicros {0};
    std::array<std::atomic<qint64>, MetricsStore::kBucketCount> buckets {};

    void observe(std::chrono::nanoseconds duration)
    {
        buckets[bucketOf(duration)].fetch_add(1, std::memory_order_relaxed);
        sumMicros.fetch_add(std::chrono::duration_cast<std::chrono::microseconds>(duration).count(),
                            std::memory_order_relaxed);
    }

    Histogram read() const
    {
        Histogram histogram;
        histogram.sumMicros = sumMicros.load(std::memory_order_relaxed);
        for (std::size_t i = 0; i < buckets.size(); ++i)
            histogram.buckets[i] = buckets[i].load(std::memory_order_relaxed);
        return histogram;
    }
};

qint64 MetricsRegistry::Histogram::count() const
{
    qint64 total = 0;
    for (const qint64 bucket : buckets)
        total += bucket;
    return total;
}

MetricsRegistry::Histogram MetricsRegistry::Histogram::operator-(const Histogram &earlier) const
{
    Histogram difference;
    difference.sumMicros = sumMicros - earlier.sumMicros;
    for (std::size_t i = 0; i < buckets.size(); ++i)
        difference.buckets[i] = buckets[i] - earlier.buckets[i];
    return difference;
}

MetricsRegistry::MetricsRegistry()
    : m_database(std::make_unique<Series>())
{ }

MetricsRegistry::~MetricsRegistry() = default;

template<typename Key>
MetricsRegistry::Series &MetricsRegistry::series(std::map<Key, std::unique_ptr<Series>> &map,
                                                 const Key &key)
{
    {
        std::shared_lock<std::shared_mutex> reading(m_lock);
        const auto found = map.find(key);
        if (found != map.end())
            return *found->second;
    }
    std::unique_lock<std::shared_mutex> writing(m_lock);
    std::unique_ptr<Series> &slot = map[key];
    if (!slot)
        slot = std::make_unique<Series>();
    return *slot;
}

void MetricsRegistry::recordRequest(const QString &method, const QString &route, int status,
                                    std::chrono::nanoseconds duration)
{
    series(m_requests, RequestKey {method, route, statusClass(status)}).observe(duration);
}

void MetricsRegistry::recordError(const QString &code)
{
    series(m_errors, code).buckets[0].fetch_add(1, std::memory_order_relaxed);
}

void MetricsRegistry::recordStatement(std::chrono::nanoseconds duration)
{
    m_database->observe(duration);
}

MetricsRegistry::Snapshot MetricsRegistry::snapshot() const
{
    Snapshot snapshot;
    std::shared_lock<std::shared_mutex> reading(m_lock);
    for (const auto &[key, counted] : m_requests)
        snapshot.requests.emplace(key, counted->read());
    for (const auto &[code, counted] : m_errors)
        snapshot.errors.emplace(code, counted->read().count());
    snapshot.database = m_database->read();
    return snapshot;
}

QString MetricsRegistry::statusClass(int status)
{
    static const QString classes[] = {QStringLiteral("1xx"), QStringLiteral("2xx"),
                                      QStringLiteral("3xx"), QStringLiteral("4xx"),
                                      QStringLiteral("5xx")};
    static const QString other = QStringLiteral("other");
    if (status < 100 || status > 599)
        return other;
    return classes[status / 100 - 1];
}

std::size_t MetricsRegistry::bucketOf(std::chrono::nanoseconds duration)
{
    for (std::size_t i = 0; i < MetricsStore::kBucketBoundsMs.size(); ++i) {
        if (duration <= std::chrono::milliseconds(MetricsStore::kBucketBoundsMs[i]))
            return i;
    }
    return MetricsStore::kBucketBoundsMs.size();
}

} // namespace sphair::server
