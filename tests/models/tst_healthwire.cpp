#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/SystemHealth.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

// The wire types of GET /admin/system/health: SystemHealth with its HealthBucket series,
// RouteHealth rows, ErrorCount rows and HealthTotals; the first fields in this codebase
// that are numbers with fractions (WireReader::number).
class TestHealthWire : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QJsonObject json = WireSamples::systemHealth();
        const auto health = SystemHealth::fromJson(json);
        QVERIFY2(health.ok(), qPrintable(health.error().message));
        QCOMPARE(health->range, QStringLiteral("hour"));
        QCOMPARE(health->from, QDateTime(QDate(2025, 3, 10), QTime(8, 0), Qt::UTC));
        QCOMPARE(health->stepSeconds, 60);
        QCOMPARE(health->instances.size(), 2);
        QCOMPARE(health->instanceId, QStringLiteral("platform-a-4711"));
        QCOMPARE(health->series.size(), 2);
        QCOMPARE(health->series.at(1).clientErrors, 7);
        QCOMPARE(health->series.at(1).p99Ms, 480.75);
        QCOMPARE(health->series.at(1).dbMeanMs, 1.375);
        QCOMPARE(health->routes.at(0).route, QStringLiteral("/admin/companies/{id}"));
        QCOMPARE(health->routes.at(0).meanMs, 42.5);
        QCOMPARE(health->errors.at(1), (ErrorCount {QStringLiteral("internal"), 2}));
        QCOMPARE(health->totals.errorRate, 0.015625);
        QCOMPARE(health->toJson(), json);
        QVERIFY(roundTrips(health.value()));
        QVERIFY(roundTrips(health->series.at(1)));
        QVERIFY(roundTrips(health->routes.at(0)));
        QVERIFY(roundTrips(health->totals));

        // All instances together: instance_id is null.
        const QJsonObject together = patched(json, QStringLiteral("instance_id"), QJsonValue());
        const auto all = SystemHealth::fromJson(together);
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QVERIFY(all->instanceId.isEmpty());
        QCOMPARE(all->toJson(), together);
    }

    void rejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject base = WireSamples::systemHealth();
        QTest::newRow("unknown range")
            << patched(base, QStringLiteral("range"), QStringLiteral("month"))
            << QStringLiteral("range") << QStringLiteral("unknown_value");
        QTest::newRow("step zero")
            << patched(base, QStringLiteral("step_seconds"), 0) << QStringLiteral("step_seconds")
            << QStringLiteral("out_of_range");
        QTest::newRow("from missing") << patched(base, QStringLiteral("from"), absent())
                                      << QStringLiteral("from") << QStringLiteral("missing");
        QTest::newRow("totals missing") << patched(base, QStringLiteral("totals"), absent())
                                        << QStringLiteral("totals") << QStringLiteral("missing");

        QJsonObject totals = base.value(QLatin1String("totals")).toObject();
        QTest::newRow("rate as text")
            << patched(base, QStringLiteral("totals"),
                       patched(totals, QStringLiteral("error_rate"), QStringLiteral("0.1")))
            << QStringLiteral("totals.error_rate") << QStringLiteral("wrong_type");
        QTest::newRow("negative p95")
            << patched(base, QStringLiteral("totals"),
                       patched(totals, QStringLiteral("p95_ms"), -0.5))
            << QStringLiteral("totals.p95_ms") << QStringLiteral("out_of_range");

        QJsonArray series = base.value(QLatin1String("series")).toArray();
        series.replace(1, patched(series.at(1).toObject(), QStringLiteral("db_mean_ms"), absent()));
        QTest::newRow("bucket without db time")
            << patched(base, QStringLiteral("series"), series)
            << QStringLiteral("series[1].db_mean_ms") << QStringLiteral("missing");
        series = base.value(QLatin1String("series")).toArray();
        series.replace(0, patched(series.at(0).toObject(), QStringLiteral("requests"), 1.5));
        QTest::newRow("fractional requests")
            << patched(base, QStringLiteral("series"), series)
            << QStringLiteral("series[0].requests") << QStringLiteral("wrong_type");

        QJsonArray routes = base.value(QLatin1String("routes")).toArray();
        routes.replace(0, patched(routes.at(0).toObject(), QStringLiteral("mean_ms"), true));
        QTest::newRow("mean as boolean")
            << patched(base, QStringLiteral("routes"), routes)
            << QStringLiteral("routes[0].mean_ms") << QStringLiteral("wrong_type");
        QJsonArray errors = base.value(QLatin1String("errors")).toArray();
        errors.replace(1, patched(errors.at(1).toObject(), QStringLiteral("count"), -1));
        QTest::newRow("negative error count")
            << patched(base, QStringLiteral("errors"), errors) << QStringLiteral("errors[1].count")
            << QStringLiteral("out_of_range");
    }
    void rejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto health = SystemHealth::fromJson(json);
        QVERIFY(!health.ok());
        QVERIFY(isFieldError(health.error(), field, reason));
    }

    void wholeNumbersReadAsNumbers()
    {
        // A number field accepts 0 and 12 as well as 12.5, and writes them back as numbers.
        QJsonObject json = WireSamples::systemHealth().value(QLatin1String("totals")).toObject();
        json.insert(QStringLiteral("p50_ms"), 12);
        const auto totals = HealthTotals::fromJson(json);
        QVERIFY2(totals.ok(), qPrintable(totals.error().message));
        QCOMPARE(totals->p50Ms, 12.0);
        QCOMPARE(totals->toJson().value(QLatin1String("p50_ms")).toDouble(), 12.0);
    }
};

QTEST_GUILESS_MAIN(TestHealthWire)
#include "tst_healthwire.moc"
