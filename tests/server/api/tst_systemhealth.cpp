#include "tests/support/PlatformFixture.h"

#include "models/domain/SystemHealth.h"
#include "server/services/LatencyPercentile.h"
#include "server/services/MetricsHistory.h"
#include "server/store/MetricsStore.h"

#include <QTest>
#include <QUuid>

#include <atomic>

using namespace sphair;
using namespace sphair::tests;
using models::SystemHealth;
using server::estimateLatencyMs;
using server::MetricsHistory;
using server::MetricsStore;

namespace {

const QString kAlpha = QStringLiteral("alpha");
const QString kBeta = QStringLiteral("beta");
const QString kGamma = QStringLiteral("gamma-old"); // only database rows, 5 days ago
const QString kSelf = QStringLiteral("self-under-test"); // the server of the test
const QString kCompanies = QStringLiteral("/admin/companies");
const QString kCompany = QStringLiteral("/admin/companies/{id}");
const QString kHealthz = QStringLiteral("/healthz");
const QString kHealthRoute = QStringLiteral("/admin/system/health");

// The index of each bucket in MetricsStore::Buckets (upper bounds 5 … 5000 ms, then +Inf).
enum Bucket : std::size_t {
    Le5,
    Le10,
    Le25,
    Le50,
    Le100,
    Le200,
    Le500,
    Le1000,
    Le2500,
    Le5000,
    Inf
};

MetricsStore::Buckets buckets(std::initializer_list<std::pair<Bucket, qint64>> counts)
{
    MetricsStore::Buckets out {};
    for (const auto &[bucket, count] : counts)
        out[bucket] = count;
    return out;
}

QDateTime at(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

MetricsStore::Row request(const QString &instance, const QDateTime &minute, const char *method,
                          const QString &route, const char *statusClass, qint64 count,
                          qint64 sumMicros, const MetricsStore::Buckets &counts)
{
    MetricsStore::Row row;
    row.instanceId = instance;
    row.minute = minute;
    row.kind = QStringLiteral("request");
    row.method = QLatin1String(method);
    row.route = route;
    row.statusClass = QLatin1String(statusClass);
    row.count = count;
    row.sumMicros = sumMicros;
    row.buckets = counts;
    return row;
}

MetricsStore::Row error(const QString &instance, const QDateTime &minute, const char *code,
                        qint64 count)
{
    MetricsStore::Row row;
    row.instanceId = instance;
    row.minute = minute;
    row.kind = QStringLiteral("error");
    row.errorCode = QLatin1String(code);
    row.count = count;
    return row;
}

MetricsStore::Row database(const QString &instance, const QDateTime &minute, qint64 count,
                           qint64 sumMicros)
{
    MetricsStore::Row row;
    row.instanceId = instance;
    row.minute = minute;
    row.kind = QStringLiteral("database");
    row.count = count;
    row.sumMicros = sumMicros;
    return row;
}

QString fieldOf(const ApiReply &reply)
{
    return reply.json()
        .value(QStringLiteral("details"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

} // namespace

// GET /admin/system/health on SQLite and PostgreSQL: the latency percentile estimate by
// itself; a known set of server_metrics rows of two instances (and a third with database rows
// only) answered for the hour, day and week, per instance and together, against figures
// worked out by hand; real requests counted through MetricsHistory with an injected clock;
// and the refusals.
class TestSystemHealth : public QObject
{
    Q_OBJECT

    // The server's clock, moved by the test only. The known rows end just before 12:00 on
    // 10 March 2026; the clock starts 30 seconds into that minute.
    std::atomic<qint64> m_nowMs {at(3, 10, 12, 0).addSecs(30).toMSecsSinceEpoch()};

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); }
    void advanceMinutes(int minutes) { m_nowMs += qint64(minutes) * 60 * 1000; }

    models::Result<SystemHealth> fetchHealth(const QString &query)
    {
        const ApiReply reply = m_platform.admin().get(kHealthRoute + query);
        if (reply.status != 200) {
            return models::Result<SystemHealth>::failure(QStringLiteral("test"),
                                                         QStringLiteral("%1 answered %2: %3")
                                                             .arg(query)
                                                             .arg(reply.status)
                                                             .arg(QString::fromUtf8(reply.body)));
        }
        return SystemHealth::fromJson(reply.json());
    }

private slots:
    void initTestCase()
    {
        const auto started = m_platform.start(
            PlatformFixture::backendFromEnvironment(), 8,
            [](server::PlatformOptions &options) { options.metrics.instanceId = kSelf; });
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_platform.server().context().clock = [this] {
            return now();
        };
    }

    void cleanupTestCase() { m_platform.stop(); }

    // (a) The estimate: linear inside the bucket the rank falls in, from the bucket's lower
    // bound (0 for the first) to its upper bound; the +Inf bucket reports 5000.
    void percentileEstimate()
    {
        // Nothing recorded: 0.
        QCOMPARE(estimateLatencyMs(MetricsStore::Buckets {}, 0.5), 0.0);
        QCOMPARE(estimateLatencyMs(MetricsStore::Buckets {}, 0.99), 0.0);

        // One bucket, (5, 10] with 4: rank q × 4 → 5 + 5 × rank / 4.
        const auto one = buckets({{Le10, 4}});
        QCOMPARE(estimateLatencyMs(one, 0.50), 7.5); // rank 2
        QCOMPARE(estimateLatencyMs(one, 0.95), 9.75); // rank 3.8
        QCOMPARE(estimateLatencyMs(one, 0.99), 9.95); // rank 3.96
        QCOMPARE(estimateLatencyMs(one, 1.0), 10.0);
        // The first bucket starts at 0: (0, 5] with 2, rank 1 → 2.5.
        QCOMPARE(estimateLatencyMs(buckets({{Le5, 2}}), 0.5), 2.5);

        // Across buckets: 1 in (0, 5], 2 in (5, 10], 1 in (10, 25].
        const auto across = buckets({{Le5, 1}, {Le10, 2}, {Le25, 1}});
        QCOMPARE(estimateLatencyMs(across, 0.50), 7.5); // rank 2: 5 + 5 × (2 − 1) / 2
        QCOMPARE(estimateLatencyMs(across, 0.95), 22.0); // rank 3.8: 10 + 15 × (3.8 − 3) / 1
        QCOMPARE(estimateLatencyMs(across, 0.99), 24.4); // rank 3.96: 10 + 15 × 0.96
        // A rank on a bucket's upper edge is that edge: 2 in (0, 5], 2 in (5, 10], rank 2 → 5.
        QCOMPARE(estimateLatencyMs(buckets({{Le5, 2}, {Le10, 2}}), 0.5), 5.0);
        // Empty buckets between are skipped: 1 in (0, 5], 1 in (500, 1000]; rank 1.9 →
        // 500 + 500 × 0.9.
        QCOMPARE(estimateLatencyMs(buckets({{Le5, 1}, {Le1000, 1}}), 0.95), 950.0);

        // The +Inf bucket: 1 in (2500, 5000], 1 above. Rank 1 is the top of (2500, 5000];
        // rank 1.98 is above 5000, reported as 5000.
        const auto slow = buckets({{Le5000, 1}, {Inf, 1}});
        QCOMPARE(estimateLatencyMs(slow, 0.50), 5000.0);
        QCOMPARE(estimateLatencyMs(slow, 0.99), 5000.0);
        QCOMPARE(estimateLatencyMs(buckets({{Le5000, 2}, {Inf, 2}}), 0.25), 3750.0);
        QCOMPARE(estimateLatencyMs(buckets({{Inf, 3}}), 0.5), 5000.0);
    }

    // (b) The known rows. Now is 2026-03-10 12:00:30, so the windows are
    //   hour [11:00, 12:00) in 60 steps of a minute,
    //   day  [03-09 12:00, 03-10 12:00) in 288 steps of 5 minutes,
    //   week [03-03 12:00, 03-10 12:00) in 168 steps of an hour.
    void knownRows()
    {
        const QList<MetricsStore::Row> rows {
            // alpha at 11:58: 4 fast requests and one slow 5xx, its error and its statements.
            request(kAlpha, at(3, 10, 11, 58), "GET", kCompanies, "2xx", 4, 40'000,
                    buckets({{Le5, 1}, {Le10, 2}, {Le25, 1}})),
            request(kAlpha, at(3, 10, 11, 58), "GET", kCompanies, "5xx", 1, 600'000,
                    buckets({{Le1000, 1}})),
            error(kAlpha, at(3, 10, 11, 58), "internal", 1),
            database(kAlpha, at(3, 10, 11, 58), 10, 25'000),
            // beta at 11:58 and 11:59: 2 requests, then 3 refused ones (4xx) with their code.
            request(kBeta, at(3, 10, 11, 58), "GET", kCompanies, "2xx", 2, 30'000,
                    buckets({{Le25, 2}})),
            request(kBeta, at(3, 10, 11, 59), "POST", kCompanies, "4xx", 3, 9'000,
                    buckets({{Le5, 3}})),
            error(kBeta, at(3, 10, 11, 59), "invalid_field", 3),
            database(kBeta, at(3, 10, 11, 59), 6, 3'000),
            // In the day, not the hour: alpha's 7-second /healthz at 10:30 and 10 requests
            // at 09:02 with 4 statements.
            request(kAlpha, at(3, 10, 10, 30), "GET", kHealthz, "2xx", 1, 7'000'000,
                    buckets({{Inf, 1}})),
            request(kAlpha, at(3, 10, 9, 2), "GET", kCompanies, "2xx", 10, 1'000'000,
                    buckets({{Le100, 10}})),
            database(kAlpha, at(3, 10, 9, 2), 4, 2'000),
            // In the week, not the day: beta's 2 requests for an unknown company on 8 March
            // and gamma's statements on 5 March.
            request(kBeta, at(3, 8, 12, 0), "GET", kCompany, "4xx", 2, 16'000,
                    buckets({{Le10, 2}})),
            error(kBeta, at(3, 8, 12, 0), "not_found", 2),
            database(kGamma, at(3, 5, 12, 0), 2, 1'000),
            // Outside every window: a minute before the week, and the minute now running.
            request(kAlpha, at(3, 3, 11, 59), "GET", kCompanies, "2xx", 100, 100'000,
                    buckets({{Le5, 100}})),
            request(kAlpha, at(3, 10, 12, 0), "GET", kCompanies, "2xx", 50, 50'000,
                    buckets({{Le5, 50}})),
            error(kAlpha, at(3, 10, 12, 0), "internal", 9),
        };
        const auto added = m_platform.server().database().transaction(
            server::TxScope::forOperator(),
            [&](server::SqlSession &session) { return MetricsStore::add(session, rows); });
        QVERIFY2(added.ok(), qPrintable(added.error().message));
    }

    void hourTogether()
    {
        const auto health = fetchHealth(QStringLiteral("?range=hour"));
        QVERIFY2(health.ok(), qPrintable(health.error().message));
        QCOMPARE(health->range, QStringLiteral("hour"));
        QCOMPARE(health->from, at(3, 10, 11, 0));
        QCOMPARE(health->to, at(3, 10, 12, 0));
        QCOMPARE(health->stepSeconds, 60);
        QCOMPARE(health->instances, (QStringList {kAlpha, kBeta}));
        QVERIFY(health->instanceId.isEmpty());

        QCOMPARE(health->series.size(), 60);
        for (int i = 0; i < 60; ++i)
            QCOMPARE(health->series.at(i).start, at(3, 10, 11, i));
        // A minute without anything.
        QCOMPARE(health->series.at(0), (models::HealthBucket {at(3, 10, 11, 0)}));
        // 11:58: alpha 4 + 1 (5xx) and beta 2 = 7 requests; buckets (0,5] 1, (5,10] 2,
        // (10,25] 1 + 2, (500,1000] 1. p50 rank 3.5 → 10 + 15 × 0.5 / 3 = 12.5; p95 rank
        // 6.65 → 500 + 500 × 0.65 = 825; p99 rank 6.93 → 965. Statements: alpha's 10 in
        // 25 ms → 2.5 ms.
        const models::HealthBucket at1158 = health->series.at(58);
        QCOMPARE(at1158.requests, 7);
        QCOMPARE(at1158.errors, 1);
        QCOMPARE(at1158.clientErrors, 0);
        QCOMPARE(at1158.p50Ms, 12.5);
        QCOMPARE(at1158.p95Ms, 825.0);
        QCOMPARE(at1158.p99Ms, 965.0);
        QCOMPARE(at1158.dbStatements, 10);
        QCOMPARE(at1158.dbMeanMs, 2.5);
        // 11:59: beta's 3 refusals in (0,5]: ranks 1.5, 2.85, 2.97 of 3 → 2.5, 4.75, 4.95.
        // Statements: 6 in 3 ms → 0.5 ms.
        const models::HealthBucket at1159 = health->series.at(59);
        QCOMPARE(at1159.requests, 3);
        QCOMPARE(at1159.errors, 0);
        QCOMPARE(at1159.clientErrors, 3);
        QCOMPARE(at1159.p50Ms, 2.5);
        QCOMPARE(at1159.p95Ms, 4.75);
        QCOMPARE(at1159.p99Ms, 4.95);
        QCOMPARE(at1159.dbStatements, 6);
        QCOMPARE(at1159.dbMeanMs, 0.5);

        // GET /admin/companies: the 7 of 11:58, 670 ms in all → 95.714… ms mean, the same
        // percentiles; POST: 3 in 9 ms → 3 ms. Slowest p95 first.
        QCOMPARE(health->routes.size(), 2);
        const models::RouteHealth get = health->routes.at(0);
        QCOMPARE(get.method, QStringLiteral("GET"));
        QCOMPARE(get.route, kCompanies);
        QCOMPARE(get.requests, 7);
        QCOMPARE(get.errors, 1);
        QCOMPARE(get.clientErrors, 0);
        QCOMPARE(get.meanMs, 670.0 / 7);
        QCOMPARE(get.p95Ms, 825.0);
        const models::RouteHealth post = health->routes.at(1);
        QCOMPARE(post.method, QStringLiteral("POST"));
        QCOMPARE(post.requests, 3);
        QCOMPARE(post.clientErrors, 3);
        QCOMPARE(post.meanMs, 3.0);
        QCOMPARE(post.p50Ms, 2.5);
        QCOMPARE(post.p99Ms, 4.95);

        // Most frequent first.
        QCOMPARE(health->errors,
                 (QList<models::ErrorCount> {{QStringLiteral("invalid_field"), 3},
                                             {QStringLiteral("internal"), 1}}));

        // 10 requests: (0,5] 4, (5,10] 2, (10,25] 3, (500,1000] 1. p50 rank 5 → 5 + 5 × 1 / 2
        // = 7.5; p95 rank 9.5 → 500 + 500 × 0.5 = 750; p99 rank 9.9 → 950. 16 statements in
        // 28 ms → 1.75 ms.
        const models::HealthTotals &totals = health->totals;
        QCOMPARE(totals.requests, 10);
        QCOMPARE(totals.errors, 1);
        QCOMPARE(totals.clientErrors, 3);
        QCOMPARE(totals.requestsPerMinute, 10.0 / 60);
        QCOMPARE(totals.errorRate, 0.1);
        QCOMPARE(totals.p50Ms, 7.5);
        QCOMPARE(totals.p95Ms, 750.0);
        QCOMPARE(totals.p99Ms, 950.0);
        QCOMPARE(totals.dbMeanMs, 1.75);
    }

    void hourPerInstance()
    {
        // alpha: 5 requests at 11:58, (0,5] 1, (5,10] 2, (10,25] 1, (500,1000] 1. p50 rank 2.5
        // → 5 + 5 × 1.5 / 2 = 8.75; p95 rank 4.75 → 875; p99 rank 4.95 → 975. 640 ms in all.
        const auto alpha = fetchHealth(QStringLiteral("?range=hour&instance_id=alpha"));
        QVERIFY2(alpha.ok(), qPrintable(alpha.error().message));
        QCOMPARE(alpha->instanceId, kAlpha);
        QCOMPARE(alpha->instances, (QStringList {kAlpha, kBeta})); // who reported, not filtered
        QCOMPARE(alpha->totals.requests, 5);
        QCOMPARE(alpha->totals.errors, 1);
        QCOMPARE(alpha->totals.clientErrors, 0);
        QCOMPARE(alpha->totals.errorRate, 0.2);
        QCOMPARE(alpha->totals.p50Ms, 8.75);
        QCOMPARE(alpha->totals.p95Ms, 875.0);
        QCOMPARE(alpha->totals.p99Ms, 975.0);
        QCOMPARE(alpha->totals.dbMeanMs, 2.5);
        QCOMPARE(alpha->routes.size(), 1);
        QCOMPARE(alpha->routes.at(0).meanMs, 128.0);
        QCOMPARE(alpha->errors, (QList<models::ErrorCount> {{QStringLiteral("internal"), 1}}));
        QCOMPARE(alpha->series.at(59).requests, 0);
        QCOMPARE(alpha->series.at(59).dbStatements, 0);

        // beta: 2 in (10,25] at 11:58 and 3 in (0,5] at 11:59. p50 rank 2.5 → 5 × 2.5 / 3
        // = 4.1666…; p95 rank 4.75 → 10 + 15 × 1.75 / 2 = 23.125; p99 rank 4.95 → 24.625.
        // Its GET: 2 in (10,25], ranks 1, 1.9 → 17.5, 24.25 (slower than its POST's 4.75).
        const auto beta = fetchHealth(QStringLiteral("?range=hour&instance_id=beta"));
        QVERIFY2(beta.ok(), qPrintable(beta.error().message));
        QCOMPARE(beta->totals.requests, 5);
        QCOMPARE(beta->totals.errors, 0);
        QCOMPARE(beta->totals.clientErrors, 3);
        QCOMPARE(beta->totals.errorRate, 0.0);
        QCOMPARE(beta->totals.p50Ms, 12.5 / 3);
        QCOMPARE(beta->totals.p95Ms, 23.125);
        QCOMPARE(beta->totals.p99Ms, 24.625);
        QCOMPARE(beta->totals.dbMeanMs, 0.5);
        QCOMPARE(beta->routes.size(), 2);
        QCOMPARE(beta->routes.at(0).method, QStringLiteral("GET"));
        QCOMPARE(beta->routes.at(0).p50Ms, 17.5);
        QCOMPARE(beta->routes.at(0).p95Ms, 24.25);
        QCOMPARE(beta->routes.at(0).meanMs, 15.0);
        QCOMPARE(beta->routes.at(1).method, QStringLiteral("POST"));
        QCOMPARE(beta->errors, (QList<models::ErrorCount> {{QStringLiteral("invalid_field"), 3}}));

        // Together is the sum of the two.
        const auto together = fetchHealth(QStringLiteral("?range=hour"));
        QVERIFY2(together.ok(), qPrintable(together.error().message));
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(together->series.at(i).requests,
                     alpha->series.at(i).requests + beta->series.at(i).requests);
            QCOMPARE(together->series.at(i).dbStatements,
                     alpha->series.at(i).dbStatements + beta->series.at(i).dbStatements);
        }

        // gamma reported in the week only: known, with nothing in the hour.
        const auto gamma = fetchHealth(QStringLiteral("?instance_id=gamma-old"));
        QVERIFY2(gamma.ok(), qPrintable(gamma.error().message));
        QCOMPARE(gamma->range, QStringLiteral("hour")); // the default
        QCOMPARE(gamma->totals, models::HealthTotals {});
        QVERIFY(gamma->routes.isEmpty());
        QVERIFY(gamma->errors.isEmpty());
        QCOMPARE(gamma->series.size(), 60);
    }

    void day()
    {
        const auto health = fetchHealth(QStringLiteral("?range=day"));
        QVERIFY2(health.ok(), qPrintable(health.error().message));
        QCOMPARE(health->from, at(3, 9, 12, 0));
        QCOMPARE(health->to, at(3, 10, 12, 0));
        QCOMPARE(health->stepSeconds, 300);
        QCOMPARE(health->series.size(), 288);
        QCOMPARE(health->series.last().start, at(3, 10, 11, 55));
        QCOMPARE(health->instances, (QStringList {kAlpha, kBeta}));
        // Step 287 [11:55, 12:00) holds the whole hour: the totals of hourTogether().
        const models::HealthBucket last = health->series.at(287);
        QCOMPARE(last.requests, 10);
        QCOMPARE(last.errors, 1);
        QCOMPARE(last.clientErrors, 3);
        QCOMPARE(last.p50Ms, 7.5);
        QCOMPARE(last.p95Ms, 750.0);
        QCOMPARE(last.p99Ms, 950.0);
        QCOMPARE(last.dbStatements, 16);
        QCOMPARE(last.dbMeanMs, 1.75);
        // Step 270 [10:30, 10:35): the 7-second /healthz, above every bound → 5000.
        QCOMPARE(health->series.at(270).start, at(3, 10, 10, 30));
        QCOMPARE(health->series.at(270).requests, 1);
        QCOMPARE(health->series.at(270).p50Ms, 5000.0);
        // Step 252 [09:00, 09:05): 10 in (50,100]: ranks 5, 9.5, 9.9 → 75, 97.5, 99.5; 4
        // statements in 2 ms → 0.5 ms.
        const models::HealthBucket nine = health->series.at(252);
        QCOMPARE(nine.start, at(3, 10, 9, 0));
        QCOMPARE(nine.requests, 10);
        QCOMPARE(nine.p50Ms, 75.0);
        QCOMPARE(nine.p95Ms, 97.5);
        QCOMPARE(nine.p99Ms, 99.5);
        QCOMPARE(nine.dbStatements, 4);
        QCOMPARE(nine.dbMeanMs, 0.5);
        qint64 inSteps = 0;
        for (const models::HealthBucket &bucket : health->series)
            inSteps += bucket.requests;
        QCOMPARE(inSteps, 21);

        // /healthz (p95 5000) before GET /admin/companies (17: p95 rank 16.15 → 500 + 500 ×
        // 0.15 = 575; 1670 ms / 17) before POST (4.75).
        QCOMPARE(health->routes.size(), 3);
        QCOMPARE(health->routes.at(0).route, kHealthz);
        QCOMPARE(health->routes.at(0).meanMs, 7000.0);
        QCOMPARE(health->routes.at(1).route, kCompanies);
        QCOMPARE(health->routes.at(1).method, QStringLiteral("GET"));
        QCOMPARE(health->routes.at(1).requests, 17);
        QCOMPARE(health->routes.at(1).p95Ms, 575.0);
        QCOMPARE(health->routes.at(1).meanMs, 1670.0 / 17);
        QCOMPARE(health->routes.at(2).method, QStringLiteral("POST"));

        // 21 requests: (0,5] 4, (5,10] 2, (10,25] 3, (50,100] 10, (500,1000] 1, +Inf 1.
        // p50 rank 10.5 → 50 + 50 × 1.5 / 10 = 57.5; p95 rank 19.95 → 500 + 500 × 0.95 = 975;
        // p99 rank 20.79 → +Inf → 5000. 20 statements in 30 ms → 1.5 ms.
        const models::HealthTotals &totals = health->totals;
        QCOMPARE(totals.requests, 21);
        QCOMPARE(totals.errors, 1);
        QCOMPARE(totals.clientErrors, 3);
        QCOMPARE(totals.requestsPerMinute, 21.0 / 1440);
        QCOMPARE(totals.errorRate, 1.0 / 21);
        QCOMPARE(totals.p50Ms, 57.5);
        QCOMPARE(totals.p95Ms, 975.0);
        QCOMPARE(totals.p99Ms, 5000.0);
        QCOMPARE(totals.dbMeanMs, 1.5);
        QCOMPARE(health->errors,
                 (QList<models::ErrorCount> {{QStringLiteral("invalid_field"), 3},
                                             {QStringLiteral("internal"), 1}}));
    }

    void week()
    {
        const auto health = fetchHealth(QStringLiteral("?range=week"));
        QVERIFY2(health.ok(), qPrintable(health.error().message));
        QCOMPARE(health->from, at(3, 3, 12, 0));
        QCOMPARE(health->stepSeconds, 3600);
        QCOMPARE(health->series.size(), 168);
        QCOMPARE(health->instances, (QStringList {kAlpha, kBeta, kGamma}));
        // 8 March 12:00 is step 120 (5 days); 09:00, 10:00 and 11:00 today 165 to 167.
        QCOMPARE(health->series.at(120).start, at(3, 8, 12, 0));
        QCOMPARE(health->series.at(120).requests, 2);
        QCOMPARE(health->series.at(120).clientErrors, 2);
        QCOMPARE(health->series.at(165).requests, 10);
        QCOMPARE(health->series.at(166).requests, 1);
        QCOMPARE(health->series.at(167).requests, 10);
        // gamma's statements on 5 March 12:00 (step 48): 2 in 1 ms.
        QCOMPARE(health->series.at(48).requests, 0);
        QCOMPARE(health->series.at(48).dbStatements, 2);
        QCOMPARE(health->series.at(48).dbMeanMs, 0.5);
        // The minute before the week (100 requests) and the minute now running (50) are out.
        QCOMPARE(health->series.at(0).requests, 0);

        // 23 requests: the day's 21 and beta's 2 in (5,10]: (0,5] 4, (5,10] 4, (10,25] 3,
        // (50,100] 10, (500,1000] 1, +Inf 1. p50 rank 11.5 → 50 + 50 × 0.5 / 10 = 52.5; p95
        // rank 21.85 → 500 + 500 × 0.85 = 925; p99 rank 22.77 → 5000. Statements: 22 in
        // 31 ms.
        const models::HealthTotals &totals = health->totals;
        QCOMPARE(totals.requests, 23);
        QCOMPARE(totals.errors, 1);
        QCOMPARE(totals.clientErrors, 5);
        QCOMPARE(totals.requestsPerMinute, 23.0 / 10080);
        QCOMPARE(totals.errorRate, 1.0 / 23);
        QCOMPARE(totals.p50Ms, 52.5);
        QCOMPARE(totals.p95Ms, 925.0);
        QCOMPARE(totals.p99Ms, 5000.0);
        QCOMPARE(totals.dbMeanMs, 31.0 / 22);
        QCOMPARE(health->errors,
                 (QList<models::ErrorCount> {{QStringLiteral("invalid_field"), 3},
                                             {QStringLiteral("not_found"), 2},
                                             {QStringLiteral("internal"), 1}}));
        QCOMPARE(health->routes.size(), 4);
        // /healthz 5000, GET /admin/companies 575, then beta's 2 in (5,10] (rank 1.9 → 5 + 5
        // × 0.95 = 9.75) before the POST (4.75).
        QCOMPARE(health->routes.at(2).route, kCompany);
        QCOMPARE(health->routes.at(2).requests, 2);
        QCOMPARE(health->routes.at(2).clientErrors, 2);
        QCOMPARE(health->routes.at(2).p95Ms, 9.75);
        QCOMPARE(health->routes.at(2).meanMs, 8.0);
        QCOMPARE(health->routes.at(3).method, QStringLiteral("POST"));

        // Per instance: alpha 4 + 1 + 1 + 10 = 16, beta 2 + 3 + 2 = 7, gamma none.
        const auto alpha = fetchHealth(QStringLiteral("?range=week&instance_id=alpha"));
        const auto beta = fetchHealth(QStringLiteral("?range=week&instance_id=beta"));
        const auto gamma = fetchHealth(QStringLiteral("?range=week&instance_id=gamma-old"));
        QVERIFY(alpha.ok() && beta.ok() && gamma.ok());
        QCOMPARE(alpha->totals.requests, 16);
        QCOMPARE(beta->totals.requests, 7);
        QCOMPARE(beta->totals.clientErrors, 5);
        QCOMPARE(gamma->totals.requests, 0);
        QCOMPARE(gamma->totals.dbMeanMs, 0.5);
    }

    // (d) Refusals: a clear invalid_field, nothing else changes.
    void refusals_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("month") << QStringLiteral("?range=month") << QStringLiteral("range");
        QTest::newRow("upper case") << QStringLiteral("?range=HOUR") << QStringLiteral("range");
        QTest::newRow("unknown instance")
            << QStringLiteral("?range=day&instance_id=nobody") << QStringLiteral("instance_id");
        QTest::newRow("instance too long")
            << QStringLiteral("?instance_id=") + QString(201, QLatin1Char('x'))
            << QStringLiteral("instance_id");
    }
    void refusals()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply reply = m_platform.admin().get(kHealthRoute + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        QCOMPARE(fieldOf(reply), field);
        const QString message = reply.json().value(QStringLiteral("message")).toString();
        QVERIFY2(!message.isEmpty() && !message.contains(QLatin1String("%")), qPrintable(message));
    }

    void whoMayRead()
    {
        QCOMPARE(m_platform.client().get(kHealthRoute).status, 401);
        QVERIFY(m_platform.signInStaff().ok());
        QCOMPARE(m_platform.support().get(kHealthRoute).status, 200);
        QCOMPARE(m_platform.sales().get(kHealthRoute + QStringLiteral("?range=week")).status, 200);
        // This server is known before it has written a minute.
        const auto self = fetchHealth(QStringLiteral("?instance_id=") + kSelf);
        QVERIFY2(self.ok(), qPrintable(self.error().message));
        QCOMPARE(self->totals.requests, 0);
    }

    // (c) Real requests through the server, written by MetricsHistory at the injected clock.
    void countsRealRequests()
    {
        MetricsHistory &history = m_platform.server().metricsHistory();
        QVERIFY(history.tick().ok()); // notes 12:00
        advanceMinutes(1);
        auto written = history.tick(); // everything counted so far, as the minute 12:00
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QVERIFY(written.value());
        // Two hours on, so that the hour asked for below holds nothing of that; this tick
        // writes only the statements of the one before.
        advanceMinutes(120);
        QVERIFY(history.tick().ok());
        const QDateTime minute = MetricsHistory::minuteOf(now()); // 14:01

        const ApiClient anonymous = m_platform.client();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(anonymous.get(kHealthz).status, 200);
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(m_platform.admin().get(QStringLiteral("/admin/companies/") + unknown).status, 404);
        QCOMPARE(m_platform.admin().get(kHealthRoute + QStringLiteral("?range=year")).status, 400);
        advanceMinutes(1);
        written = history.tick();
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QVERIFY(written.value());

        const auto health = fetchHealth(QStringLiteral("?range=hour&instance_id=") + kSelf);
        QVERIFY2(health.ok(), qPrintable(health.error().message));
        QCOMPARE(health->to, minute.addSecs(60));
        QVERIFY(health->instances.contains(kSelf));
        // The last step is the minute of the requests: 5, two of them refused (404, 400).
        const models::HealthBucket last = health->series.last();
        QCOMPARE(last.start, minute);
        QCOMPARE(last.requests, 5);
        QCOMPARE(last.clientErrors, 2);
        QCOMPARE(last.errors, 0);
        QVERIFY(last.p50Ms > 0);
        QVERIFY(last.p50Ms <= last.p95Ms && last.p95Ms <= last.p99Ms && last.p99Ms <= 5000);
        QVERIFY(last.dbStatements >= 2); // a /healthz check each, the company lookup …
        QCOMPARE(health->totals.requests, 5);
        QCOMPARE(health->totals.clientErrors, 2);
        QCOMPARE(health->totals.requestsPerMinute, 5.0 / 60);

        QMap<QString, qint64> routes;
        for (const models::RouteHealth &route : health->routes)
            routes.insert(route.method + QLatin1Char(' ') + route.route, route.requests);
        QCOMPARE(routes,
                 (QMap<QString, qint64> {{QStringLiteral("GET ") + kHealthz, 3},
                                         {QStringLiteral("GET ") + kCompany, 1},
                                         {QStringLiteral("GET ") + kHealthRoute, 1}}));
        QCOMPARE(health->errors,
                 (QList<models::ErrorCount> {{QStringLiteral("invalid_field"), 1},
                                             {QStringLiteral("not_found"), 1}}));
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestSystemHealth)
#include "tst_systemhealth.moc"
