#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace sphair::server {

// Token buckets per key (e.g. "login:<user>" and "login-ip:<address>"): each key may spend
// `capacity` attempts at once and earns one back every `refillInterval`. Thread-safe; the
// clock is injectable so tests need not sleep. A refused attempt reports when the next one
// will be allowed, for 429 with Retry-After. Full buckets are forgotten, so memory stays
// bounded by the keys that were active recently.
class RateLimiter
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    struct Decision
    {
        bool allowed = true;
        std::chrono::seconds retryAfter {0}; // when refused: whole seconds, at least 1
        int remaining = 0; // attempts left right now
    };

    RateLimiter(int capacity, std::chrono::milliseconds refillInterval, Clock clock = {});

    // Spends one attempt of `key` if one is left.
    Decision acquire(const QString &key);
    // Spends one attempt of each key if every one of them has one left; otherwise spends
    // nothing, so a request one limit refuses costs the others nothing. A refusal reports
    // the longest wait among the keys that are empty.
    Decision acquireAll(const QStringList &keys);
    // The state of `key` without spending.
    Decision peek(const QString &key) const;
    // Forgets `key` (e.g. after a successful login).
    void reset(const QString &key);

    qsizetype trackedKeys() const;

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point updated;
    };

    std::chrono::steady_clock::time_point now() const;
    double refilled(const Bucket &bucket, std::chrono::steady_clock::time_point now) const;
    Decision decide(double tokens, bool spend) const;
    void forgetFullBuckets(std::chrono::steady_clock::time_point now);

    int m_capacity;
    std::chrono::milliseconds m_refillInterval;
    Clock m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    quint64 m_calls = 0;
};

} // namespace sphair::server
