#include "models/item/HealthStatus.h"

#include <QLocale>
#include <QTest>

#include <ctime>

using namespace sphair::models;

// HealthStatus: the red/amber/green summary of the system-health view against its lines, a
// figure below, at and above each line, and the words that say what the colour says.
class TestHealthStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void defaultsAreTheSeedsTarget()
    {
        const HealthThresholds thresholds;
        QCOMPARE(thresholds.latencyAmberMs, 200.0);
        QCOMPARE(thresholds.latencyRedMs, 1000.0);
        QCOMPARE(thresholds.errorRateAmber, 0.01);
        QCOMPARE(thresholds.errorRateRed, 0.05);
        QVERIFY(thresholds.isValid());
    }

    void thresholdsValidity_data()
    {
        QTest::addColumn<double>("latencyAmber");
        QTest::addColumn<double>("latencyRed");
        QTest::addColumn<double>("errorAmber");
        QTest::addColumn<double>("errorRed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << 200.0 << 1000.0 << 0.01 << 0.05 << true;
        QTest::newRow("equal lines") << 300.0 << 300.0 << 0.02 << 0.02 << true;
        QTest::newRow("latency amber above red") << 1001.0 << 1000.0 << 0.01 << 0.05 << false;
        QTest::newRow("error amber above red") << 200.0 << 1000.0 << 0.06 << 0.05 << false;
        QTest::newRow("zero latency line") << 0.0 << 1000.0 << 0.01 << 0.05 << false;
        QTest::newRow("zero error line") << 200.0 << 1000.0 << 0.0 << 0.05 << false;
        QTest::newRow("error rate over 100 %") << 200.0 << 1000.0 << 0.01 << 1.5 << false;
    }

    void thresholdsValidity()
    {
        QFETCH(double, latencyAmber);
        QFETCH(double, latencyRed);
        QFETCH(double, errorAmber);
        QFETCH(double, errorRed);
        QFETCH(bool, valid);
        HealthThresholds thresholds;
        thresholds.latencyAmberMs = latencyAmber;
        thresholds.latencyRedMs = latencyRed;
        thresholds.errorRateAmber = errorAmber;
        thresholds.errorRateRed = errorRed;
        QCOMPARE(thresholds.isValid(), valid);
    }

    void levels_data()
    {
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<int>("latency");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("overall");
        QTest::addColumn<QString>("latencyText");
        QTest::addColumn<QString>("errorText");
        const auto green = int(HealthLevel::Green);
        const auto amber = int(HealthLevel::Amber);
        const auto red = int(HealthLevel::Red);
        // Latency around 200 ms and 1000 ms, with no errors.
        QTest::newRow("latency below amber") << 199.0 << 0.0 << green << green << green
                                             << "Green: p95 latency 199 ms is within 200 ms"
                                             << "Green: error rate 0.0 % is within 1.0 %";
        QTest::newRow("latency at amber") << 200.0 << 0.0 << green << green << green
                                          << "Green: p95 latency 200 ms is within 200 ms"
                                          << "Green: error rate 0.0 % is within 1.0 %";
        QTest::newRow("latency above amber") << 240.0 << 0.0 << amber << green << amber
                                             << "Amber: p95 latency 240 ms is above 200 ms"
                                             << "Green: error rate 0.0 % is within 1.0 %";
        QTest::newRow("latency below red") << 999.0 << 0.0 << amber << green << amber
                                           << "Amber: p95 latency 999 ms is above 200 ms"
                                           << "Green: error rate 0.0 % is within 1.0 %";
        QTest::newRow("latency at red") << 1000.0 << 0.0 << amber << green << amber
                                        << "Amber: p95 latency 1000 ms is above 200 ms"
                                        << "Green: error rate 0.0 % is within 1.0 %";
        QTest::newRow("latency above red")
            << 1500.0 << 0.0 << red << green << red << "Red: p95 latency 1500 ms is above 1000 ms"
            << "Green: error rate 0.0 % is within 1.0 %";
        // Error rate around 1 % and 5 %, with fast answers.
        QTest::newRow("errors below amber") << 8.5 << 0.009 << green << green << green
                                            << "Green: p95 latency 8.5 ms is within 200 ms"
                                            << "Green: error rate 0.90 % is within 1.0 %";
        QTest::newRow("errors at amber") << 8.5 << 0.01 << green << green << green
                                         << "Green: p95 latency 8.5 ms is within 200 ms"
                                         << "Green: error rate 1.0 % is within 1.0 %";
        QTest::newRow("errors above amber") << 8.5 << 0.011 << green << amber << amber
                                            << "Green: p95 latency 8.5 ms is within 200 ms"
                                            << "Amber: error rate 1.1 % is above 1.0 %";
        QTest::newRow("errors at red") << 8.5 << 0.05 << green << amber << amber
                                       << "Green: p95 latency 8.5 ms is within 200 ms"
                                       << "Amber: error rate 5.0 % is above 1.0 %";
        QTest::newRow("errors above red")
            << 8.5 << 0.25 << green << red << red << "Green: p95 latency 8.5 ms is within 200 ms"
            << "Red: error rate 25 % is above 5.0 %";
        // The worse of the two decides.
        QTest::newRow("amber latency, red errors")
            << 300.0 << 0.06 << amber << red << red << "Amber: p95 latency 300 ms is above 200 ms"
            << "Red: error rate 6.0 % is above 5.0 %";
        QTest::newRow("red latency, amber errors")
            << 1001.0 << 0.02 << red << amber << red << "Red: p95 latency 1001 ms is above 1000 ms"
            << "Amber: error rate 2.0 % is above 1.0 %";
    }

    void levels()
    {
        QFETCH(double, p95);
        QFETCH(double, errorRate);
        QFETCH(int, latency);
        QFETCH(int, errors);
        QFETCH(int, overall);
        QFETCH(QString, latencyText);
        QFETCH(QString, errorText);
        const HealthAssessment assessment = HealthStatus::assess(p95, errorRate, 100, {});
        QCOMPARE(int(assessment.latency), latency);
        QCOMPARE(int(assessment.errors), errors);
        QCOMPARE(int(assessment.level), overall);
        QCOMPARE(assessment.latencyText, latencyText);
        QCOMPARE(assessment.errorText, errorText);
        QCOMPARE(assessment.summary(),
                 latencyText + QStringLiteral(". ") + errorText + QStringLiteral("."));
        // The overall word leads the summary of the worse figure.
        QVERIFY(assessment.summary().contains(HealthStatus::levelName(assessment.level)));
    }

    void configuredLines()
    {
        HealthThresholds thresholds;
        thresholds.latencyAmberMs = 50;
        thresholds.latencyRedMs = 120;
        thresholds.errorRateAmber = 0.001;
        thresholds.errorRateRed = 0.004;
        HealthAssessment assessment = HealthStatus::assess(60, 0.001, 10, thresholds);
        QCOMPARE(assessment.latency, HealthLevel::Amber);
        QCOMPARE(assessment.errors, HealthLevel::Green);
        QCOMPARE(assessment.latencyText, QStringLiteral("Amber: p95 latency 60 ms is above 50 ms"));
        QCOMPARE(assessment.errorText, QStringLiteral("Green: error rate 0.10 % is within 0.10 %"));
        assessment = HealthStatus::assess(121, 0.005, 10, thresholds);
        QCOMPARE(assessment.level, HealthLevel::Red);
        QCOMPARE(assessment.latencyText, QStringLiteral("Red: p95 latency 121 ms is above 120 ms"));
        QCOMPARE(assessment.errorText, QStringLiteral("Red: error rate 0.50 % is above 0.40 %"));
    }

    void noRequestsIsNoData()
    {
        // Zeros mean "nothing recorded", not "fast and faultless".
        const HealthAssessment assessment = HealthStatus::assess(0, 0, 0, {});
        QCOMPARE(assessment.level, HealthLevel::NoData);
        QCOMPARE(assessment.latency, HealthLevel::NoData);
        QCOMPARE(assessment.errors, HealthLevel::NoData);
        QCOMPARE(assessment.summary(), QStringLiteral("No data: no requests in this range"));
        QCOMPARE(HealthStatus::levelName(HealthLevel::NoData), QStringLiteral("No data"));
    }

    void localTimesNameTheirOffset()
    {
        qputenv("TZ", "America/New_York");
        tzset();
        // 15:05 UTC is 10:05 EST in winter and 11:05 EDT in summer.
        const QDateTime winter(QDate(2026, 12, 3), QTime(15, 5), Qt::UTC);
        const QDateTime summer(QDate(2026, 7, 3), QTime(15, 5), Qt::UTC);
        QCOMPARE(HealthStatus::localMinute(winter), QStringLiteral("2026-12-03 10:05"));
        QCOMPARE(HealthStatus::utcOffsetName(winter), QStringLiteral("UTC-05:00"));
        QCOMPARE(HealthStatus::localMinute(summer), QStringLiteral("2026-07-03 11:05"));
        QCOMPARE(HealthStatus::utcOffsetName(summer), QStringLiteral("UTC-04:00"));
        qputenv("TZ", "Asia/Kolkata");
        tzset();
        QCOMPARE(HealthStatus::localMinute(winter), QStringLiteral("2026-12-03 20:35"));
        QCOMPARE(HealthStatus::utcOffsetName(winter), QStringLiteral("UTC+05:30"));
        qputenv("TZ", "UTC");
        tzset();
        QCOMPARE(HealthStatus::utcOffsetName(winter), QStringLiteral("UTC"));
    }

    void coloursDiffer()
    {
        const QList<HealthLevel> levels {HealthLevel::NoData, HealthLevel::Green,
                                         HealthLevel::Amber, HealthLevel::Red};
        for (const HealthLevel a : levels) {
            QVERIFY(HealthStatus::levelColour(a).isValid());
            for (const HealthLevel b : levels) {
                if (a != b)
                    QVERIFY(HealthStatus::levelColour(a) != HealthStatus::levelColour(b));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHealthStatus)
#include "tst_healthstatus.moc"
