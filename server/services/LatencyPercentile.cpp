#include "server/services/LatencyPercentile.h"

#include <algorithm>

namespace sphair::server {

double estimateLatencyMs(const MetricsStore::Buckets &buckets, double quantile)
{
    qint64 total = 0;
    for (const qint64 count : buckets)
        total += count;
    if (total <= 0)
        return 0;
    const double rank = std::clamp(quantile, 0.0, 1.0) * static_cast<double>(total);
    const auto &bounds = MetricsStore::kBucketBoundsMs;
    qint64 below = 0; // observations in the buckets before the current one
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        const qint64 count = buckets[i];
        if (count > 0 && static_cast<double>(below + count) >= rank) {
            const double lower = i == 0 ? 0.0 : bounds[i - 1];
            const double upper = bounds[i];
            const double within = std::max(0.0, rank - static_cast<double>(below));
            return lower + (upper - lower) * within / static_cast<double>(count);
        }
        below += count;
    }
    // In the +Inf bucket: nothing is known above the last bound.
    return bounds.back();
}

} // namespace sphair::server
