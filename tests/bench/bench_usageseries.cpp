// The usage chart series over a large synthetic population: the sandbox with
// SPHAIR_BENCH_POPULATION synthetic companies (default 10,000; e.g. 100,000) on SQLite, or on
// PostgreSQL with SPHAIR_TEST_BACKEND=postgres (inside pg_virtualenv). Each synthetic company
// gets feature rows for its stored usage days (inventory, calendar, and api_access where it
// has API calls), written by one INSERT … SELECT here, since the sandbox's synthetic companies
// have none.
//
// Prints the median time per request over HTTPS (a TLS connection per request, as the console
// makes them) and its ratio to GET /healthz and GET /admin/stats/overview measured in the same
// rounds (the machines are shared and noisy), for:
//   GET /admin/stats/usage (platform, 365 days)       — reads usage_platform_daily
//   GET /admin/stats/usage?company_id= (365 days)     — one company's usage_daily
//   GET /admin/stats/growth (365 days)                 — reads usage_platform_daily
//   GET /admin/stats/feature-adoption (365 days)       — feature_platform_daily + enabled state
// and the time of StatsService::rollUp for the two days the server refreshes every hour (and
// of its write transaction alone, the time other writers may wait) and for the whole year.

#include "models/domain/WireTime.h"
#include "server/Sandbox.h"
#include "server/services/StatsService.h"
#include "server/store/Database.h"
#include "server/store/StatsStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/support/PlatformFixture.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>
#include <string>

using namespace sphair;
using sphair::bench::Clock;
using sphair::bench::millisecondsSince;
using sphair::bench::percentile;

namespace {

constexpr int kRounds = 7;
constexpr int kRequestsPerRound = 5;

int population()
{
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("SPHAIR_BENCH_POPULATION", &ok);
    return ok && wanted > 0 ? wanted : 10000;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int companies = population();
    tests::PlatformFixture platform;
    if (auto started = platform.start(tests::PlatformFixture::backendFromEnvironment(), 4);
        !started) {
        std::fprintf(stderr, "cannot start the platform: %s\n",
                     qPrintable(started.error().message));
        return 1;
    }
    server::PlatformServer &server = platform.server();

    auto start = Clock::now();
    if (auto seeded = server::Sandbox::seedDemoData(server, server::Sandbox::Files {}, companies);
        !seeded) {
        std::fprintf(stderr, "cannot seed: %s\n", qPrintable(seeded.error().message));
        return 1;
    }
    const double seedMs = millisecondsSince(start);
    start = Clock::now();
    if (auto features = platform.sql(QStringLiteral(
            "INSERT INTO feature_usage_daily (company_id, day, feature_code, uses) "
            "SELECT d.company_id, d.day, f.code, d.active_users * 3 FROM usage_daily d JOIN "
            "companies c ON c.id = d.company_id JOIN feature_catalog f ON f.code IN "
            "('inventory', 'calendar', 'api_access') WHERE c.code LIKE 'SCALE-%' AND "
            "d.active_users > 0 AND (f.code <> 'api_access' OR d.api_calls > 0)"));
        !features) {
        std::fprintf(stderr, "cannot add feature rows: %s\n", qPrintable(features.error().message));
        return 1;
    }
    const double featureMs = millisecondsSince(start);
    std::printf("%s, %d synthetic companies (+65 sandbox): seeded in %.1f s, feature rows in "
                "%.1f s\n",
                qPrintable(tests::PlatformFixture::backendName()), companies, seedMs / 1000,
                featureMs / 1000);

    const server::StatsService stats(server.context());
    const QDate today = stats.today();
    std::vector<double> recent;
    std::vector<double> year;
    std::vector<double> recentWrite;
    for (int round = 0; round < 3; ++round) {
        start = Clock::now();
        if (auto done = stats.rollUp(today.addDays(-1), today); !done)
            return 1;
        recent.push_back(millisecondsSince(start));
        start = Clock::now();
        if (auto done = stats.rollUp(today.addDays(-364), today); !done)
            return 1;
        year.push_back(millisecondsSince(start));
        // The part of the hourly run that holds the write lock: the store, after the reads.
        server::Database &db = *server.context().db;
        auto computed = db.fetch<server::StatsStore::RollUp>(
            server::TxScope::forOperator(server::TxScope::Access::ReadOnly),
            [&](server::SqlSession &session) {
                return server::StatsStore::computeRollUp(session, today.addDays(-1), today);
            });
        if (!computed)
            return 1;
        start = Clock::now();
        if (auto stored = db.transaction(server::TxScope::forOperator(),
                                         [&](server::SqlSession &session) {
                                             return server::StatsStore::storeRollUp(
                                                 session, computed.value());
                                         });
            !stored)
            return 1;
        recentWrite.push_back(millisecondsSince(start));
    }
    std::printf("StatsService::rollUp: yesterday and today %.1f ms, of which the write "
                "transaction %.1f ms; 365 days %.1f ms (median of 3)\n",
                percentile(recent, 0.5), percentile(recentWrite, 0.5), percentile(year, 0.5));

    const QString from = models::WireTime::dateToString(today.addDays(-364));
    const QString to = models::WireTime::dateToString(today);
    const QString range = QStringLiteral("from=%1&to=%2").arg(from, to);
    // A synthetic company from the middle of the population.
    const tests::ApiReply found =
        platform.admin().get(QStringLiteral("/admin/stats/companies?q=SCALE-%1&limit=1")
                                 .arg(companies / 2, 6, 10, QLatin1Char('0')));
    const QString companyId = found.json()
                                  .value(QStringLiteral("items"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("company_id"))
                                  .toString();
    const std::vector<std::pair<std::string, QString>> paths {
        {"GET /healthz (baseline)", QStringLiteral("/healthz")},
        {"GET /admin/stats/overview", QStringLiteral("/admin/stats/overview")},
        {"usage, platform, 365 days", QStringLiteral("/admin/stats/usage?") + range},
        {"usage, one company, 365 days",
         QStringLiteral("/admin/stats/usage?company_id=%1&").arg(companyId) + range},
        {"growth, 365 days", QStringLiteral("/admin/stats/growth?") + range},
        {"feature adoption, 365 days", QStringLiteral("/admin/stats/feature-adoption?") + range},
        {"utilisation, top 25", QStringLiteral("/admin/stats/companies?sort=utilisation&limit=25")},
    };
    std::map<std::string, std::vector<double>> times;
    std::map<std::string, std::vector<double>> toHealth;
    std::map<std::string, std::vector<double>> toOverview;
    int failures = 0;
    tests::ApiClient &admin = platform.admin();
    for (int round = 0; round <= kRounds; ++round) {
        std::map<std::string, double> roundMs;
        for (const auto &[name, path] : paths) {
            const auto began = Clock::now();
            for (int i = 0; i < kRequestsPerRound; ++i) {
                if (admin.get(path).status != 200)
                    ++failures;
            }
            roundMs[name] = millisecondsSince(began) / kRequestsPerRound;
        }
        if (round == 0)
            continue; // warms the caches
        for (const auto &[name, ms] : roundMs) {
            times[name].push_back(ms);
            toHealth[name].push_back(ms / roundMs.at(paths.at(0).first));
            toOverview[name].push_back(ms / roundMs.at(paths.at(1).first));
        }
    }
    if (failures > 0) {
        std::fprintf(stderr, "%d requests failed\n", failures);
        return 1;
    }
    std::printf("Over HTTPS, per request, median of %d rounds of %d:\n", kRounds,
                kRequestsPerRound);
    for (const auto &[name, path] : paths) {
        std::printf("  %-32s %8.1f ms   x%.2f /healthz   x%.2f overview\n", name.c_str(),
                    percentile(times[name], 0.5), percentile(toHealth[name], 0.5),
                    percentile(toOverview[name], 0.5));
    }
    platform.stop();
    return 0;
}
