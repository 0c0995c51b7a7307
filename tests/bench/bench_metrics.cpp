// The cost of the server measuring itself: the same requests with the metrics registry (and
// the database statement observer) on and off, in alternating rounds so that the shared
// machine's noise hits both alike. Prints each figure as a ratio to its baseline (off).
//
//   1. MetricsRegistry::recordRequest alone, in nanoseconds per call.
//   2. GET /healthz (200, a database statement) and GET /no/such/path (404, whose code is read
//      back from the body) over HTTPS against a real PlatformServer on SQLite, a TLS
//      connection per request: what a client sees.

#include "server/services/MetricsRegistry.h"
#include "tests/bench/BenchSupport.h"
#include "tests/support/PlatformFixture.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sphair;
using namespace sphair::server;
using sphair::bench::Clock;
using sphair::bench::millisecondsSince;
using sphair::bench::percentile;

namespace {

constexpr int kRounds = 9;
constexpr int kRecordings = 1000000;
constexpr int kRequestsPerRound = 150;

// Time of `work` with metrics on and off, round by round alternating; the median of the
// per-round ratios (on / off) and the median times.
struct Comparison
{
    double onMs = 0;
    double offMs = 0;
    double ratio = 0;
};

template<typename Switch, typename Work>
Comparison compare(Switch &&setMetrics, Work &&work)
{
    std::vector<double> on;
    std::vector<double> off;
    std::vector<double> ratios;
    work(); // warm up
    for (int round = 0; round < kRounds; ++round) {
        // Alternate which goes first, so neither always runs on a warmer cache.
        const bool onFirst = round % 2 == 0;
        double times[2] = {0, 0};
        for (int pass = 0; pass < 2; ++pass) {
            const bool metrics = (pass == 0) == onFirst;
            setMetrics(metrics);
            const auto start = Clock::now();
            work();
            times[metrics ? 0 : 1] = millisecondsSince(start);
        }
        on.push_back(times[0]);
        off.push_back(times[1]);
        ratios.push_back(times[0] / times[1]);
    }
    return {percentile(on, 0.5), percentile(off, 0.5), percentile(ratios, 0.5)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    // 1. The registry alone: what each answered request adds on its worker thread.
    MetricsRegistry registry;
    const QString get = QStringLiteral("GET");
    const QString route = QStringLiteral("/admin/companies/{id}");
    const auto start = Clock::now();
    for (int i = 0; i < kRecordings; ++i)
        registry.recordRequest(get, route, 200 + (i % 3) * 100,
                               std::chrono::microseconds(i % 9000));
    const double recordMs = millisecondsSince(start);
    std::printf("MetricsRegistry::recordRequest: %.0f ns each (%d calls)\n",
                recordMs * 1e6 / kRecordings, kRecordings);

    // 2. Whole requests against the real server.
    tests::PlatformFixture platform;
    auto started = platform.start(tests::PlatformFixture::Backend::Sqlite, 4);
    if (!started) {
        std::fprintf(stderr, "cannot start the platform: %s\n",
                     qPrintable(started.error().message));
        return 1;
    }
    PlatformServer &server = platform.server();
    MetricsRegistry *serverRegistry = &server.metrics().registry();
    // Switched between rounds only, while no request is in flight.
    const auto serverSwitch = [&](bool on) {
        server.http().setMetrics(on ? serverRegistry : nullptr);
        server.database().setStatementObserver(
            on ? StatementObserver([serverRegistry](std::chrono::nanoseconds duration) {
                serverRegistry->recordStatement(duration);
            })
               : StatementObserver());
    };
    const tests::ApiClient client = platform.client();
    int failures = 0;
    const Comparison https = compare(serverSwitch, [&] {
        for (int i = 0; i < kRequestsPerRound; ++i) {
            if (client.get(QStringLiteral("/healthz")).status != 200)
                ++failures;
        }
    });
    // An error answer: its code is read back from the body.
    const Comparison refused = compare(serverSwitch, [&] {
        for (int i = 0; i < kRequestsPerRound; ++i) {
            if (client.get(QStringLiteral("/no/such/path")).status != 404)
                ++failures;
        }
    });
    serverSwitch(true);
    platform.stop();
    if (failures > 0) {
        std::fprintf(stderr, "%d requests failed\n", failures);
        return 1;
    }
    std::printf("Over HTTPS, %d requests per round, median of %d rounds:\n", kRequestsPerRound,
                kRounds);
    std::printf("  GET /healthz (200): metrics on %.1f ms, off %.1f ms, ratio %.3f\n", https.onMs,
                https.offMs, https.ratio);
    std::printf("  GET /no/such/path (404): metrics on %.1f ms, off %.1f ms, ratio %.3f\n",
                refused.onMs, refused.offMs, refused.ratio);
    return 0;
}
