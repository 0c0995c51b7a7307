#include "models/domain/CompanyStats.h"
#include "models/domain/FeatureAdoption.h"
#include "models/domain/GrowthSeries.h"
#include "models/domain/Page.h"
#include "models/domain/UsageSeries.h"
#include "models/domain/WireTime.h"
#include "server/services/StatsService.h"
#include "tests/support/PlatformFixture.h"

#include <QTest>

#include <iterator>

using namespace sphair;
using namespace sphair::tests;
using models::Tier;
using server::SqlSession;

namespace {

// The week of the data set: D0 is Monday 2 March 2026, D6 Sunday 8 March.
const QDate kD0(2026, 3, 2);

QDate d(int n)
{
    return kD0.addDays(n);
}

QDateTime at(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

QString wireDay(QDate day)
{
    return models::WireTime::dateToString(day);
}

// The points D0–D6 of a usage series: active users, logins, events, API calls per day.
QList<models::UsagePoint> pointsOf(const qint64 (&figures)[7][4])
{
    QList<models::UsagePoint> points;
    for (int i = 0; i < 7; ++i)
        points.append({d(i), figures[i][0], figures[i][1], figures[i][2], figures[i][3]});
    return points;
}

// One company of the data set, written straight into the database.
struct Company
{
    const char *code;
    const char *tier;
    const char *status;
    int maxUsers;
    int activeUsers;
    QDateTime createdAt;
    QDateTime updatedAt; // the suspension of a suspended company
    QDateTime deletedAt;
};

// A usage_daily row: company code, day (n of Dn), active users, logins, events, API calls.
struct Usage
{
    const char *code;
    int day;
    int activeUsers;
    int logins;
    int events;
    int apiCalls;
};

// A feature_usage_daily row.
struct FeatureUse
{
    const char *code;
    int day;
    const char *feature;
    int uses;
};

// A feature override: company, feature, on or off.
struct Override
{
    const char *code;
    const char *feature;
    bool enabled;
};

// ALPHA  small  existing before the week, 5 of 10 users
// BRAVO  small  created on D2, 4 of 4 users
// CHARLIE medium existing before, deleted on D4 (14:00)
// DELTA  medium existing before, 5 of 20 users
// ECHO   large  existing before, suspended on D5 (08:00), 10 of 40 users
// FOXTROT large  created after the week (10 March), no users
// GOLF   small  created and deleted before the week
const Company kCompanies[] = {
    {"ALPHA", "small", "active", 10, 5, at(QDate(2026, 2, 1), 10), {}, {}},
    {"BRAVO", "small", "active", 4, 4, at(d(2), 9), {}, {}},
    {"CHARLIE", "medium", "deleted", 12, 3, at(QDate(2026, 1, 15), 8), at(d(4), 14), at(d(4), 14)},
    {"DELTA", "medium", "active", 20, 5, at(QDate(2026, 2, 20), 12), {}, {}},
    {"ECHO", "large", "suspended", 40, 10, at(QDate(2026, 2, 10), 7), at(d(5), 8), {}},
    {"FOXTROT", "large", "active", 30, 0, at(QDate(2026, 3, 10), 11), {}, {}},
    {"GOLF", "small", "deleted", 5, 0, at(QDate(2026, 1, 5), 9), at(QDate(2026, 2, 15), 9),
     at(QDate(2026, 2, 15), 9)},
};

// No rows at all on D5; CHARLIE has a row of zeros on D1 (not an active company then); ALPHA
// has rows the day before and after the week (outside every range asked for).
const Usage kUsage[] = {
    {"ALPHA", -1, 9, 9, 90, 9}, {"ALPHA", 0, 3, 4, 30, 10},   {"ALPHA", 1, 2, 2, 20, 0},
    {"ALPHA", 3, 4, 6, 50, 5},  {"ALPHA", 6, 1, 1, 5, 0},     {"ALPHA", 7, 7, 7, 70, 7},
    {"BRAVO", 2, 2, 3, 10, 0},  {"BRAVO", 3, 4, 5, 40, 0},    {"CHARLIE", 0, 6, 7, 60, 20},
    {"CHARLIE", 1, 0, 0, 0, 0}, {"CHARLIE", 3, 5, 5, 55, 15}, {"DELTA", 3, 3, 3, 33, 11},
    {"DELTA", 6, 2, 2, 22, 7},  {"ECHO", 1, 8, 9, 80, 40},    {"ECHO", 4, 6, 6, 60, 30},
};

const FeatureUse kFeatureUses[] = {
    {"ALPHA", -1, "reporting", 9},   {"ALPHA", 0, "inventory", 5},  {"ALPHA", 3, "inventory", 7},
    {"ALPHA", 3, "calendar", 2},     {"BRAVO", 2, "inventory", 1},  {"BRAVO", 3, "calendar", 0},
    {"CHARLIE", 0, "inventory", 10}, {"DELTA", 3, "inventory", 4},  {"DELTA", 6, "white_label", 3},
    {"ECHO", 1, "api_access", 20},   {"ECHO", 4, "api_access", 30}, {"ECHO", 4, "inventory", 6},
};

const Override kOverrides[] = {
    {"ALPHA", "multi_site", true},  {"BRAVO", "reporting", false},  {"CHARLIE", "multi_site", true},
    {"DELTA", "api_access", false}, {"DELTA", "white_label", true},
};

} // namespace

// The usage chart series against a small data set written in this test, with every expected
// figure worked out by hand from it (SQLite and PostgreSQL): the platform roll-up
// (StatsService::rollUp) and what GET /admin/stats/usage, /growth, /feature-adoption and
// /companies?sort=utilisation answer from it, and the ranges they refuse.
class TestUsageSeries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto written = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](SqlSession &session) { return write(session); });
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        const auto rolledUp =
            server::StatsService(m_platform.server().context()).rollUp(d(0), d(6));
        QVERIFY2(rolledUp.ok(), qPrintable(rolledUp.error().message));
    }

    void platformUsage()
    {
        const auto series = usage(QString());
        QVERIFY(series.companyId.isNull());
        QCOMPARE(series.from, d(0));
        QCOMPARE(series.to, d(6));
        // Per day the sums over every company (deleted and suspended ones too, while they had
        // rows): active users, logins, events, API calls.
        const qint64 expected[7][4] = {
            {9, 11, 90, 30}, // D0: ALPHA (3, 4, 30, 10) + CHARLIE (6, 7, 60, 20)
            {10, 11, 100, 40}, // D1: ALPHA (2, 2, 20, 0) + CHARLIE zeros + ECHO (8, 9, 80, 40)
            {2, 3, 10, 0}, // D2: BRAVO
            {16, 19, 178, 31}, // D3: ALPHA (4, 6, 50, 5) + BRAVO (4, 5, 40, 0) + CHARLIE (5, 5,
                               // 55, 15) + DELTA (3, 3, 33, 11)
            {6, 6, 60, 30}, // D4: ECHO
            {0, 0, 0, 0}, // D5: no rows
            {3, 3, 27, 7}, // D6: ALPHA (1, 1, 5, 0) + DELTA (2, 2, 22, 7)
        };
        QCOMPARE(series.points, pointsOf(expected));
    }

    void companyUsage()
    {
        const auto series =
            usage(m_ids.value(QStringLiteral("ALPHA")).toString(QUuid::WithoutBraces));
        QCOMPARE(series.companyId, m_ids.value(QStringLiteral("ALPHA")));
        // ALPHA's own rows; D2, D4 and D5 have none; D-1 and D7 are outside.
        const qint64 expected[7][4] = {{3, 4, 30, 10}, {2, 2, 20, 0}, {0, 0, 0, 0}, {4, 6, 50, 5},
                                       {0, 0, 0, 0},   {0, 0, 0, 0},  {1, 1, 5, 0}};
        QCOMPARE(series.points, pointsOf(expected));
    }

    void growth()
    {
        const ApiReply reply = m_platform.admin().get(
            QStringLiteral("/admin/stats/growth?from=%1&to=%2").arg(wireDay(d(0)), wireDay(d(6))));
        QCOMPARE(reply.status, 200);
        const auto series = models::GrowthSeries::fromJson(reply.json());
        QVERIFY2(series.ok(), qPrintable(series.error().message));
        QCOMPARE(series->from, d(0));
        QCOMPARE(series->to, d(6));
        // Per day small, medium, large: companies existing at the end of the day, created,
        // churned, with an active user.
        // small: ALPHA all week, BRAVO from D2 (GOLF gone before); active: ALPHA D0, D1, D3,
        //   D6 and BRAVO D2, D3.
        // medium: CHARLIE until D3 (deleted D4), DELTA all week; active: CHARLIE D0, D3 (its
        //   D1 row is zeros) and DELTA D3, D6.
        // large: ECHO until D4 (suspended D5), FOXTROT only after the week; active: ECHO D1,
        //   D4.
        const qint64 expected[7][3][4] = {
            {{1, 0, 0, 1}, {2, 0, 0, 1}, {1, 0, 0, 0}}, // D0
            {{1, 0, 0, 1}, {2, 0, 0, 0}, {1, 0, 0, 1}}, // D1
            {{2, 1, 0, 1}, {2, 0, 0, 0}, {1, 0, 0, 0}}, // D2: BRAVO created
            {{2, 0, 0, 2}, {2, 0, 0, 2}, {1, 0, 0, 0}}, // D3
            {{2, 0, 0, 0}, {1, 0, 1, 0}, {1, 0, 0, 1}}, // D4: CHARLIE deleted
            {{2, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}}, // D5: ECHO suspended
            {{2, 0, 0, 1}, {1, 0, 0, 1}, {0, 0, 0, 0}}, // D6
        };
        QCOMPARE(series->points.size(), 7 * 3);
        for (int i = 0; i < 7; ++i) {
            for (int t = 0; t < 3; ++t) {
                const models::GrowthPoint &point = series->points.at(i * 3 + t);
                const QByteArray where =
                    QStringLiteral("D%1 %2").arg(i).arg(models::tierCode(point.tier)).toUtf8();
                QCOMPARE(point.day, d(i));
                QCOMPARE(point.tier, models::allTiers().at(t));
                QVERIFY2(point.companies == expected[i][t][0], where.constData());
                QVERIFY2(point.newCompanies == expected[i][t][1], where.constData());
                QVERIFY2(point.churnedCompanies == expected[i][t][2], where.constData());
                QVERIFY2(point.activeCompanies == expected[i][t][3], where.constData());
            }
        }

        // A range partly outside what was rolled up: zeros for those days, every tier.
        const ApiReply wider = m_platform.admin().get(
            QStringLiteral("/admin/stats/growth?from=%1&to=%2").arg(wireDay(d(-2)), wireDay(d(0))));
        QCOMPARE(wider.status, 200);
        const auto early = models::GrowthSeries::fromJson(wider.json());
        QVERIFY(early.ok());
        QCOMPARE(early->points.size(), 9);
        QCOMPARE(early->points.at(0).companies, 0);
        QCOMPARE(early->points.at(7).companies, 2); // D0 medium
    }

    void featureAdoption()
    {
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/stats/feature-adoption?from=%1&to=%2")
                                       .arg(wireDay(d(0)), wireDay(d(6))));
        QCOMPARE(reply.status, 200);
        const auto adoption = models::FeatureAdoption::fromJson(reply.json());
        QVERIFY2(adoption.ok(), qPrintable(adoption.error().message));
        QCOMPARE(adoption->from, d(0));
        QCOMPARE(adoption->to, d(6));
        // Existing at the end of D6: small ALPHA, BRAVO (2); medium DELTA (1; CHARLIE is
        // deleted); large ECHO (1; suspended still exists; FOXTROT comes later).
        // Enabled: small template inventory, calendar, reporting, mobile_app, less BRAVO's
        // reporting, plus ALPHA's multi_site; medium template (those four and api_access,
        // offline_mode, advanced_analytics, custom_templates) less DELTA's api_access plus its
        // white_label (CHARLIE's multi_site does not count); large: everything.
        // Active share = company-days using the feature ÷ company-days of the tier, both over
        // D0–D6, a company counting only on the days it existed (created by the end of the day,
        // not churned by then). Company-days (the growth test's companies per day): small
        // 1+1+2+2+2+2+2 = 12, medium 2+2+2+2+1+1+1 = 11, large 1+1+1+1+1+0+0 = 5.
        // Use (uses > 0) in D0–D6:
        // - inventory: small ALPHA D0 (5), ALPHA D3 (7), BRAVO D2 (1, created that day) → 3/12,
        //   13 uses; medium CHARLIE D0 (10; it existed then, deleted D4), DELTA D3 (4) → 2/11,
        //   14 uses; large ECHO D4 (6; suspended only on D5) → 1/5, 6 uses.
        // - calendar: small ALPHA D3 (2; BRAVO's 0 is no use) → 1/12, 2 uses.
        // - reporting: none (ALPHA's 9 is on D-1, outside).
        // - api_access: large ECHO D1 (20), D4 (30) → 2/5, 50 uses.
        // - white_label: medium DELTA D6 (3) → 1/11, 3 uses.
        struct Expected
        {
            const char *feature;
            qint64 enabled[3];
            double activeShare[3];
            qint64 uses[3];
        };
        const Expected expected[] = {
            {"inventory", {2, 1, 1}, {3.0 / 12, 2.0 / 11, 1.0 / 5}, {13, 14, 6}},
            {"calendar", {2, 1, 1}, {1.0 / 12, 0, 0}, {2, 0, 0}},
            {"reporting", {1, 1, 1}, {0, 0, 0}, {0, 0, 0}},
            {"api_access", {0, 0, 1}, {0, 0, 2.0 / 5}, {0, 0, 50}},
            {"offline_mode", {0, 1, 1}, {0, 0, 0}, {0, 0, 0}},
            {"mobile_app", {2, 1, 1}, {0, 0, 0}, {0, 0, 0}},
            {"advanced_analytics", {0, 1, 1}, {0, 0, 0}, {0, 0, 0}},
            {"custom_templates", {0, 1, 1}, {0, 0, 0}, {0, 0, 0}},
            {"multi_site", {1, 0, 1}, {0, 0, 0}, {0, 0, 0}},
            {"workflow_automation", {0, 0, 1}, {0, 0, 0}, {0, 0, 0}},
            {"white_label", {0, 1, 1}, {0, 1.0 / 11, 0}, {0, 3, 0}},
        };
        const qint64 companies[3] = {2, 1, 1};
        QCOMPARE(adoption->rows.size(), qsizetype(std::size(expected)) * 3);
        for (qsizetype f = 0; f < qsizetype(std::size(expected)); ++f) {
            for (int t = 0; t < 3; ++t) {
                const models::FeatureAdoptionRow &row = adoption->rows.at(f * 3 + t);
                const Expected &want = expected[f];
                const QByteArray where =
                    (QLatin1String(want.feature) + QLatin1Char(' ') + models::tierCode(row.tier))
                        .toUtf8();
                QCOMPARE(row.featureCode, QString::fromLatin1(want.feature));
                QCOMPARE(row.tier, models::allTiers().at(t));
                QVERIFY2(row.companies == companies[t], where.constData());
                QVERIFY2(row.enabled == want.enabled[t], where.constData());
                QVERIFY2(qAbs(row.activeShare - want.activeShare[t]) < 1e-12, where.constData());
                QVERIFY2(row.uses == want.uses[t], where.constData());
            }
        }

        // Only D3: inventory small ALPHA 7 of ALPHA, BRAVO (BRAVO used it on D2) → 1/2; medium
        // DELTA 4 of CHARLIE, DELTA → 1/2.
        const ApiReply oneDay = m_platform.admin().get(
            QStringLiteral("/admin/stats/feature-adoption?from=%1&to=%1").arg(wireDay(d(3))));
        QCOMPARE(oneDay.status, 200);
        const auto d3 = models::FeatureAdoption::fromJson(oneDay.json());
        QVERIFY(d3.ok());
        QCOMPARE(d3->rows.at(0).activeShare, 0.5);
        QCOMPARE(d3->rows.at(0).uses, 7);
        QCOMPARE(d3->rows.at(1).activeShare, 0.5);
        QCOMPARE(d3->rows.at(1).uses, 4);
        // D5: no large company existed (ECHO suspended that morning) → 0, not a division by 0.
        const ApiReply d5Reply = m_platform.admin().get(
            QStringLiteral("/admin/stats/feature-adoption?from=%1&to=%1").arg(wireDay(d(5))));
        QCOMPARE(d5Reply.status, 200);
        const auto d5 = models::FeatureAdoption::fromJson(d5Reply.json());
        QVERIFY(d5.ok());
        QCOMPARE(d5->rows.at(3 * 3 + 2).featureCode, QStringLiteral("api_access"));
        QCOMPARE(d5->rows.at(3 * 3 + 2).activeShare, 0.0);
        // At the end of D3 CHARLIE still existed: two medium companies, and its multi_site
        // override makes one medium company with multi_site.
        QCOMPARE(d3->rows.at(1).companies, 2);
        QCOMPARE(d3->rows.at(8 * 3 + 1).featureCode, QStringLiteral("multi_site"));
        QCOMPARE(d3->rows.at(8 * 3 + 1).enabled, 1);
    }

    void utilisationOrder()
    {
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/stats/companies?sort=utilisation"));
        QCOMPARE(reply.status, 200);
        const auto page = models::Page<models::CompanyStats>::fromJson(reply.json());
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        // Active users / max users, highest first, then by name; deleted companies are left
        // out: BRAVO 4/4, ALPHA 5/10, DELTA 5/20 and ECHO 10/40 (tied at 0.25: by name),
        // FOXTROT 0/30.
        QStringList codes;
        for (const models::CompanyStats &row : page->items)
            codes << row.code;
        QCOMPARE(
            codes,
            (QStringList {QStringLiteral("BRAVO"), QStringLiteral("ALPHA"), QStringLiteral("DELTA"),
                          QStringLiteral("ECHO"), QStringLiteral("FOXTROT")}));
        QCOMPARE(page->items.at(0).userCount, 4);
        // By name, as without sort.
        const ApiReply byName =
            m_platform.admin().get(QStringLiteral("/admin/stats/companies?sort=name"));
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ALPHA"));
        // Pages continue the same order.
        const ApiReply first = m_platform.admin().get(
            QStringLiteral("/admin/stats/companies?sort=utilisation&limit=2"));
        QCOMPARE(first.status, 200);
        const QString cursor = first.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const ApiReply second = m_platform.admin().get(
            QStringLiteral("/admin/stats/companies?sort=utilisation&limit=2&cursor=") + cursor);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("DELTA"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (const char *route : {"growth", "feature-adoption"}) {
            const QString path = QStringLiteral("/admin/stats/") + QLatin1String(route);
            QTest::addRow("%s reversed", route)
                << path + QStringLiteral("?from=%1&to=%2").arg(wireDay(d(3)), wireDay(d(2)))
                << QStringLiteral("from");
            QTest::addRow("%s too long", route) << path
                    + QStringLiteral("?from=%1&to=%2")
                          .arg(wireDay(today.addDays(-367)), wireDay(today))
                                                << QStringLiteral("to");
            QTest::addRow("%s not a day", route)
                << path + QStringLiteral("?from=last-week") << QStringLiteral("from");
            QTest::addRow("%s a time", route)
                << path + QStringLiteral("?to=2026-03-08T00:00:00Z") << QStringLiteral("to");
        }
        QTest::newRow("companies unknown sort")
            << QStringLiteral("/admin/stats/companies?sort=fullest") << QStringLiteral("sort");
    }
    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        const ApiReply reply = m_platform.admin().get(path);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(reply.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
    }

    void longestRangeAndDefaults()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        // 366 days after from is the longest span; every day has three points.
        const ApiReply longest =
            m_platform.admin().get(QStringLiteral("/admin/stats/growth?from=%1&to=%2")
                                       .arg(wireDay(today.addDays(-366)), wireDay(today)));
        QCOMPARE(longest.status, 200);
        QCOMPARE(longest.json().value(QStringLiteral("points")).toArray().size(), 367 * 3);
        // Without from and to: the 30 days up to today.
        const ApiReply defaults =
            m_platform.admin().get(QStringLiteral("/admin/stats/feature-adoption"));
        QCOMPARE(defaults.status, 200);
        QCOMPARE(defaults.json().value(QStringLiteral("to")).toString(), wireDay(today));
        QCOMPARE(defaults.json().value(QStringLiteral("from")).toString(),
                 wireDay(today.addDays(-29)));
    }

private:
    models::UsageSeries usage(const QString &companyId)
    {
        QString path =
            QStringLiteral("/admin/stats/usage?from=%1&to=%2").arg(wireDay(d(0)), wireDay(d(6)));
        if (!companyId.isEmpty())
            path += QStringLiteral("&company_id=") + companyId;
        const ApiReply reply = m_platform.admin().get(path);
        if (reply.status != 200) {
            qWarning("%s answered %d", qPrintable(path), reply.status);
            return {};
        }
        return models::UsageSeries::fromJson(reply.json()).value();
    }

    models::Status write(SqlSession &session)
    {
        for (const Company &company : kCompanies) {
            const QUuid id = QUuid::createUuid();
            m_ids.insert(QLatin1String(company.code), id);
            auto inserted = session.exec(
                QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users, status, "
                               "created_at, updated_at, deleted_at) VALUES ($1, $2, $3, $4, $5, "
                               "$6, $7, $8, $9)"),
                {id, QLatin1String(company.code),
                 QLatin1String(company.code) + QStringLiteral(" Ltd"), QLatin1String(company.tier),
                 company.maxUsers, QLatin1String(company.status), company.createdAt,
                 company.updatedAt.isValid() ? company.updatedAt : company.createdAt,
                 company.deletedAt.isValid() ? QVariant(company.deletedAt) : QVariant()});
            if (!inserted)
                return models::Status(inserted.error());
            // The active users, and one disabled user each, who never counts.
            for (int i = 0; i <= company.activeUsers; ++i) {
                auto user = session.exec(
                    QStringLiteral("INSERT INTO users (company_id, id, email, name, status) "
                                   "VALUES ($1, $2, $3, $4, $5)"),
                    {id, QUuid::createUuid(),
                     QStringLiteral("u%1@%2.example").arg(i).arg(QLatin1String(company.code)),
                     QStringLiteral("User %1").arg(i),
                     i < company.activeUsers ? QStringLiteral("active")
                                             : QStringLiteral("disabled")});
                if (!user)
                    return models::Status(user.error());
            }
        }
        for (const Usage &row : kUsage) {
            auto inserted = session.exec(
                QStringLiteral("INSERT INTO usage_daily (company_id, day, active_users, logins, "
                               "events, api_calls) VALUES ($1, $2, $3, $4, $5, $6)"),
                {m_ids.value(QLatin1String(row.code)), d(row.day), row.activeUsers, row.logins,
                 row.events, row.apiCalls});
            if (!inserted)
                return models::Status(inserted.error());
        }
        for (const FeatureUse &row : kFeatureUses) {
            auto inserted = session.exec(
                QStringLiteral("INSERT INTO feature_usage_daily (company_id, day, feature_code, "
                               "uses) VALUES ($1, $2, $3, $4)"),
                {m_ids.value(QLatin1String(row.code)), d(row.day), QLatin1String(row.feature),
                 row.uses});
            if (!inserted)
                return models::Status(inserted.error());
        }
        for (const Override &row : kOverrides) {
            auto inserted = session.exec(
                QStringLiteral("INSERT INTO company_features (company_id, feature_code, enabled, "
                               "source) VALUES ($1, $2, $3, 'override')"),
                {m_ids.value(QLatin1String(row.code)), QLatin1String(row.feature), row.enabled});
            if (!inserted)
                return models::Status(inserted.error());
        }
        return models::Status::success();
    }

    PlatformFixture m_platform;
    QHash<QString, QUuid> m_ids;
};

QTEST_GUILESS_MAIN(TestUsageSeries)
#include "tst_usageseries.moc"
