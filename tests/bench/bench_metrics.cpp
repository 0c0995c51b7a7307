// The cost of the server measuring itself: the same requests with the metrics registry (and
// the database statement observer) on and off, in alternating rounds so that the shared
// machine's noise hits both alike. Prints each figure as a ratio to its baseline (off).
//
//   1. Router::dispatch of a matched route (200) and of an error answer (404 not_found,
//      whose code is read back from the body), in process: the metrics path alone.
//   2. GET /healthz over HTTPS against a real PlatformServer on SQLite (a TLS connection per
//      request, a database statement per request): what a client sees.

#include "server/http/ApiError.h"
#include "server/http/Router.h"
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
constexpr int kDispatchesPerRound = 50000;
constexpr int kRequestsPerRound = 150;

Request requestFor(const QString &path)
{
    Request request;
    request.method = QByteArrayLiteral("GET");
    request.path = path;
    request.requestId = QByteArrayLiteral("bench");
    return request;
}

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

    // 1. The router alone.
    MetricsRegistry registry;
    Router router;
    router.get(QStringLiteral("/admin/companies/{id}"), [](const Request &request) {
        return Response::json({{QStringLiteral("id"), request.pathParam(QStringLiteral("id"))}});
    });
    router.get(QStringLiteral("/admin/missing/{id}"), [](const Request &) {
        return ApiError::notFound(QStringLiteral("No such thing.")).toResponse();
    });
    const auto routerSwitch = [&](bool on) {
        router.setMetrics(on ? &registry : nullptr);
    };
    const Request matched =
        requestFor(QStringLiteral("/admin/companies/0b6a1e7e-3c55-4c1b-9d2a-1f7d2a1c9e01"));
    const Request missing =
        requestFor(QStringLiteral("/admin/missing/0b6a1e7e-3c55-4c1b-9d2a-1f7d2a1c9e01"));
    const Comparison ok = compare(routerSwitch, [&] {
        for (int i = 0; i < kDispatchesPerRound; ++i)
            router.dispatch(matched);
    });
    const Comparison error = compare(routerSwitch, [&] {
        for (int i = 0; i < kDispatchesPerRound; ++i)
            router.dispatch(missing);
    });
    std::printf("Router::dispatch, %d per round, median of %d rounds:\n", kDispatchesPerRound,
                kRounds);
    std::printf("  200 answer: metrics on %.1f ms, off %.1f ms, ratio %.3f (%.2f us more each)\n",
                ok.onMs, ok.offMs, ok.ratio, (ok.onMs - ok.offMs) * 1000 / kDispatchesPerRound);
    std::printf("  404 answer: metrics on %.1f ms, off %.1f ms, ratio %.3f (%.2f us more each)\n",
                error.onMs, error.offMs, error.ratio,
                (error.onMs - error.offMs) * 1000 / kDispatchesPerRound);

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
        server.http().router().setMetrics(on ? serverRegistry : nullptr);
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
    serverSwitch(true);
    platform.stop();
    if (failures > 0) {
        std::fprintf(stderr, "%d requests failed\n", failures);
        return 1;
    }
    std::printf("GET /healthz over HTTPS, %d per round, median of %d rounds:\n", kRequestsPerRound,
                kRounds);
    std::printf("  metrics on %.1f ms, off %.1f ms, ratio %.3f\n", https.onMs, https.offMs,
                https.ratio);
    return 0;
}
