#include "client/ApiCall.h"
#include "models/item/ErrorCountModel.h"
#include "models/item/HealthSeriesModel.h"
#include "models/item/HealthStatus.h"
#include "models/item/RouteHealthModel.h"
#include "server/services/MetricsHistory.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/common/ConsoleContext.h"
#include "ui/usage/ChartPanel.h"
#include "ui/usage/HealthThresholdsDialog.h"
#include "ui/usage/SystemHealthView.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <atomic>
#include <ctime>
#include <memory>

using namespace sphair;
using models::HealthLevel;
using models::HealthSeriesModel;
using models::HealthThresholds;
using models::RouteHealthModel;
using server::MetricsHistory;
using ui::SystemHealthView;

namespace {

// The view shows local time and names its offset: a viewer in New York, set before anything
// reads the local zone.
const bool kNewYork = [] {
    qputenv("TZ", "America/New_York");
    tzset();
    return true;
}();

constexpr int kWaitMs = 30000;
constexpr int kCompanyListings = 5;
const QString kCompaniesRoute = QStringLiteral("/admin/companies");

HealthThresholds lines(double latencyAmber, double latencyRed)
{
    HealthThresholds thresholds;
    thresholds.latencyAmberMs = latencyAmber;
    thresholds.latencyRedMs = latencyRed;
    return thresholds;
}

} // namespace

// The System health view against a real platform whose per-minute metrics history is
// written by the test (MetricsHistory::tick() with the server's clock injected): it loads
// the last hour with the routes the test called, switches range and instance, a later
// choice cancels the earlier call, the summary's colour and words follow the thresholds,
// and a failed load keeps the last data and says why.
class TestSystemHealthView : public QObject
{
    Q_OBJECT

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<SystemHealthView> m_view;
    std::unique_ptr<QSignalSpy> m_loaded;
    std::unique_ptr<QAbstractItemModelTester> m_routesTester;
    std::unique_ptr<QAbstractItemModelTester> m_errorsTester;

    // The server's clock: real time when the test starts, then moved on by the test only.
    std::atomic<qint64> m_nowMs {0};

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); }

    // Waits for the next loaded() and returns whether it was a success.
    bool nextLoad()
    {
        const qsizetype before = m_loaded->size();
        if (!QTest::qWaitFor([&] { return m_loaded->size() > before; }, kWaitMs))
            return false;
        return m_loaded->last().at(0).toBool();
    }

    int rowOfRoute(const QString &method, const QString &route) const
    {
        const RouteHealthModel *model = m_view->routeModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const models::RouteHealth &health = model->routes().at(row);
            if (health.method == method && health.route == route)
                return row;
        }
        return -1;
    }

    QString summaryText() const
    {
        return m_view->findChild<QLabel *>(QStringLiteral("healthSummaryLabel"))->text();
    }

private slots:
    void initTestCase()
    {
        // Ten seconds into a minute, so a request never crosses a minute by accident.
        const QDateTime start = MetricsHistory::minuteOf(QDateTime::currentDateTimeUtc());
        m_nowMs = start.addSecs(10).toMSecsSinceEpoch();
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_fixture.platform().server().context().clock = [this] {
            return now();
        };

        // One minute of known traffic, then the minute is written as the history's rows.
        MetricsHistory &history = m_fixture.platform().server().metricsHistory();
        QVERIFY(history.tick().ok()); // notes the minute
        tests::ApiClient &admin = m_fixture.platform().admin();
        for (int i = 0; i < kCompanyListings; ++i)
            QCOMPARE(admin.get(kCompaniesRoute).status, 200);
        QCOMPARE(admin.get(QStringLiteral("/admin/no/such/thing")).status, 404);
        m_nowMs += 60 * 1000;
        const auto written = history.tick();
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QVERIFY(written.value());
    }

    void init()
    {
        m_view = std::make_unique<SystemHealthView>(*m_fixture.context());
        m_loaded = std::make_unique<QSignalSpy>(m_view.get(), &SystemHealthView::loaded);
        m_routesTester = std::make_unique<QAbstractItemModelTester>(
            m_view->routeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_errorsTester = std::make_unique<QAbstractItemModelTester>(
            m_view->errorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(1200, 900);
        // Shown, the view loads by itself, in the background.
        m_view->show();
        QVERIFY(m_view->isLoading());
        QVERIFY(nextLoad());
    }

    void cleanup()
    {
        m_errorsTester.reset();
        m_routesTester.reset();
        m_loaded.reset();
        m_view.reset();
    }

    void loadsTheLastHour()
    {
        const models::SystemHealth &health = m_view->health();
        QVERIFY(m_view->hasData());
        QVERIFY(!m_view->isLoading());
        QCOMPARE(health.range, QStringLiteral("hour"));
        QCOMPARE(health.stepSeconds, 60);
        QCOMPARE(health.series.size(), 60);
        QVERIFY(m_view->errorText().isEmpty());

        // The routes the test called, with the count it made.
        const int row = rowOfRoute(QStringLiteral("GET"), kCompaniesRoute);
        QVERIFY2(row >= 0, "GET /admin/companies is not among the routes");
        QCOMPARE(m_view->routeModel()->routes().at(row).requests, qint64(kCompanyListings));
        auto *routesTable = m_view->findChild<QTableView *>(QStringLiteral("healthRoutesTable"));
        QVERIFY(routesTable);
        QCOMPARE(routesTable->model()->rowCount(), m_view->routeModel()->rowCount());
        // Sorted by p95, slowest first, as the server sends them.
        for (int r = 1; r < routesTable->model()->rowCount(); ++r) {
            QVERIFY(routesTable->model()
                        ->index(r - 1, RouteHealthModel::P95Column)
                        .data(RouteHealthModel::SortRole)
                        .toDouble()
                    >= routesTable->model()
                           ->index(r, RouteHealthModel::P95Column)
                           .data(RouteHealthModel::SortRole)
                           .toDouble());
        }
        // Sortable by clicking a header: by requests, most first.
        routesTable->sortByColumn(RouteHealthModel::RequestsColumn, Qt::DescendingOrder);
        QVERIFY(routesTable->model()
                    ->index(0, RouteHealthModel::RequestsColumn)
                    .data(RouteHealthModel::SortRole)
                    .toLongLong()
                >= kCompanyListings);

        // The 404 is among the errors.
        bool notFound = false;
        for (const models::ErrorCount &error : m_view->errorModel()->errors())
            notFound = notFound || (error.code == QStringLiteral("not_found") && error.count >= 1);
        QVERIFY(notFound);
        auto *errorsTable = m_view->findChild<QTableView *>(QStringLiteral("healthErrorsTable"));
        QCOMPARE(errorsTable->model()->rowCount(), m_view->errorModel()->rowCount());

        // The charts plot the series: the requests of every minute add up to the total.
        QChart *requests = m_view->requestsChart()->chart();
        QCOMPARE(requests->series().size(), 1);
        auto *line = qobject_cast<QLineSeries *>(requests->series().constFirst());
        QVERIFY(line);
        QCOMPARE(line->count(), 60);
        double perMinute = 0;
        for (const QPointF &point : line->points())
            perMinute += point.y();
        QCOMPARE(qint64(perMinute), health.totals.requests);
        QVERIFY(health.totals.requests >= kCompanyListings + 1);
        QCOMPARE(m_view->latencyChart()->chart()->series().size(), 3);
        QCOMPARE(m_view->latencyChart()->dataModel()->columnCount(), 4);
        QCOMPARE(m_view->latencyChart()->dataModel()->rowCount(), 60);
        QCOMPARE(m_view->errorRateChart()->chart()->series().size(), 1);
        QCOMPARE(m_view->databaseChart()->chart()->series().size(), 1);
        QVERIFY(!m_view->requestsChart()->isBusy());
        // The keyboard steps through the points; the value names the step's time.
        QTest::keyClick(m_view->requestsChart()->chartView(), Qt::Key_Right);
        QCOMPARE(m_view->requestsChart()->valueText(),
                 QStringLiteral("Requests per minute at %1: 0")
                     .arg(health.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        // The state line names the same local time and its offset (New York, see kNewYork).
        const QString state =
            m_view->findChild<QLabel *>(QStringLiteral("healthStateLabel"))->text();
        QVERIFY2(state.contains(health.from.toLocalTime().toString(QStringLiteral("HH:mm")))
                     && (state.contains(QStringLiteral("(UTC-05:00)"))
                         || state.contains(QStringLiteral("(UTC-04:00)"))),
                 qPrintable(state));

        // Requests were made: the summary judges them.
        QVERIFY(m_view->assessment().level != HealthLevel::NoData);
        QVERIFY(
            !m_view->findChild<QLabel *>(QStringLiteral("healthTotalsLabel"))->text().isEmpty());
    }

    void switchesRange()
    {
        auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("healthRangeCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("day")));
        QVERIFY(nextLoad());
        QCOMPARE(m_view->health().range, QStringLiteral("day"));
        QCOMPARE(m_view->health().stepSeconds, 300);
        QCOMPARE(m_view->health().series.size(), 288);
        QCOMPARE(m_view->requestsChart()->chart()->series().size(), 1);
        QVERIFY(rowOfRoute(QStringLiteral("GET"), kCompaniesRoute) >= 0);

        combo->setCurrentIndex(combo->findData(QStringLiteral("week")));
        QVERIFY(nextLoad());
        QCOMPARE(m_view->health().range, QStringLiteral("week"));
        QCOMPARE(m_view->health().stepSeconds, 3600);
        QCOMPARE(m_view->health().series.size(), 168);
        QCOMPARE(m_view->routeModel()
                     ->routes()
                     .at(rowOfRoute(QStringLiteral("GET"), kCompaniesRoute))
                     .requests,
                 qint64(kCompanyListings));
        // The choice is remembered for the next view.
        SystemHealthView next(*m_fixture.context());
        QCOMPARE(next.range(), QStringLiteral("week"));
        m_view->setRange(QStringLiteral("hour"));
        QVERIFY(nextLoad());
    }

    void laterChoiceCancelsTheEarlier()
    {
        m_view->setRange(QStringLiteral("day"));
        QPointer<client::ApiCall> first = m_view->pendingCall();
        QVERIFY(first);
        m_view->setRange(QStringLiteral("week"));
        QVERIFY(first.isNull() || first->isCancelled());
        QVERIFY(m_view->pendingCall());
        QVERIFY(m_view->pendingCall() != first.data());
        QVERIFY(nextLoad());
        QCOMPARE(m_view->health().range, QStringLiteral("week"));
        QVERIFY(!m_view->isLoading());
        m_view->setRange(QStringLiteral("hour"));
        QVERIFY(nextLoad());
    }

    void oneInstance()
    {
        const QStringList instances = m_view->health().instances;
        QCOMPARE(instances.size(), 1); // one server on this database
        auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("healthInstanceCombo"));
        QCOMPARE(combo->count(), 2); // all together, and the one
        QVERIFY(m_view->instanceId().isEmpty());
        combo->setCurrentIndex(combo->findData(instances.constFirst()));
        QVERIFY(nextLoad());
        QCOMPARE(m_view->health().instanceId, instances.constFirst());
        QCOMPARE(m_view->instanceId(), instances.constFirst());
        QVERIFY(rowOfRoute(QStringLiteral("GET"), kCompaniesRoute) >= 0);

        // An instance that never reported: the server refuses it, the view says so and keeps
        // what it showed, and the choice stays for the user to change.
        const qint64 requests = m_view->health().totals.requests;
        m_view->setInstanceId(QStringLiteral("no-such-instance"));
        QVERIFY(!nextLoad());
        QCOMPARE(m_view->instanceId(), QStringLiteral("no-such-instance"));
        QVERIFY2(m_view->errorText().contains(QStringLiteral("no-such-instance")),
                 qPrintable(m_view->errorText()));
        QCOMPARE(m_view->health().instanceId, instances.constFirst());
        QCOMPARE(m_view->health().totals.requests, requests);
        QVERIFY(m_view->routeModel()->rowCount() > 0);
        // Back to all together: the error goes.
        m_view->setInstanceId(QString());
        QVERIFY(nextLoad());
        QVERIFY(m_view->health().instanceId.isEmpty());
        QVERIFY(m_view->errorText().isEmpty());
    }

    void summaryFollowsThresholds()
    {
        const models::HealthTotals totals = m_view->health().totals;
        QVERIFY(totals.p95Ms > 0);
        QCOMPARE(totals.errors, 0); // no 5xx: the error rate is green on any line
        QVERIFY(totals.p95Ms < 1000);
        auto *swatch = m_view->findChild<QLabel *>(QStringLiteral("healthSummarySwatch"));

        // Lines below the p95: red.
        m_view->setThresholds(lines(totals.p95Ms / 4, totals.p95Ms / 2));
        QCOMPARE(m_view->assessment().latency, HealthLevel::Red);
        QCOMPARE(m_view->assessment().errors, HealthLevel::Green);
        QCOMPARE(m_view->assessment().level, HealthLevel::Red);
        QVERIFY2(summaryText().startsWith(QStringLiteral("Overall Red. Red: p95 latency ")),
                 qPrintable(summaryText()));
        QVERIFY(summaryText().contains(QStringLiteral("Green: error rate 0.0 %")));
        QCOMPARE(swatch->accessibleName(), QStringLiteral("Red"));

        // Amber line below, red line above: amber.
        m_view->setThresholds(lines(totals.p95Ms / 2, totals.p95Ms * 2));
        QCOMPARE(m_view->assessment().level, HealthLevel::Amber);
        QVERIFY2(summaryText().startsWith(QStringLiteral("Overall Amber. Amber: p95 latency ")),
                 qPrintable(summaryText()));
        QCOMPARE(swatch->accessibleName(), QStringLiteral("Amber"));

        // Exactly at the amber line is not above it.
        m_view->setThresholds(lines(totals.p95Ms, totals.p95Ms * 2));
        QCOMPARE(m_view->assessment().level, HealthLevel::Green);

        // The defaults (the seed's 200 ms): a few local requests are well under it.
        m_view->setThresholds({});
        QCOMPARE(m_view->assessment().level, HealthLevel::Green);
        QVERIFY2(summaryText().startsWith(QStringLiteral("Overall Green. Green: p95 latency ")),
                 qPrintable(summaryText()));
        QVERIFY(summaryText().contains(QStringLiteral("is within 200 ms")));
        QCOMPARE(swatch->accessibleName(), QStringLiteral("Green"));

        // Kept in the settings: the next view starts with them.
        const HealthThresholds custom = lines(150, 900);
        m_view->setThresholds(custom);
        QVERIFY(ui::HealthThresholdsDialog::load(m_fixture.settings()) == custom);
        SystemHealthView next(*m_fixture.context());
        QVERIFY(next.thresholds() == custom);
        // Invalid lines are refused and change nothing.
        m_view->setThresholds(lines(900, 150));
        QVERIFY(m_view->thresholds() == custom);
        m_view->setThresholds({});
    }

    // Last: it stops the server.
    void aQuietHourSaysNoData()
    {
        // Two hours on, the last hour holds no request: no colour, and the words say why once.
        const qint64 then = m_nowMs;
        m_nowMs += 2 * 60 * 60 * 1000;
        // The console's session ended with the jump: a new one at the new time.
        const auto signedIn =
            m_fixture.signInAs(QStringLiteral("quiet-hour"), models::AdminRole::Superadmin);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        m_view->reload();
        const bool loaded = nextLoad();
        m_nowMs = then;
        QVERIFY2(loaded, qPrintable(m_view->errorText()));
        QCOMPARE(m_view->health().totals.requests, qint64(0));
        QCOMPARE(m_view->assessment().level, HealthLevel::NoData);
        QCOMPARE(summaryText(), QStringLiteral("No data: no requests in this range."));
    }

    void failureKeepsTheLastData()
    {
        const int routes = m_view->routeModel()->rowCount();
        QVERIFY(routes > 0);
        const models::SystemHealth before = m_view->health();
        QSignalSpy reported(m_fixture.context(), &ui::ConsoleContext::errorReported);
        m_fixture.platform().stop();
        m_view->reload();
        QVERIFY(!nextLoad());
        QVERIFY(!m_view->errorText().isEmpty());
        QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("healthErrorLabel"))->isHidden());
        QCOMPARE(reported.size(), 1);
        QVERIFY(m_view->hasData());
        QVERIFY(m_view->health() == before);
        QCOMPARE(m_view->routeModel()->rowCount(), routes);
        QCOMPARE(m_view->requestsChart()->chart()->series().size(), 1);
        QVERIFY(!m_view->requestsChart()->isBusy());
        QVERIFY(m_view->assessment().level != HealthLevel::NoData);
    }
};

QTEST_MAIN(TestSystemHealthView)
#include "tst_systemhealthview.moc"
