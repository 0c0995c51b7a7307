#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 9: the server's own metrics, one row per instance, minute and series, kept for 7
// days (MetricsStore). Platform data, not a company's: no row-level security; the operator
// role reads and writes it like every platform table.
// - kind 'request': method, route pattern and status class ("2xx" …), with the latency
//   histogram; 'error': an error code; 'database': every statement's round trip.
// - count is the number of observations in the minute, sum_us their total time in
//   microseconds, le_<ms> how many took at most that long and more than the bucket before
//   (not cumulative, so rows of several minutes and instances add up column by column).
const char *const kMetricsSchema = R"sql(
CREATE TABLE server_metrics (
    instance_id TEXT NOT NULL,
    minute TIMESTAMPTZ NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('request', 'error', 'database')),
    method TEXT NOT NULL DEFAULT '',
    route TEXT NOT NULL DEFAULT '',
    status_class TEXT NOT NULL DEFAULT '',
    error_code TEXT NOT NULL DEFAULT '',
    count BIGINT NOT NULL CHECK (count >= 0),
    sum_us BIGINT NOT NULL DEFAULT 0,
    le_5 BIGINT NOT NULL DEFAULT 0,
    le_10 BIGINT NOT NULL DEFAULT 0,
    le_25 BIGINT NOT NULL DEFAULT 0,
    le_50 BIGINT NOT NULL DEFAULT 0,
    le_100 BIGINT NOT NULL DEFAULT 0,
    le_200 BIGINT NOT NULL DEFAULT 0,
    le_500 BIGINT NOT NULL DEFAULT 0,
    le_1000 BIGINT NOT NULL DEFAULT 0,
    le_2500 BIGINT NOT NULL DEFAULT 0,
    le_5000 BIGINT NOT NULL DEFAULT 0,
    le_inf BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (instance_id, minute, kind, method, route, status_class, error_code)
);
CREATE INDEX server_metrics_minute ON server_metrics (minute);
)sql";

} // namespace

QString metricsMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kMetricsSchema), dialect);
}

} // namespace sphair::server
