#include "ModelTestSupport.h"

#include "models/domain/StatsOverview.h"
#include "models/domain/UsagePoint.h"
#include "models/domain/WireReader.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;

namespace {

QJsonObject fullOverview()
{
    return parseObject(R"({
        "companies_by_tier": {"small": 12, "medium": 5, "large": 2},
        "companies_by_status": {"active": 17, "suspended": 2, "deleted": 3},
        "users_total": 402,
        "licenses_active": 15,
        "licenses_expiring": 3,
        "licenses_in_grace": 1,
        "licenses_expired": 2,
        "expiring_within_days": 30,
        "generated_at": "2025-03-10T09:00:00Z"
    })");
}

} // namespace

// Usage time series points and the overview figures.
class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void usageRoundTrip()
    {
        const QJsonObject json =
            parseObject(R"({"day":"2025-03-10","active_users":17,"events":5230,"api_calls":1200})");
        const auto point = UsagePoint::fromJson(json);
        QVERIFY2(point.ok(), qPrintable(point.error().message));
        QCOMPARE(point->day, QDate(2025, 3, 10));
        QCOMPARE(point->events, 5230);
        QCOMPARE(point->toJson(), json);

        const auto series = listFromJson<UsagePoint>(QJsonArray {json, json});
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 2);
    }

    void usageRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QJsonObject base;
        for (const char *required : {"day", "active_users", "events", "api_calls"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << QStringLiteral("missing");
        }
        QTest::newRow("day with time")
            << QStringLiteral("day") << QJsonValue(QStringLiteral("2025-03-10T00:00:00Z"))
            << QStringLiteral("format");
        QTest::newRow("negative events")
            << QStringLiteral("events") << QJsonValue(-1) << QStringLiteral("out_of_range");
        QTest::newRow("fractional users")
            << QStringLiteral("active_users") << QJsonValue(1.5) << QStringLiteral("wrong_type");
    }
    void usageRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const QJsonObject base =
            parseObject(R"({"day":"2025-03-10","active_users":17,"events":5230,"api_calls":1200})");
        const auto point = UsagePoint::fromJson(patched(base, key, value));
        QVERIFY(!point.ok());
        QVERIFY(isFieldError(point.error(), key, reason));
    }

    void overviewRoundTrip()
    {
        const auto stats = StatsOverview::fromJson(fullOverview());
        QVERIFY2(stats.ok(), qPrintable(stats.error().message));
        QCOMPARE(stats->companiesWithTier(Tier::Small), 12);
        QCOMPARE(stats->companiesWithStatus(CompanyStatus::Deleted), 3);
        QCOMPARE(stats->companiesTotal(), 19);
        QCOMPARE(stats->toJson(), fullOverview());
        QCOMPARE(StatsOverview::fromJson(stats->toJson()).value(), stats.value());
    }

    void overviewMissingCountsAreZero()
    {
        QJsonObject json = fullOverview();
        json.insert(QStringLiteral("companies_by_tier"),
                    QJsonObject {{QStringLiteral("large"), 2}});
        const auto stats = StatsOverview::fromJson(json);
        QVERIFY(stats.ok());
        QCOMPARE(stats->companiesWithTier(Tier::Small), 0);
        // Written back with every tier present.
        QCOMPARE(stats->toJson().value(QLatin1String("companies_by_tier")).toObject().size(), 3);
        QCOMPARE(StatsOverview::fromJson(stats->toJson()).value(), stats.value());
    }

    void overviewRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject base = fullOverview();
        QTest::newRow("unknown tier")
            << patched(base, QStringLiteral("companies_by_tier"),
                       QJsonObject {{QStringLiteral("gold"), 1}})
            << QStringLiteral("companies_by_tier.gold") << QStringLiteral("unknown_value");
        QTest::newRow("count text")
            << patched(base, QStringLiteral("companies_by_status"),
                       QJsonObject {{QStringLiteral("active"), QStringLiteral("17")}})
            << QStringLiteral("companies_by_status.active") << QStringLiteral("wrong_type");
        QTest::newRow("count negative")
            << patched(base, QStringLiteral("companies_by_status"),
                       QJsonObject {{QStringLiteral("active"), -1}})
            << QStringLiteral("companies_by_status.active") << QStringLiteral("out_of_range");
        QTest::newRow("map missing")
            << patched(base, QStringLiteral("companies_by_tier"), absent())
            << QStringLiteral("companies_by_tier") << QStringLiteral("missing");
        QTest::newRow("users missing")
            << patched(base, QStringLiteral("users_total"), absent())
            << QStringLiteral("users_total") << QStringLiteral("missing");
        QTest::newRow("expiring days text")
            << patched(base, QStringLiteral("expiring_within_days"), QStringLiteral("30"))
            << QStringLiteral("expiring_within_days") << QStringLiteral("wrong_type");
    }
    void overviewRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto stats = StatsOverview::fromJson(json);
        QVERIFY(!stats.ok());
        QVERIFY(isFieldError(stats.error(), field, reason));
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
