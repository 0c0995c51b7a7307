#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/CompanyStats.h"
#include "models/domain/FeatureAdoption.h"
#include "models/domain/GrowthSeries.h"
#include "models/domain/Page.h"
#include "models/domain/StatsOverview.h"
#include "models/domain/UsagePoint.h"
#include "models/domain/UsageSeries.h"
#include "models/domain/UserStats.h"
#include "models/domain/WireReader.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

// Usage series and their points, growth series, feature adoption, the overview figures, company
// and user statistics.
class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void usageRoundTrip()
    {
        const QJsonObject json = WireSamples::usagePoint();
        const auto point = UsagePoint::fromJson(json);
        QVERIFY2(point.ok(), qPrintable(point.error().message));
        QCOMPARE(point->day, QDate(2025, 3, 10));
        QCOMPARE(point->events, 5230);
        QCOMPARE(point->logins, 21);
        QCOMPARE(point->toJson(), json);
        QVERIFY(roundTrips(point.value()));

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
        for (const char *required : {"day", "active_users", "logins", "events", "api_calls"}) {
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
        const auto point = UsagePoint::fromJson(patched(WireSamples::usagePoint(), key, value));
        QVERIFY(!point.ok());
        QVERIFY(isFieldError(point.error(), key, reason));
    }

    void overviewRoundTrip()
    {
        const auto stats = StatsOverview::fromJson(WireSamples::statsOverview());
        QVERIFY2(stats.ok(), qPrintable(stats.error().message));
        QCOMPARE(stats->companiesWithTier(Tier::Small), 12);
        QCOMPARE(stats->companiesWithStatus(CompanyStatus::Deleted), 3);
        QCOMPARE(stats->companiesTotal(), 19);
        QCOMPARE(stats->toJson(), WireSamples::statsOverview());
        QCOMPARE(StatsOverview::fromJson(stats->toJson()).value(), stats.value());
    }

    void overviewMissingCountsAreZero()
    {
        QJsonObject json = WireSamples::statsOverview();
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
        const QJsonObject base = WireSamples::statsOverview();
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

    void seriesRoundTrip()
    {
        const QJsonObject json = WireSamples::usageSeries();
        const auto series = UsageSeries::fromJson(json);
        QVERIFY2(series.ok(), qPrintable(series.error().message));
        QCOMPARE(series->from, QDate(2025, 3, 9));
        QCOMPARE(series->to, QDate(2025, 3, 10));
        QCOMPARE(series->points.size(), 2);
        QCOMPARE(series->points.at(1).apiCalls, 1200);
        QCOMPARE(series->toJson(), json);
        QVERIFY(roundTrips(series.value()));
        // The whole platform: company_id is null.
        const QJsonObject platform = patched(json, QStringLiteral("company_id"), QJsonValue());
        const auto whole = UsageSeries::fromJson(platform);
        QVERIFY2(whole.ok(), qPrintable(whole.error().message));
        QVERIFY(whole->companyId.isNull());
        QCOMPARE(whole->toJson(), platform);

        const auto bad = UsageSeries::fromJson(
            patched(json, QStringLiteral("to"), QStringLiteral("2025-03-10T00:00:00Z")));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("to"), QStringLiteral("format")));
        QJsonArray points = json.value(QLatin1String("points")).toArray();
        points.replace(1, patched(points.at(1).toObject(), QStringLiteral("events"), absent()));
        const auto badPoint =
            UsageSeries::fromJson(patched(json, QStringLiteral("points"), points));
        QVERIFY(isFieldError(badPoint.error(), QStringLiteral("points[1].events"),
                             QStringLiteral("missing")));
    }

    void growthRoundTrip()
    {
        const QJsonObject json = WireSamples::growthSeries();
        const auto series = GrowthSeries::fromJson(json);
        QVERIFY2(series.ok(), qPrintable(series.error().message));
        QCOMPARE(series->from, QDate(2025, 3, 10));
        QCOMPARE(series->points.size(), 3);
        const GrowthPoint &medium = series->points.at(1);
        QCOMPARE(medium.tier, Tier::Medium);
        QCOMPARE(medium.companies, 14);
        QCOMPARE(medium.newCompanies, 2);
        QCOMPARE(medium.churnedCompanies, 1);
        QCOMPARE(medium.activeCompanies, 11);
        QCOMPARE(series->toJson(), json);
        QVERIFY(roundTrips(series.value()));
        QCOMPARE(GrowthPoint::fromJson(WireSamples::growthPoint())->toJson(),
                 WireSamples::growthPoint());
    }

    void growthRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        for (const char *required : {"day", "tier", "companies", "new_companies",
                                     "churned_companies", "active_companies"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << QStringLiteral("missing");
        }
        QTest::newRow("unknown tier")
            << QStringLiteral("tier") << QJsonValue(QStringLiteral("gold"))
            << QStringLiteral("unknown_value");
        QTest::newRow("negative churn") << QStringLiteral("churned_companies") << QJsonValue(-1)
                                        << QStringLiteral("out_of_range");
    }
    void growthRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto point = GrowthPoint::fromJson(patched(WireSamples::growthPoint(), key, value));
        QVERIFY(!point.ok());
        QVERIFY(isFieldError(point.error(), key, reason));
        // Inside a series, the field is named with its place.
        QJsonArray points {patched(WireSamples::growthPoint(), key, value)};
        const auto series = GrowthSeries::fromJson(
            patched(WireSamples::growthSeries(), QStringLiteral("points"), points));
        QVERIFY(isFieldError(series.error(), QStringLiteral("points[0].") + key, reason));
    }

    void adoptionRoundTrip()
    {
        const QJsonObject json = WireSamples::featureAdoption();
        const auto adoption = FeatureAdoption::fromJson(json);
        QVERIFY2(adoption.ok(), qPrintable(adoption.error().message));
        QCOMPARE(adoption->from, QDate(2025, 2, 9));
        QCOMPARE(adoption->to, QDate(2025, 3, 10));
        QCOMPARE(adoption->rows.size(), 2);
        const FeatureAdoptionRow &large = adoption->rows.at(1);
        QCOMPARE(large.featureCode, QStringLiteral("reporting"));
        QCOMPARE(large.tier, Tier::Large);
        QCOMPARE(large.companies, 12);
        QCOMPARE(large.enabled, 10);
        QCOMPARE(large.activeShare, 0.625);
        QCOMPARE(large.uses, 4310);
        QCOMPARE(adoption->toJson(), json);
        QVERIFY(roundTrips(adoption.value()));
        QCOMPARE(FeatureAdoptionRow::fromJson(WireSamples::featureAdoptionRow())->toJson(),
                 WireSamples::featureAdoptionRow());
    }

    void adoptionRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        for (const char *required :
             {"feature_code", "tier", "companies", "enabled", "active_share", "uses"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << QStringLiteral("missing");
        }
        QTest::newRow("active_share as text")
            << QStringLiteral("active_share") << QJsonValue(QStringLiteral("0.5"))
            << QStringLiteral("wrong_type");
        QTest::newRow("negative active_share")
            << QStringLiteral("active_share") << QJsonValue(-0.1) << QStringLiteral("out_of_range");
        QTest::newRow("active_share above 1")
            << QStringLiteral("active_share") << QJsonValue(1.5) << QStringLiteral("out_of_range");
        QTest::newRow("negative uses")
            << QStringLiteral("uses") << QJsonValue(-4) << QStringLiteral("out_of_range");
    }
    void adoptionRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto row =
            FeatureAdoptionRow::fromJson(patched(WireSamples::featureAdoptionRow(), key, value));
        QVERIFY(!row.ok());
        QVERIFY(isFieldError(row.error(), key, reason));
        const auto adoption = FeatureAdoption::fromJson(
            patched(WireSamples::featureAdoption(), QStringLiteral("rows"),
                    QJsonArray {patched(WireSamples::featureAdoptionRow(), key, value)}));
        QVERIFY(isFieldError(adoption.error(), QStringLiteral("rows[0].") + key, reason));
    }

    void companyStatsRoundTrip()
    {
        const QJsonObject json = WireSamples::companyStats();
        const auto stats = CompanyStats::fromJson(json);
        QVERIFY2(stats.ok(), qPrintable(stats.error().message));
        QCOMPARE(stats->tier, Tier::Medium);
        QCOMPARE(stats->userCount, 19);
        QCOMPARE(stats->activeUsers30d, 14);
        QCOMPARE(stats->licenseStatus, LicenseDisplayStatus::Expiring);
        QCOMPARE(stats->toJson(), json);
        QVERIFY(roundTrips(stats.value()));
        // Without a license: license_expires_at is null.
        const QJsonObject unlicensed =
            patched(patched(json, QStringLiteral("license_status"), QStringLiteral("none")),
                    QStringLiteral("license_expires_at"), QJsonValue());
        QCOMPARE(CompanyStats::fromJson(unlicensed)->toJson(), unlicensed);
        // A page of them, as GET /admin/stats/companies answers.
        const QJsonObject page {{QStringLiteral("items"), QJsonArray {json}},
                                {QStringLiteral("next_cursor"), QStringLiteral("eyJvIjoxfQ")},
                                {QStringLiteral("total"), 2}};
        QCOMPARE(Page<CompanyStats>::fromJson(page)->toJson(), page);

        const auto bad = CompanyStats::fromJson(
            patched(json, QStringLiteral("active_users_30d"), QStringLiteral("14")));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("active_users_30d"),
                             QStringLiteral("wrong_type")));
    }

    void userStatsRoundTrip()
    {
        const QJsonObject json = WireSamples::userStats();
        const auto stats = UserStats::fromJson(json);
        QVERIFY2(stats.ok(), qPrintable(stats.error().message));
        QCOMPARE(stats->usersWithTier(Tier::Medium), 212);
        QCOMPARE(stats->seatsLicensed, 450);
        QCOMPARE(stats->toJson(), json);
        QVERIFY(roundTrips(stats.value()));
    }

    void userStatsNameEveryTier()
    {
        // A tier without users may be left out; the codec, like the server, writes it as 0.
        QJsonObject json = WireSamples::userStats();
        json.insert(QStringLiteral("users_by_tier"), parseObject(R"({"small": 3})"));
        const auto stats = UserStats::fromJson(json);
        QVERIFY2(stats.ok(), qPrintable(stats.error().message));
        QCOMPARE(stats->usersWithTier(Tier::Large), 0);
        QCOMPARE(stats->toJson().value(QLatin1String("users_by_tier")).toObject(),
                 parseObject(R"({"small": 3, "medium": 0, "large": 0})"));
        QVERIFY(roundTrips(stats.value()));

        json.insert(QStringLiteral("users_by_tier"), parseObject(R"({"small": -3})"));
        QVERIFY(isFieldError(UserStats::fromJson(json).error(),
                             QStringLiteral("users_by_tier.small"),
                             QStringLiteral("out_of_range")));
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
