#pragma once

#include <QString>

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

// Typing into a list's search field: the times of each keystroke through a proxy, and of a
// plain loop over the same lower-cased search keys (the baseline) finding the same rows.
struct Keystrokes
{
    std::vector<double> proxy;
    std::vector<double> loop;
    std::vector<double> ratios; // proxy / loop, keystroke by keystroke
    std::vector<std::vector<double>> proxyByLength; // by the length of the text typed so far
    int proxyRows = 0; // rows shown after the last keystroke
    size_t loopRows = 0;
};

// Types `query` one character at a time, `rounds` times (the first round warms the caches and
// is not counted), clearing the field after each round. `Proxy` has setSearchText() and
// rowCount().
template<typename Proxy>
Keystrokes typeIntoSearch(Proxy &proxy, const std::vector<QString> &keys, const QString &query,
                          int rounds)
{
    Keystrokes result;
    result.proxyByLength.resize(static_cast<size_t>(query.size()));
    std::vector<size_t> matches;
    matches.reserve(keys.size());
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const QString typed = query.left(length);
            auto start = Clock::now();
            proxy.setSearchText(typed);
            result.proxyRows = proxy.rowCount();
            const double proxyMs = millisecondsSince(start);

            start = Clock::now();
            const QString needle = typed.toLower();
            matches.clear();
            for (size_t row = 0; row < keys.size(); ++row) {
                if (keys[row].contains(needle))
                    matches.push_back(row);
            }
            result.loopRows = matches.size();
            const double loopMs = millisecondsSince(start);
            if (round > 0) {
                result.proxy.push_back(proxyMs);
                result.proxyByLength[static_cast<size_t>(length - 1)].push_back(proxyMs);
                result.loop.push_back(loopMs);
                result.ratios.push_back(proxyMs / loopMs);
            }
        }
        proxy.setSearchText({});
    }
    return result;
}

} // namespace sphair::bench
