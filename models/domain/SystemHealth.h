#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sphair::models {

// The wire types of GET /admin/system/health: the server's own metrics (table
// server_metrics) over the last hour, day or week, for one instance or all together. Every
// field is required on input; latencies are milliseconds, estimated from the stored
// histogram buckets (0 when there were no requests).

// One step of the series: what was recorded from `start` for step_seconds.
struct HealthBucket
{
    QDateTime start; // UTC, minute-aligned
    qint64 requests = 0;
    qint64 errors = 0; // answers with a 5xx status
    qint64 clientErrors = 0; // client_errors: answers with a 4xx status
    double p50Ms = 0; // p50_ms
    double p95Ms = 0; // p95_ms
    double p99Ms = 0; // p99_ms
    qint64 dbStatements = 0; // db_statements
    double dbMeanMs = 0; // db_mean_ms: mean round trip of a statement

    static Result<HealthBucket> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const HealthBucket &other) const;
    bool operator!=(const HealthBucket &other) const { return !(*this == other); }
};

// One method and route pattern over the whole range.
struct RouteHealth
{
    QString method;
    QString route; // the pattern, e.g. "/admin/companies/{id}"
    qint64 requests = 0;
    qint64 errors = 0; // 5xx
    qint64 clientErrors = 0; // client_errors: 4xx
    double meanMs = 0; // mean_ms
    double p50Ms = 0; // p50_ms
    double p95Ms = 0; // p95_ms
    double p99Ms = 0; // p99_ms

    static Result<RouteHealth> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RouteHealth &other) const;
    bool operator!=(const RouteHealth &other) const { return !(*this == other); }
};

// How often an API error code was answered over the whole range.
struct ErrorCount
{
    QString code;
    qint64 count = 0;

    static Result<ErrorCount> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const ErrorCount &other) const;
    bool operator!=(const ErrorCount &other) const { return !(*this == other); }
};

// The whole range in figures.
struct HealthTotals
{
    qint64 requests = 0;
    qint64 errors = 0; // 5xx
    qint64 clientErrors = 0; // client_errors: 4xx
    double requestsPerMinute = 0; // requests_per_minute, over the whole range
    double errorRate = 0; // error_rate: errors / requests, 0 without requests
    double p50Ms = 0; // p50_ms
    double p95Ms = 0; // p95_ms
    double p99Ms = 0; // p99_ms
    double dbMeanMs = 0; // db_mean_ms

    static Result<HealthTotals> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const HealthTotals &other) const;
    bool operator!=(const HealthTotals &other) const { return !(*this == other); }
};

// The answer of GET /admin/system/health.
struct SystemHealth
{
    QString range; // "hour", "day" or "week"
    QDateTime from; // UTC, minute-aligned, included
    QDateTime to; // UTC, minute-aligned, excluded: the minute now running is not written yet
    int stepSeconds = 60; // step_seconds: 60 (hour), 300 (day), 3600 (week)
    QStringList instances; // the instances that reported in the range, sorted
    QString instanceId; // instance_id: the one asked for; empty (null on the wire): all
    QList<HealthBucket> series; // one per step from `from`, oldest first, zeros included
    QList<RouteHealth> routes; // slowest p95 first
    QList<ErrorCount> errors; // most frequent first
    HealthTotals totals;

    static QStringList rangeCodes(); // hour, day, week

    static Result<SystemHealth> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const SystemHealth &other) const;
    bool operator!=(const SystemHealth &other) const { return !(*this == other); }
};

} // namespace sphair::models
