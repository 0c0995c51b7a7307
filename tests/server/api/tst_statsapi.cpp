#include "models/domain/StatsOverview.h"
#include "models/domain/UsagePoint.h"
#include "models/domain/WireTime.h"
#include "server/services/StatsService.h"
#include "tests/support/PlatformFixture.h"

#include <QTest>

using namespace sphair;
using namespace sphair::tests;
using server::SqlSession;

namespace {

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString day(const QDate &date)
{
    return models::WireTime::dateToString(date);
}

// A company of the test data set, written straight into the database.
struct Seed
{
    QString code;
    QString name;
    QString tier;
    QString status;
    int maxUsers;
    int activeUsers;
    int disabledUsers;
    // License: none when licensed is false; days from now to expiry, grace days.
    bool licensed;
    int expiresInDays;
    int graceDays;
};

} // namespace

// The numbers of /admin/stats against a data set written straight into the database, on
// SQLite and PostgreSQL.
class TestStatsApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        const QList<Seed> seeds {
            {QStringLiteral("ALPHA"), QStringLiteral("Alpha Bakery"), QStringLiteral("small"),
             QStringLiteral("active"), 5, 3, 1, true, 200, 14},
            {QStringLiteral("BRAVO"), QStringLiteral("Bravo Builders"), QStringLiteral("medium"),
             QStringLiteral("active"), 20, 12, 0, true, 10, 14},
            {QStringLiteral("CHARLIE"), QStringLiteral("Charlie Cargo"), QStringLiteral("large"),
             QStringLiteral("suspended"), 40, 30, 0, true, -3, 10},
            {QStringLiteral("DELTA"), QStringLiteral("Delta Dairy"), QStringLiteral("small"),
             QStringLiteral("deleted"), 3, 2, 0, true, -100, 0},
            {QStringLiteral("ECHO"), QStringLiteral("Echo Events"), QStringLiteral("medium"),
             QStringLiteral("active"), 15, 0, 0, true, -50, 5},
            {QStringLiteral("FOXTROT"), QStringLiteral("Foxtrot 100% Farms"),
             QStringLiteral("small"), QStringLiteral("active"), 4, 0, 0, false, 0, 0},
        };
        auto written = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](SqlSession &session) {
                auto key = session.exec(
                    QStringLiteral("INSERT INTO issuer_keys (kid, public_key, label) VALUES "
                                   "('k4.pid.stats-test', 'k4.public.stats-test', 'test')"));
                if (!key)
                    return models::Status(key.error());
                int seq = 0;
                for (const Seed &seed : seeds) {
                    const QUuid id = QUuid::createUuid();
                    m_ids.insert(seed.code, id);
                    if (auto status = insertCompany(session, id, seed, ++seq); !status)
                        return status;
                }
                // Usage: Alpha 40 days of (2, 10, 5); Bravo today (7, 100, 50) and five days
                // ago (9, 1, 1).
                for (int back = 0; back < 40; ++back) {
                    if (auto row = usage(session, m_ids.value(QStringLiteral("ALPHA")),
                                         today().addDays(-back), 2, 10, 5);
                        !row)
                        return row;
                }
                if (auto row =
                        usage(session, m_ids.value(QStringLiteral("BRAVO")), today(), 7, 100, 50);
                    !row)
                    return row;
                return usage(session, m_ids.value(QStringLiteral("BRAVO")), today().addDays(-5), 9,
                             1, 1);
            });
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        // The platform-wide series read the roll-up, as the server keeps it.
        const auto rolledUp = server::StatsService(m_platform.server().context())
                                  .rollUp(today().addDays(-60), today());
        QVERIFY2(rolledUp.ok(), qPrintable(rolledUp.error().message));
    }

    void overview()
    {
        const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/stats/overview"));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        const QJsonObject byTier = body.value(QStringLiteral("companies_by_tier")).toObject();
        QCOMPARE(byTier.value(QStringLiteral("small")).toInt(), 2);
        QCOMPARE(byTier.value(QStringLiteral("medium")).toInt(), 2);
        QCOMPARE(byTier.value(QStringLiteral("large")).toInt(), 1);
        const QJsonObject byStatus = body.value(QStringLiteral("companies_by_status")).toObject();
        QCOMPARE(byStatus.value(QStringLiteral("active")).toInt(), 4);
        QCOMPARE(byStatus.value(QStringLiteral("suspended")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("users_total")).toInt(), 45);
        QCOMPARE(body.value(QStringLiteral("licenses_active")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("licenses_expiring")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("licenses_in_grace")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("licenses_expired")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("expiring_within_days")).toInt(), 30);
        QVERIFY(models::StatsOverview::fromJson(body).ok());

        const ApiReply shorter =
            m_platform.admin().get(QStringLiteral("/admin/stats/overview?expiring_days=5"));
        QCOMPARE(shorter.json().value(QStringLiteral("licenses_active")).toInt(), 2);
        QCOMPARE(shorter.json().value(QStringLiteral("licenses_expiring")).toInt(), 0);
        QCOMPARE(
            m_platform.admin().get(QStringLiteral("/admin/stats/overview?expiring_days=0")).status,
            400);
        QCOMPARE(
            m_platform.admin().get(QStringLiteral("/admin/stats/overview?expiring_days=x")).status,
            400);
    }

    void companies()
    {
        const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/stats/companies"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("total")).toInt(), 5);
        QHash<QString, QJsonObject> rows;
        QStringList order;
        for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray()) {
            rows.insert(item.toObject().value(QStringLiteral("code")).toString(), item.toObject());
            order.append(item.toObject().value(QStringLiteral("code")).toString());
        }
        QCOMPARE(order,
                 QStringList({QStringLiteral("ALPHA"), QStringLiteral("BRAVO"),
                              QStringLiteral("CHARLIE"), QStringLiteral("ECHO"),
                              QStringLiteral("FOXTROT")}));
        const QJsonObject alpha = rows.value(QStringLiteral("ALPHA"));
        QCOMPARE(alpha.value(QStringLiteral("company_id")).toString(),
                 m_ids.value(QStringLiteral("ALPHA")).toString(QUuid::WithoutBraces));
        QCOMPARE(alpha.value(QStringLiteral("user_count")).toInt(), 3);
        QCOMPARE(alpha.value(QStringLiteral("max_users")).toInt(), 5);
        QCOMPARE(alpha.value(QStringLiteral("active_users_30d")).toInt(), 2);
        QCOMPARE(alpha.value(QStringLiteral("events_30d")).toInt(), 300);
        QCOMPARE(alpha.value(QStringLiteral("api_calls_30d")).toInt(), 150);
        QCOMPARE(alpha.value(QStringLiteral("license_status")).toString(),
                 QStringLiteral("active"));
        const QJsonObject bravo = rows.value(QStringLiteral("BRAVO"));
        QCOMPARE(bravo.value(QStringLiteral("user_count")).toInt(), 12);
        QCOMPARE(bravo.value(QStringLiteral("active_users_30d")).toInt(), 9);
        QCOMPARE(bravo.value(QStringLiteral("events_30d")).toInt(), 101);
        QCOMPARE(bravo.value(QStringLiteral("license_status")).toString(),
                 QStringLiteral("expiring"));
        QVERIFY(!bravo.value(QStringLiteral("license_expires_at")).toString().isEmpty());
        QCOMPARE(rows.value(QStringLiteral("CHARLIE")).value(QStringLiteral("license_status")),
                 QJsonValue(QStringLiteral("grace")));
        QCOMPARE(rows.value(QStringLiteral("CHARLIE")).value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("suspended")));
        QCOMPARE(rows.value(QStringLiteral("ECHO")).value(QStringLiteral("license_status")),
                 QJsonValue(QStringLiteral("expired")));
        QCOMPARE(rows.value(QStringLiteral("FOXTROT")).value(QStringLiteral("license_status")),
                 QJsonValue(QStringLiteral("none")));
        QVERIFY(rows.value(QStringLiteral("FOXTROT"))
                    .value(QStringLiteral("license_expires_at"))
                    .isNull());
    }

    void companyFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("tier") << QStringLiteral("tier=medium")
                              << QStringList {QStringLiteral("BRAVO"), QStringLiteral("ECHO")};
        QTest::newRow("deleted") << QStringLiteral("status=deleted")
                                 << QStringList {QStringLiteral("DELTA")};
        QTest::newRow("suspended")
            << QStringLiteral("status=suspended") << QStringList {QStringLiteral("CHARLIE")};
        QTest::newRow("name, any case")
            << QStringLiteral("q=BAKERY") << QStringList {QStringLiteral("ALPHA")};
        QTest::newRow("code") << QStringLiteral("q=cho") << QStringList {QStringLiteral("ECHO")};
        QTest::newRow("percent is literal")
            << QStringLiteral("q=%") // the client percent-encodes it
            << QStringList {QStringLiteral("FOXTROT")};
        QTest::newRow("underscore is literal") << QStringLiteral("q=_") << QStringList {};
        QTest::newRow("combined") << QStringLiteral(
            "tier=small&q=a") << QStringList {QStringLiteral("ALPHA"), QStringLiteral("FOXTROT")};
    }
    void companyFilters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, codes);
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/stats/companies?") + query);
        QCOMPARE(reply.status, 200);
        QStringList found;
        for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray())
            found.append(item.toObject().value(QStringLiteral("code")).toString());
        QCOMPARE(found, codes);
        QCOMPARE(reply.json().value(QStringLiteral("total")).toInt(), codes.size());
    }

    void companyPaging()
    {
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const ApiReply reply = m_platform.admin().get(
                QStringLiteral("/admin/stats/companies?limit=2")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray())
                seen.append(item.toObject().value(QStringLiteral("code")).toString());
            cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 5);
        QCOMPARE(m_platform.admin().get(QStringLiteral("/admin/stats/companies?tier=huge")).status,
                 400);
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/stats/companies?cursor=bm90IGEgY3Vyc29y"))
                     .status,
                 400);
    }

    void users()
    {
        const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/stats/users"));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("users_total")).toInt(), 45);
        const QJsonObject byTier = body.value(QStringLiteral("users_by_tier")).toObject();
        QCOMPARE(byTier.value(QStringLiteral("small")).toInt(), 3);
        QCOMPARE(byTier.value(QStringLiteral("medium")).toInt(), 12);
        QCOMPARE(byTier.value(QStringLiteral("large")).toInt(), 30);
        QCOMPARE(body.value(QStringLiteral("active_users_1d")).toInt(), 9);
        QCOMPARE(body.value(QStringLiteral("active_users_7d")).toInt(), 11);
        QCOMPARE(body.value(QStringLiteral("active_users_30d")).toInt(), 11);
        QCOMPARE(body.value(QStringLiteral("seats_licensed")).toInt(), 65);
    }

    void usageSeries()
    {
        const QString alpha = m_ids.value(QStringLiteral("ALPHA")).toString(QUuid::WithoutBraces);
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/stats/usage?company_id=%1&from=%2&to=%3")
                                       .arg(alpha, day(today().addDays(-9)), day(today())));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("company_id")).toString(), alpha);
        const QJsonArray points = reply.json().value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 10);
        for (const QJsonValue &value : points) {
            const auto point = models::UsagePoint::fromJson(value.toObject());
            QVERIFY(point.ok());
            QCOMPARE(point->activeUsers, 2);
            QCOMPARE(point->events, 10);
            QCOMPARE(point->apiCalls, 5);
        }
        QCOMPARE(points.last().toObject().value(QStringLiteral("day")).toString(), day(today()));

        // The whole platform, by default the last 30 days; days without usage are zeros.
        const ApiReply platform = m_platform.admin().get(QStringLiteral("/admin/stats/usage"));
        QCOMPARE(platform.status, 200);
        QVERIFY(platform.json().value(QStringLiteral("company_id")).isNull());
        const QJsonArray all = platform.json().value(QStringLiteral("points")).toArray();
        QCOMPARE(all.size(), 30);
        const QJsonObject last = all.last().toObject();
        QCOMPARE(last.value(QStringLiteral("active_users")).toInt(), 9);
        QCOMPARE(last.value(QStringLiteral("events")).toInt(), 110);
        QCOMPARE(last.value(QStringLiteral("api_calls")).toInt(), 55);

        const ApiReply old = m_platform.admin().get(
            QStringLiteral("/admin/stats/usage?company_id=%1&from=%2&to=%3")
                .arg(alpha, day(today().addDays(-60)), day(today().addDays(-50))));
        QCOMPARE(old.status, 200);
        for (const QJsonValue &value : old.json().value(QStringLiteral("points")).toArray())
            QCOMPARE(value.toObject().value(QStringLiteral("events")).toInt(), 0);

        // 366 days after from is the longest span.
        const ApiReply longest =
            m_platform.admin().get(QStringLiteral("/admin/stats/usage?from=%1&to=%2")
                                       .arg(day(today().addDays(-366)), day(today())));
        QCOMPARE(longest.status, 200);
        QCOMPARE(longest.json().value(QStringLiteral("points")).toArray().size(), 367);
    }

    void usageRefusesBadRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("reversed")
            << QStringLiteral("from=%1&to=%2").arg(day(today()), day(today().addDays(-1))) << 400
            << QStringLiteral("from");
        QTest::newRow("too long")
            << QStringLiteral("from=%1&to=%2").arg(day(today().addDays(-367)), day(today())) << 400
            << QStringLiteral("to");
        QTest::newRow("not a day")
            << QStringLiteral("from=yesterday") << 400 << QStringLiteral("from");
        QTest::newRow("a time") << QStringLiteral("to=2025-01-01T00:00:00Z") << 400
                                << QStringLiteral("to");
        QTest::newRow("bad company")
            << QStringLiteral("company_id=42") << 400 << QStringLiteral("company_id");
        QTest::newRow("unknown company")
            << QStringLiteral("company_id=") + QUuid::createUuid().toString(QUuid::WithoutBraces)
            << 404 << QString();
    }
    void usageRefusesBadRanges()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, field);
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/stats/usage?") + query);
        QCOMPARE(reply.status, status);
        if (!field.isEmpty()) {
            QCOMPARE(reply.json()
                         .value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("field"))
                         .toString(),
                     field);
        }
    }

    void everyRoleReads()
    {
        auto support = m_platform.signIn(QStringLiteral("sue"), models::AdminRole::Support);
        QVERIFY(support.ok());
        auto sales = m_platform.signIn(QStringLiteral("sid"), models::AdminRole::Sales);
        QVERIFY(sales.ok());
        for (const QString &path :
             {QStringLiteral("/admin/stats/overview"), QStringLiteral("/admin/stats/companies"),
              QStringLiteral("/admin/stats/users"), QStringLiteral("/admin/stats/usage"),
              QStringLiteral("/admin/stats/growth"),
              QStringLiteral("/admin/stats/feature-adoption")}) {
            QCOMPARE(support->get(path).status, 200);
            QCOMPARE(sales->get(path).status, 200);
            QCOMPARE(m_platform.client().get(path).status, 401);
            QCOMPARE(support->post(path, {}).status, 405);
        }
    }

private:
    static models::Status usage(SqlSession &session, const QUuid &company, const QDate &date,
                                int active, int events, int apiCalls)
    {
        auto row = session.exec(QStringLiteral("INSERT INTO usage_daily (company_id, day, "
                                               "active_users, events, api_calls) VALUES ($1, $2, "
                                               "$3, $4, $5)"),
                                {company, date, active, events, apiCalls});
        return row ? models::Status::success() : models::Status(row.error());
    }

    static models::Status insertCompany(SqlSession &session, const QUuid &id, const Seed &seed,
                                        int seq)
    {
        auto company = session.exec(
            QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users, status) "
                           "VALUES ($1, $2, $3, $4, $5, $6)"),
            {id, seed.code, seed.name, seed.tier, seed.maxUsers, seed.status});
        if (!company)
            return company.error();
        for (int i = 0; i < seed.activeUsers + seed.disabledUsers; ++i) {
            auto user = session.exec(
                QStringLiteral("INSERT INTO users (company_id, id, email, name, status) VALUES "
                               "($1, $2, $3, $4, $5)"),
                {id, QUuid::createUuid(),
                 QStringLiteral("u%1@%2.example").arg(i).arg(seed.code.toLower()),
                 QStringLiteral("User %1").arg(i),
                 i < seed.activeUsers ? QStringLiteral("active") : QStringLiteral("disabled")});
            if (!user)
                return user.error();
        }
        if (!seed.licensed)
            return models::Status::success();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime expires = now.addDays(seed.expiresInDays);
        auto license = session.exec(
            QStringLiteral("INSERT INTO licenses (company_id, id, token, kid, seq, tier, "
                           "max_users, features, issued_at, not_before, expires_at, grace_days, "
                           "status, registered_by) VALUES ($1, $2, 'v4.public.test', "
                           "'k4.pid.stats-test', $3, $4, $5, '[]', $6, $7, $8, $9, 'active', "
                           "'test')"),
            {id, QUuid::createUuid(), seq, seed.tier, seed.maxUsers, now.addDays(-400),
             now.addDays(-400), expires, seed.graceDays});
        return license ? models::Status::success() : models::Status(license.error());
    }

    PlatformFixture m_platform;
    QHash<QString, QUuid> m_ids;
};

QTEST_GUILESS_MAIN(TestStatsApi)
#include "tst_statsapi.moc"
