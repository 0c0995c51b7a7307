#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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

    // The rows of the minutes in [from, to) of one instance, or of all when instanceId is
    // empty: what the health route adds up (in SQL, so a week reads a few hundred rows).
    struct Window
    {
        QDateTime from;
        QDateTime to;
        QString instanceId;
    };

    // What a group of rows adds up to, column by column.
    struct Sum
    {
        qint64 count = 0;
        qint64 sumMicros = 0;
        Buckets buckets {};
        qint64 clientErrors = 0; // of count: request rows with status class 4xx
        qint64 serverErrors = 0; // of count: request rows with status class 5xx
    };

    // The request and database rows of one step: the minutes from `from` + step × stepSeconds.
    struct StepSum
    {
        qint64 step = 0;
        Sum requests;
        Sum database;
    };

    struct RouteSum
    {
        QString method;
        QString route;
        Sum requests;
    };

    struct CodeCount
    {
        QString code;
        qint64 count = 0;
    };

    // The steps (of stepSeconds, a multiple of 60) that have rows, in order.
    static models::Result<QList<StepSum>> sumsBySteps(SqlSession &session, const Window &window,
                                                      qint64 stepSeconds);
    // Every method and route with requests, by method and route.
    static models::Result<QList<RouteSum>> sumsByRoute(SqlSession &session, const Window &window);
    // Every error code with its count, most frequent first, then by code.
    static models::Result<QList<CodeCount>> errorCounts(SqlSession &session, const Window &window);
    // The instances with rows in [from, to), sorted.
    static models::Result<QStringList> instances(SqlSession &session, const QDateTime &from,
                                                 const QDateTime &to);
    // Whether any row kept (7 days) is this instance's.
    static models::Result<bool> hasInstance(SqlSession &session, const QString &instanceId);
};

} // namespace sphair::server
