// The console's side of the usage charts: how long the Usage tab takes from asking to having
// drawn every chart for a 365-day range over a synthetic population (SPHAIR_BENCH_POPULATION
// companies, default 10,000, on SQLite), against the same six calls made by the client alone
// in the same round (the baseline: network, TLS and server time, nothing decoded into a model
// or drawn). The difference is the console's time from answers to drawn charts: filling the
// chart models, building the series and painting the page once (QWidget::grab).
//
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless set). Prints medians of kRounds rounds, the
// first round not counted.

#include "client/ApiCall.h"
#include "client/CompaniesClient.h"
#include "client/Queries.h"
#include "client/StatsClient.h"
#include "server/Sandbox.h"
#include "tests/bench/BenchSupport.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/common/ConsoleContext.h"
#include "ui/usage/UsagePage.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace sphair;
using sphair::bench::Clock;
using sphair::bench::millisecondsSince;
using sphair::bench::percentile;

namespace {

constexpr int kRounds = 6;
constexpr int kWaitMs = 600000;
constexpr int kDays = 365;

int population()
{
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("SPHAIR_BENCH_POPULATION", &ok);
    return ok && wanted > 0 ? wanted : 10000;
}

// The six calls the Usage tab makes for a range, through the client alone; true when every
// one answered without an error.
bool fetchAlone(const ui::ConsoleContext &context, const client::UsageRangeQuery &range)
{
    const client::StatsClient stats = context.stats();
    int done = 0;
    bool ok = true;
    auto finish = [&](bool answered) {
        ok = ok && answered;
        ++done;
    };
    stats.statsOverview(ui::UsagePage::kExpiringDays,
                        [&](const auto &result) { finish(result.ok()); });
    stats.growthSeries(range, [&](const auto &result) { finish(result.ok()); });
    client::UsageQuery usage;
    usage.from = range.from;
    usage.to = range.to;
    // The active users and the logins chart each ask for the platform's usage.
    stats.usageSeries(usage, [&](const auto &result) { finish(result.ok()); });
    stats.usageSeries(usage, [&](const auto &result) { finish(result.ok()); });
    client::CompanyStatsQuery top;
    top.limit = ui::UsagePage::kUtilisationTop;
    top.sort = QStringLiteral("utilisation");
    stats.list(top, [&](const auto &result) { finish(result.ok()); });
    stats.featureAdoption(range, [&](const auto &result) { finish(result.ok()); });
    constexpr int kCalls = 6;
    return QTest::qWaitFor([&] { return done == kCalls; }, kWaitMs) && ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int companies = population();
    tests::ConsoleFixture fixture;
    if (auto started = fixture.start(); !started) {
        std::fprintf(stderr, "cannot start the platform: %s\n",
                     qPrintable(started.error().message));
        return 1;
    }
    const Clock::time_point seedStart = Clock::now();
    if (auto seeded = server::Sandbox::seedDemoData(fixture.platform().server(),
                                                    server::Sandbox::Files {}, companies);
        !seeded) {
        std::fprintf(stderr, "cannot seed: %s\n", qPrintable(seeded.error().message));
        return 1;
    }
    std::printf("%d synthetic companies (+65 sandbox) seeded in %.1f s\n", companies,
                millisecondsSince(seedStart) / 1000);

    auto page = std::make_unique<ui::UsagePage>(fixture.context());
    page->resize(1400, 1800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        std::fprintf(stderr, "the page was never shown\n");
        return 1;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    client::UsageRangeQuery range;
    range.from = today.addDays(1 - kDays);
    range.to = today;
    page->setPresetRange(kDays);
    if (!QTest::qWaitFor([&] { return !page->isLoading(); }, kWaitMs)
        || page->from() != range.from) {
        std::fprintf(stderr, "the page did not load the last %d days\n", kDays);
        return 1;
    }

    std::vector<double> pageMs;
    std::vector<double> aloneMs;
    std::vector<double> ratios;
    for (int round = 0; round < kRounds; ++round) {
        Clock::time_point start = Clock::now();
        if (!fetchAlone(*fixture.context(), range)) {
            std::fprintf(stderr, "a call of the baseline failed\n");
            return 1;
        }
        const double alone = millisecondsSince(start);

        start = Clock::now();
        page->reload();
        if (!QTest::qWaitFor([&] { return !page->isLoading(); }, kWaitMs)) {
            std::fprintf(stderr, "the page never finished loading\n");
            return 1;
        }
        const QPixmap drawn = page->grab();
        const double paged = millisecondsSince(start);
        if (drawn.isNull()) {
            std::fprintf(stderr, "the page could not be drawn\n");
            return 1;
        }
        if (round == 0)
            continue; // warm-up
        pageMs.push_back(paged);
        aloneMs.push_back(alone);
        ratios.push_back(paged / alone);
    }
    const double pageMedian = percentile(pageMs, 0.5);
    const double aloneMedian = percentile(aloneMs, 0.5);
    std::printf("365 days, medians of %zu rounds:\n", pageMs.size());
    std::printf("  six calls through the client alone   %8.1f ms  (baseline)\n", aloneMedian);
    std::printf("  the Usage tab asking and drawing     %8.1f ms  (x %.2f, median ratio %.2f)\n",
                pageMedian, pageMedian / aloneMedian, percentile(ratios, 0.5));
    std::printf("  answers to drawn charts (difference) %8.1f ms\n", pageMedian - aloneMedian);
    return 0;
}
