#pragma once

#include "models/domain/Result.h"
#include "models/domain/SystemHealth.h"
#include "server/services/MetricsRegistry.h"
#include "server/services/ServiceContext.h"

#include <QByteArray>
#include <QString>

namespace sphair::server {

// The server's metrics as the metrics route serves them: the registry every request and
// statement is counted in, the instance it is labelled with, and the bearer token a scraper
// must present (none configured: the route does not exist).
class MetricsService
{
public:
    MetricsService(const ServiceContext &context, QString instanceId, const QByteArray &token);

    MetricsRegistry &registry() { return m_registry; }
    const MetricsRegistry &registry() const { return m_registry; }
    const QString &instanceId() const { return m_instanceId; }

    // Whether a token is configured; without one the metrics are not served at all.
    bool isExposed() const { return !m_tokenHash.isEmpty(); }
    // Whether `presented` is the configured token, compared in constant time (of hashes, so
    // the length does not show either). Always false when none is configured.
    bool acceptsToken(const QByteArray &presented) const;

    // Everything counted, with the pool's use and the counts the database holds now, in the
    // Prometheus text format (PrometheusFormat::kContentType).
    models::Result<QByteArray> exposition() const;

    // The platform's health from the per-minute history (server_metrics) over `range`
    // ("hour", "day" or "week", models::SystemHealth::rangeCodes()) up to the minute now
    // running by the context's clock: of the instance `instanceId`, or of all together when
    // it is empty. invalid_field for an unknown range, and for an instance that is neither
    // this server nor one with rows kept.
    models::Result<models::SystemHealth> health(const QString &range,
                                                const QString &instanceId) const;

    // "<host name>-<process id>": stable for the life of the process.
    static QString defaultInstanceId();

private:
    const ServiceContext &m_context;
    QString m_instanceId;
    QByteArray m_tokenHash;
    MetricsRegistry m_registry;
};

} // namespace sphair::server
