#pragma once

#include "server/services/MetricsRegistry.h"
#include "server/store/Database.h"
#include "server/store/MetricsStore.h"

#include <QByteArray>
#include <QString>

namespace sphair::server {

// The Prometheus text exposition format (version 0.0.4) of the server's metrics: # HELP and
// # TYPE per family, histograms as cumulative _bucket{le=…}, _sum and _count in seconds,
// every sample labelled with the instance.
class PrometheusFormat
{
public:
    static constexpr const char *kContentType = "text/plain; version=0.0.4; charset=utf-8";

    struct Input
    {
        QString instanceId;
        MetricsRegistry::Snapshot counted;
        MetricsStore::Gauges gauges;
        Database::PoolUse pool;
    };

    static QByteArray render(const Input &input);
    // A label value with backslash, double quote and line feed escaped.
    static QString escapeLabelValue(const QString &value);
};

} // namespace sphair::server
