#include "models/domain/SystemHealth.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <optional>

namespace sphair::models {

Result<HealthBucket> HealthBucket::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    HealthBucket bucket;
    bucket.start = in.time(u"start");
    bucket.requests = in.integer(u"requests", 0);
    bucket.errors = in.integer(u"errors", 0);
    bucket.clientErrors = in.integer(u"client_errors", 0);
    bucket.p50Ms = in.number(u"p50_ms", 0);
    bucket.p95Ms = in.number(u"p95_ms", 0);
    bucket.p99Ms = in.number(u"p99_ms", 0);
    bucket.dbStatements = in.integer(u"db_statements", 0);
    bucket.dbMeanMs = in.number(u"db_mean_ms", 0);
    if (!in.ok())
        return in.error();
    return bucket;
}

QJsonObject HealthBucket::toJson() const
{
    return WireWriter()
        .time(u"start", start)
        .integer(u"requests", requests)
        .integer(u"errors", errors)
        .integer(u"client_errors", clientErrors)
        .number(u"p50_ms", p50Ms)
        .number(u"p95_ms", p95Ms)
        .number(u"p99_ms", p99Ms)
        .integer(u"db_statements", dbStatements)
        .number(u"db_mean_ms", dbMeanMs)
        .object();
}

bool HealthBucket::operator==(const HealthBucket &other) const
{
    return start == other.start && requests == other.requests && errors == other.errors
        && clientErrors == other.clientErrors && p50Ms == other.p50Ms && p95Ms == other.p95Ms
        && p99Ms == other.p99Ms && dbStatements == other.dbStatements && dbMeanMs == other.dbMeanMs;
}

Result<RouteHealth> RouteHealth::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    RouteHealth route;
    route.method = in.string(u"method");
    route.route = in.string(u"route");
    route.requests = in.integer(u"requests", 0);
    route.errors = in.integer(u"errors", 0);
    route.clientErrors = in.integer(u"client_errors", 0);
    route.meanMs = in.number(u"mean_ms", 0);
    route.p50Ms = in.number(u"p50_ms", 0);
    route.p95Ms = in.number(u"p95_ms", 0);
    route.p99Ms = in.number(u"p99_ms", 0);
    if (!in.ok())
        return in.error();
    return route;
}

QJsonObject RouteHealth::toJson() const
{
    return WireWriter()
        .text(u"method", method)
        .text(u"route", route)
        .integer(u"requests", requests)
        .integer(u"errors", errors)
        .integer(u"client_errors", clientErrors)
        .number(u"mean_ms", meanMs)
        .number(u"p50_ms", p50Ms)
        .number(u"p95_ms", p95Ms)
        .number(u"p99_ms", p99Ms)
        .object();
}

bool RouteHealth::operator==(const RouteHealth &other) const
{
    return method == other.method && route == other.route && requests == other.requests
        && errors == other.errors && clientErrors == other.clientErrors && meanMs == other.meanMs
        && p50Ms == other.p50Ms && p95Ms == other.p95Ms && p99Ms == other.p99Ms;
}

Result<ErrorCount> ErrorCount::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    ErrorCount error;
    error.code = in.string(u"code");
    error.count = in.integer(u"count", 0);
    if (!in.ok())
        return in.error();
    return error;
}

QJsonObject ErrorCount::toJson() const
{
    return WireWriter().text(u"code", code).integer(u"count", count).object();
}

bool ErrorCount::operator==(const ErrorCount &other) const
{
    return code == other.code && count == other.count;
}

Result<HealthTotals> HealthTotals::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    HealthTotals totals;
    totals.requests = in.integer(u"requests", 0);
    totals.errors = in.integer(u"errors", 0);
    totals.clientErrors = in.integer(u"client_errors", 0);
    totals.requestsPerMinute = in.number(u"requests_per_minute", 0);
    totals.errorRate = in.number(u"error_rate", 0);
    totals.p50Ms = in.number(u"p50_ms", 0);
    totals.p95Ms = in.number(u"p95_ms", 0);
    totals.p99Ms = in.number(u"p99_ms", 0);
    totals.dbMeanMs = in.number(u"db_mean_ms", 0);
    if (!in.ok())
        return in.error();
    return totals;
}

QJsonObject HealthTotals::toJson() const
{
    return WireWriter()
        .integer(u"requests", requests)
        .integer(u"errors", errors)
        .integer(u"client_errors", clientErrors)
        .number(u"requests_per_minute", requestsPerMinute)
        .number(u"error_rate", errorRate)
        .number(u"p50_ms", p50Ms)
        .number(u"p95_ms", p95Ms)
        .number(u"p99_ms", p99Ms)
        .number(u"db_mean_ms", dbMeanMs)
        .object();
}

bool HealthTotals::operator==(const HealthTotals &other) const
{
    return requests == other.requests && errors == other.errors
        && clientErrors == other.clientErrors && requestsPerMinute == other.requestsPerMinute
        && errorRate == other.errorRate && p50Ms == other.p50Ms && p95Ms == other.p95Ms
        && p99Ms == other.p99Ms && dbMeanMs == other.dbMeanMs;
}

QStringList SystemHealth::rangeCodes()
{
    return {QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("week")};
}

Result<SystemHealth> SystemHealth::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    SystemHealth health;
    const QStringList codes = rangeCodes();
    health.range = in.code<QString>(
        u"range",
        [&codes](QStringView code) {
            return codes.contains(code) ? std::optional<QString>(code.toString()) : std::nullopt;
        },
        codes);
    health.from = in.time(u"from");
    health.to = in.time(u"to");
    health.stepSeconds = static_cast<int>(in.integer(u"step_seconds", 1, WireReader::kMaxInt));
    health.instances = in.strings(u"instances");
    health.instanceId = in.optionalString(u"instance_id");
    health.series = in.objects<HealthBucket>(u"series");
    health.routes = in.objects<RouteHealth>(u"routes");
    health.errors = in.objects<ErrorCount>(u"errors");
    health.totals = in.nested<HealthTotals>(u"totals");
    if (!in.ok())
        return in.error();
    return health;
}

QJsonObject SystemHealth::toJson() const
{
    return WireWriter()
        .text(u"range", range)
        .time(u"from", from)
        .time(u"to", to)
        .integer(u"step_seconds", stepSeconds)
        .strings(u"instances", instances)
        .optionalText(u"instance_id", instanceId)
        .objects(u"series", series)
        .objects(u"routes", routes)
        .objects(u"errors", errors)
        .nested(u"totals", totals)
        .object();
}

bool SystemHealth::operator==(const SystemHealth &other) const
{
    return range == other.range && from == other.from && to == other.to
        && stepSeconds == other.stepSeconds && instances == other.instances
        && instanceId == other.instanceId && series == other.series && routes == other.routes
        && errors == other.errors && totals == other.totals;
}

} // namespace sphair::models
