#pragma once

#include "server/store/MetricsStore.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <shared_mutex>
#include <tuple>

namespace sphair::server {

// What the server counts about itself while it runs: requests by method, route pattern and
// status class with their latency, API errors by code, and every database statement's time.
// Thread-safe and cheap on the hot path: a series is found under a shared lock (created once
// under an exclusive one) and counted with relaxed atomics. Labels are route patterns and
// codes, never a raw path, an id or tenant data.
class MetricsRegistry
{
public:
    using Buckets = MetricsStore::Buckets;

    // One histogram as read at one moment; count is the sum of the buckets (not cumulative).
    struct Histogram
    {
        qint64 sumMicros = 0;
        Buckets buckets {};

        qint64 count() const;
        Histogram operator-(const Histogram &earlier) const;
    };

    struct RequestKey
    {
        QString method;
        QString route;
        QString statusClass;

        bool operator<(const RequestKey &other) const
        {
            return std::tie(method, route, statusClass)
                < std::tie(other.method, other.route, other.statusClass);
        }
    };

    // Everything counted since the server started.
    struct Snapshot
    {
        std::map<RequestKey, Histogram> requests;
        std::map<QString, qint64> errors;
        Histogram database;
    };

    // The route of a request that matched no pattern.
    static const QString kUnmatchedRoute;

    MetricsRegistry();
    ~MetricsRegistry();
    MetricsRegistry(const MetricsRegistry &) = delete;
    MetricsRegistry &operator=(const MetricsRegistry &) = delete;

    // `route` is the matched pattern ("/admin/companies/{id}"), or kUnmatchedRoute.
    void recordRequest(const QString &method, const QString &route, int status,
                       std::chrono::nanoseconds duration);
    void recordError(const QString &code);
    void recordStatement(std::chrono::nanoseconds duration);

    Snapshot snapshot() const;

    // "2xx" … "5xx"; "other" outside 100–599.
    static QString statusClass(int status);
    // The bucket a duration falls in: the first whose bound it does not exceed (a bound is
    // inclusive, as Prometheus' le), else the last (+Inf).
    static std::size_t bucketOf(std::chrono::nanoseconds duration);

private:
    struct Series;
    template<typename Key>
    Series &series(std::map<Key, std::unique_ptr<Series>> &map, const Key &key);

    mutable std::shared_mutex m_lock;
    std::map<RequestKey, std::unique_ptr<Series>> m_requests;
    std::map<QString, std::unique_ptr<Series>> m_errors;
    std::unique_ptr<Series> m_database;
};

} // namespace sphair::server
