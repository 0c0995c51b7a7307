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

} // namespace sphair::server
