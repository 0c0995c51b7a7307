#include "server/services/RateLimiter.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace sphair::server {

namespace {

// How often acquire() sweeps out buckets that have refilled completely.
constexpr quint64 kSweepEvery = 1024;

} // namespace

RateLimiter::RateLimiter(int capacity, std::chrono::milliseconds refillInterval, Clock clock)
    : m_capacity(std::max(1, capacity))
    , m_refillInterval(std::max(std::chrono::milliseconds(1), refillInterval))
    , m_clock(std::move(clock))
{ }

std::chrono::steady_clock::time_point RateLimiter::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

double RateLimiter::refilled(const Bucket &bucket, std::chrono::steady_clock::time_point now) const
{
    const auto elapsed = std::chrono::duration<double, std::milli>(now - bucket.updated).count();
    const double earned = std::max(0.0, elapsed) / static_cast<double>(m_refillInterval.count());
    return std::min(static_cast<double>(m_capacity), bucket.tokens + earned);
}

RateLimiter::Decision RateLimiter::decide(double tokens, bool spend) const
{
    Decision decision;
    if (tokens >= 1.0) {
        decision.allowed = true;
        decision.remaining = static_cast<int>(std::floor(tokens - (spend ? 1.0 : 0.0)));
        return decision;
    }
    decision.allowed = false;
    const double waitMs = (1.0 - tokens) * static_cast<double>(m_refillInterval.count());
    decision.retryAfter =
        std::chrono::seconds(std::max<qint64>(1, static_cast<qint64>(std::ceil(waitMs / 1000.0))));
    return decision;
}

void RateLimiter::forgetFullBuckets(std::chrono::steady_clock::time_point now)
{
    m_buckets.removeIf([&](const QHash<QString, Bucket>::iterator &it) {
        return refilled(it.value(), now) >= m_capacity;
    });
}

RateLimiter::Decision RateLimiter::acquire(const QString &key)
{
    return acquireAll({key});
}

RateLimiter::Decision RateLimiter::acquireAll(const QStringList &keys)
{
    QMutexLocker locker(&m_mutex);
    const auto time = now();
    if (++m_calls % kSweepEvery == 0)
        forgetFullBuckets(time);
    Decision combined;
    combined.remaining = m_capacity;
    QList<double> tokens;
    tokens.reserve(keys.size());
    for (const QString &key : keys) {
        const auto found = m_buckets.constFind(key);
        tokens.append(found == m_buckets.constEnd() ? m_capacity : refilled(*found, time));
        const Decision decision = decide(tokens.constLast(), true);
        if (!decision.allowed) {
            combined.allowed = false;
            combined.retryAfter = std::max(combined.retryAfter, decision.retryAfter);
        }
        combined.remaining = std::min(combined.remaining, decision.remaining);
    }
    if (!combined.allowed) {
        combined.remaining = 0;
        return combined;
    }
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_buckets[keys.at(i)] = Bucket {tokens.at(i) - 1.0, time};
    return combined;
}

RateLimiter::Decision RateLimiter::peek(const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_buckets.constFind(key);
    const double tokens = found == m_buckets.constEnd() ? m_capacity : refilled(*found, now());
    return decide(tokens, false);
}

void RateLimiter::reset(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    m_buckets.remove(key);
}

qsizetype RateLimiter::trackedKeys() const
{
    QMutexLocker locker(&m_mutex);
    return m_buckets.size();
}

} // namespace sphair::server
