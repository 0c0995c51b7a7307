#include "server/store/MetricsStore.h"

#include <QStringList>

namespace sphair::server {

namespace {

QStringList bucketColumns()
{
    QStringList columns;
    for (const int bound : MetricsStore::kBucketBoundsMs)
        columns.append(QStringLiteral("le_%1").arg(bound));
    columns.append(QStringLiteral("le_inf"));
    return columns;
}

// The sums of a group of rows, named as readSum() reads them.
QString sumColumns()
{
    QStringList columns {
        QStringLiteral("CAST(SUM(count) AS BIGINT) AS count"),
        QStringLiteral("CAST(SUM(sum_us) AS BIGINT) AS sum_us"),
        QStringLiteral("CAST(SUM(CASE WHEN status_class = '4xx' THEN count ELSE 0 END) AS BIGINT) "
                       "AS client_errors"),
        QStringLiteral("CAST(SUM(CASE WHEN status_class = '5xx' THEN count ELSE 0 END) AS BIGINT) "
                       "AS server_errors")};
    for (const QString &bucket : bucketColumns())
        columns.append(QStringLiteral("CAST(SUM(%1) AS BIGINT) AS %1").arg(bucket));
    return columns.join(QStringLiteral(", "));
}

MetricsStore::Sum readSum(const SqlRow &row)
{
    static const QStringList buckets = bucketColumns();
    MetricsStore::Sum sum;
    sum.count = row.int64(u"count");
    sum.sumMicros = row.int64(u"sum_us");
    sum.clientErrors = row.int64(u"client_errors");
    sum.serverErrors = row.int64(u"server_errors");
    for (std::size_t i = 0; i < MetricsStore::kBucketCount; ++i)
        sum.buckets[i] = row.int64(buckets[static_cast<qsizetype>(i)]);
    return sum;
}

// The rows of the window: minutes in [$1, $2) of instance $3 (every instance when empty).
const char *const kInWindow = "minute >= $1 AND minute < $2 AND (instance_id = $3 OR $3 = '')";

SqlParams windowParams(const MetricsStore::Window &window)
{
    return {window.from, window.to, window.instanceId};
}

} // namespace

models::Status MetricsStore::add(SqlSession &session, const QList<Row> &rows)
{
    static const QString statement = [] {
        const QStringList buckets = bucketColumns();
        QStringList placeholders;
        QStringList updates {QStringLiteral("count = server_metrics.count + excluded.count"),
                             QStringLiteral("sum_us = server_metrics.sum_us + excluded.sum_us")};
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            placeholders.append(QStringLiteral("$%1").arg(i + 10));
            updates.append(QStringLiteral("%1 = server_metrics.%1 + excluded.%1").arg(buckets[i]));
        }
        return QStringLiteral("INSERT INTO server_metrics (instance_id, minute, kind, method, "
                              "route, status_class, error_code, count, sum_us, %1) "
                              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, %2) "
                              "ON CONFLICT (instance_id, minute, kind, method, route, "
                              "status_class, error_code) DO UPDATE SET %3")
            .arg(buckets.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", ")));
    }();
    for (const Row &row : rows) {
        SqlParams params {row.instanceId,  row.minute,    row.kind,  row.method,   row.route,
                          row.statusClass, row.errorCode, row.count, row.sumMicros};
        for (const qint64 bucket : row.buckets)
            params.append(bucket);
        if (auto done = session.perform(statement, params); !done)
            return done;
    }
    return models::Status::success();
}

models::Status MetricsStore::pruneBefore(SqlSession &session, const QDateTime &cutoff)
{
    return session.perform(QStringLiteral("DELETE FROM server_metrics WHERE minute < $1"),
                           {cutoff});
}

models::Result<QList<MetricsStore::Row>> MetricsStore::since(SqlSession &session,
                                                             const QDateTime &since)
{
    const QStringList buckets = bucketColumns();
    auto result = session.exec(
        QStringLiteral("SELECT instance_id, minute, kind, method, route, status_class, "
                       "error_code, count, sum_us, %1 FROM server_metrics WHERE minute >= $1 "
                       "ORDER BY minute, instance_id, kind, method, route, status_class, "
                       "error_code")
            .arg(buckets.join(QStringLiteral(", "))),
        {since});
    if (!result)
        return result.error();
    QList<Row> rows;
    rows.reserve(result->size());
    for (const SqlRow &sqlRow : result.value()) {
        Row row;
        row.instanceId = sqlRow.text(u"instance_id");
        row.minute = sqlRow.dateTime(u"minute");
        row.kind = sqlRow.text(u"kind");
        row.method = sqlRow.text(u"method");
        row.route = sqlRow.text(u"route");
        row.statusClass = sqlRow.text(u"status_class");
        row.errorCode = sqlRow.text(u"error_code");
        row.count = sqlRow.int64(u"count");
        row.sumMicros = sqlRow.int64(u"sum_us");
        for (std::size_t i = 0; i < kBucketCount; ++i)
            row.buckets[i] = sqlRow.int64(buckets[static_cast<qsizetype>(i)]);
        rows.append(row);
    }
    return rows;
}

models::Result<MetricsStore::Gauges> MetricsStore::gauges(SqlSession &session, const QDateTime &now)
{
    auto row = session.queryOne(
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM admin_sessions WHERE NOT revoked AND expires_at > $1) "
            "AS admin_sessions, (SELECT COUNT(*) FROM tenant_tokens WHERE NOT revoked AND "
            "(expires_at IS NULL OR expires_at > $1)) AS tenant_tokens, (SELECT enabled FROM "
            "maintenance_state WHERE id = 1) AS maintenance"),
        {now});
    if (!row)
        return row.error();
    Gauges gauges;
    gauges.adminSessions = row->int64(u"admin_sessions");
    gauges.tenantTokens = row->int64(u"tenant_tokens");
    gauges.maintenance = row->boolean(u"maintenance");
    return gauges;
}

models::Result<QList<MetricsStore::StepSum>>
MetricsStore::sumsBySteps(SqlSession &session, const Window &window, qint64 stepSeconds)
{
    // Minutes are whole seconds and never before `from`, so integer division is the step.
    const QString step = QStringLiteral("(%1 - $4) / $5")
                             .arg(session.dialect().epochSeconds(QStringLiteral("minute")));
    SqlParams params = windowParams(window);
    params.append(window.from.toSecsSinceEpoch());
    params.append(stepSeconds);
    auto result = session.exec(QStringLiteral("SELECT %1 AS step, kind, %2 FROM server_metrics "
                                              "WHERE kind IN ('request', 'database') AND %3 "
                                              "GROUP BY %1, kind ORDER BY step, kind")
                                   .arg(step, sumColumns(), QLatin1String(kInWindow)),
                               params);
    if (!result)
        return result.error();
    QList<StepSum> steps;
    for (const SqlRow &row : result.value()) {
        const qint64 index = row.int64(u"step");
        if (steps.isEmpty() || steps.last().step != index) {
            steps.append(StepSum {});
            steps.last().step = index;
        }
        const bool isDatabase = row.text(u"kind") == QLatin1String("database");
        (isDatabase ? steps.last().database : steps.last().requests) = readSum(row);
    }
    return steps;
}

models::Result<QList<MetricsStore::RouteSum>> MetricsStore::sumsByRoute(SqlSession &session,
                                                                        const Window &window)
{
    auto result = session.exec(QStringLiteral("SELECT method, route, %1 FROM server_metrics "
                                              "WHERE kind = 'request' AND %2 "
                                              "GROUP BY method, route ORDER BY method, route")
                                   .arg(sumColumns(), QLatin1String(kInWindow)),
                               windowParams(window));
    if (!result)
        return result.error();
    QList<RouteSum> routes;
    routes.reserve(result->size());
    for (const SqlRow &row : result.value())
        routes.append(RouteSum {row.text(u"method"), row.text(u"route"), readSum(row)});
    return routes;
}

models::Result<QList<MetricsStore::CodeCount>> MetricsStore::errorCounts(SqlSession &session,
                                                                         const Window &window)
{
    auto result = session.exec(QStringLiteral("SELECT error_code, CAST(SUM(count) AS BIGINT) AS "
                                              "count FROM server_metrics WHERE kind = 'error' "
                                              "AND %1 GROUP BY error_code "
                                              "ORDER BY count DESC, error_code")
                                   .arg(QLatin1String(kInWindow)),
                               windowParams(window));
    if (!result)
        return result.error();
    QList<CodeCount> counts;
    counts.reserve(result->size());
    for (const SqlRow &row : result.value())
        counts.append(CodeCount {row.text(u"error_code"), row.int64(u"count")});
    return counts;
}

models::Result<QStringList> MetricsStore::instances(SqlSession &session, const QDateTime &from,
                                                    const QDateTime &to)
{
    auto result = session.exec(QStringLiteral("SELECT DISTINCT instance_id FROM server_metrics "
                                              "WHERE minute >= $1 AND minute < $2 "
                                              "ORDER BY instance_id"),
                               {from, to});
    if (!result)
        return result.error();
    QStringList instances;
    for (const SqlRow &row : result.value())
        instances.append(row.text(u"instance_id"));
    return instances;
}

models::Result<bool> MetricsStore::hasInstance(SqlSession &session, const QString &instanceId)
{
    auto row = session.queryOne(QStringLiteral("SELECT EXISTS (SELECT 1 FROM server_metrics "
                                               "WHERE instance_id = $1) AS found"),
                                {instanceId});
    if (!row)
        return row.error();
    return row->boolean(u"found");
}

} // namespace sphair::server
