#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

// What the item-model benchmarks share: a steady clock in milliseconds and percentiles.
namespace sphair::bench {

using Clock = std::chrono::steady_clock;

inline double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

inline double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto at = static_cast<size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values[at];
}

} // namespace sphair::bench
