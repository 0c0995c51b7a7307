#include "server/services/PrometheusFormat.h"

#include <QStringList>

namespace sphair::server {

namespace {

using Labels = QList<QPair<QString, QString>>;

QString labelText(const Labels &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels)
        parts.append(name + QLatin1String("=\"") + PrometheusFormat::escapeLabelValue(value)
                     + QLatin1Char('"'));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

void family(QString &out, const char *name, const char *type, const char *help)
{
    out += QLatin1String("# HELP ") + QLatin1String(name) + QLatin1Char(' ') + QLatin1String(help)
        + QLatin1Char('\n');
    out += QLatin1String("# TYPE ") + QLatin1String(name) + QLatin1Char(' ') + QLatin1String(type)
        + QLatin1Char('\n');
}

void sample(QString &out, const QString &name, const Labels &labels, const QString &value)
{
    out += name + labelText(labels) + QLatin1Char(' ') + value + QLatin1Char('\n');
}

QString seconds(qint64 micros)
{
    return QString::number(static_cast<double>(micros) / 1e6, 'g', 15);
}

void histogram(QString &out, const char *name, const Labels &labels,
               const MetricsRegistry::Histogram &counted)
{
    const QString base = QLatin1String(name);
    qint64 cumulative = 0;
    for (std::size_t i = 0; i < MetricsStore::kBucketCount; ++i) {
        cumulative += counted.buckets[i];
        Labels withLe = labels;
        withLe.append({QStringLiteral("le"),
                       i < MetricsStore::kBucketBoundsMs.size()
                           ? QString::number(MetricsStore::kBucketBoundsMs[i] / 1000.0, 'g', 15)
                           : QStringLiteral("+Inf")});
        sample(out, base + QLatin1String("_bucket"), withLe, QString::number(cumulative));
    }
    sample(out, base + QLatin1String("_sum"), labels, seconds(counted.sumMicros));
    sample(out, base + QLatin1String("_count"), labels, QString::number(cumulative));
}

} // namespace

QString PrometheusFormat::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray PrometheusFormat::render(const Input &input)
{
    const Labels instance {{QStringLiteral("instance_id"), input.instanceId}};
    QString out;

    family(out, "sphair_http_requests_total", "counter",
           "HTTP requests answered, by method, route pattern and status class.");
    for (const auto &[key, counted] : input.counted.requests) {
        sample(out, QStringLiteral("sphair_http_requests_total"),
               instance
                   + Labels {{QStringLiteral("method"), key.method},
                             {QStringLiteral("route"), key.route},
                             {QStringLiteral("status_class"), key.statusClass}},
               QString::number(counted.count()));
    }
    family(
        out, "sphair_http_request_duration_seconds", "histogram",
        "Time from reading a request's headers to its answer, by method, route pattern and status "
        "class.");
    for (const auto &[key, counted] : input.counted.requests) {
        histogram(out, "sphair_http_request_duration_seconds",
                  instance
                      + Labels {{QStringLiteral("method"), key.method},
                                {QStringLiteral("route"), key.route},
                                {QStringLiteral("status_class"), key.statusClass}},
                  counted);
    }
    family(out, "sphair_api_errors_total", "counter", "API error answers, by error code.");
    for (const auto &[code, count] : input.counted.errors) {
        sample(out, QStringLiteral("sphair_api_errors_total"),
               instance + Labels {{QStringLiteral("code"), code}}, QString::number(count));
    }
    family(out, "sphair_db_statement_duration_seconds", "histogram",
           "Round trip of each database statement run in a transaction.");
    histogram(out, "sphair_db_statement_duration_seconds", instance, input.counted.database);

    const struct
    {
        const char *name;
        const char *help;
        qint64 value;
    } gauges[] = {
        {"sphair_db_pool_connections_in_use", "Database connections lent out now.",
         input.pool.inUse},
        {"sphair_db_pool_connections_max", "Database connections the pools may open.",
         input.pool.size},
        {"sphair_admin_sessions_active", "Admin sessions neither revoked nor expired.",
         input.gauges.adminSessions},
        {"sphair_tenant_tokens_active", "Tenant API tokens neither revoked nor expired.",
         input.gauges.tenantTokens},
        {"sphair_maintenance_enabled", "1 while maintenance mode is on.",
         input.gauges.maintenance ? 1 : 0},
    };
    for (const auto &gauge : gauges) {
        family(out, gauge.name, "gauge", gauge.help);
        sample(out, QLatin1String(gauge.name), instance, QString::number(gauge.value));
    }
    return out.toUtf8();
}

} // namespace sphair::server
