#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace sphair::server {

// The server's own metrics by minute and instance (table server_metrics, kept 7 days), and
// the few counts the metrics route reports from the database, read in the caller's
// transaction.
class MetricsStore
{
public:
    // The upper bounds of the latency histogram's finite buckets in milliseconds; one more
    // bucket (+Inf) follows.
    static constexpr std::array<int, 10> kBucketBoundsMs {5,   10,  25,   50,   100,
                                                          200, 500, 1000, 2500, 5000};
    static constexpr std::size_t kBucketCount = kBucketBoundsMs.size() + 1;
    using Buckets = std::array<qint64, kBucketCount>;

    // One series' counts of one minute. kind is "request" (method, route, statusClass set),
    // "error" (errorCode set) or "database"; buckets are not cumulative.
    struct Row
    {
        QString instanceId;
        QDateTime minute;
        QString kind;
        QString method;
        QString route;
        QString statusClass;
        QString errorCode;
        qint64 count = 0;
        qint64 sumMicros = 0;
        Buckets buckets {};
    };

    // What the metrics route reports from the database at the time `now`.
    struct Gauges
    {
        qint64 adminSessions = 0; // neither revoked nor expired
        qint64 tenantTokens = 0; // neither revoked nor expired
        bool maintenance = false;
    };

    // Adds the rows (their instanceId and minute set); a row already written for the same
    // instance, minute and series is added to.
    static models::Status add(SqlSession &session, const QList<Row> &rows);
    // Deletes the rows of minutes before `cutoff`.
    static models::Status pruneBefore(SqlSession &session, const QDateTime &cutoff);
    // Every row from `since` on, oldest first, then by instance and series.
    static models::Result<QList<Row>> since(SqlSession &session, const QDateTime &since);

    static models::Result<Gauges> gauges(SqlSession &session, const QDateTime &now);
};

} // namespace sphair::server
