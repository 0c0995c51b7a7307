#pragma once

#include "server/store/MetricsStore.h"

namespace sphair::server {

// Estimates a latency quantile in milliseconds from the histogram buckets the server keeps
// (MetricsStore::Buckets: counts per bucket, not cumulative, upper bounds kBucketBoundsMs and
// then +Inf), the way Prometheus' histogram_quantile does: find the bucket the quantile's
// rank falls in and interpolate linearly between its lower and upper bound (the first bucket
// starts at 0). A rank in the +Inf bucket reports the last finite bound, 5000 ms. 0 when the
// buckets hold nothing. `quantile` is in [0, 1], e.g. 0.95.
double estimateLatencyMs(const MetricsStore::Buckets &buckets, double quantile);

} // namespace sphair::server
