#include "licensing/LicenseSigner.h"
#include "licensing/LicenseVerifier.h"
#include "models/domain/Validation.h"
#include "server/Sandbox.h"
#include "tests/support/PlatformFixture.h"

#include <QTest>

using namespace sphair;
using namespace sphair::tests;
using server::SqlSession;

namespace {

// The rows of `sql` (an operator read), or a failed test.
QList<server::SqlRow> query(server::PlatformServer &platform, const QString &sql)
{
    QList<server::SqlRow> rows;
    auto read = platform.database().transaction(
        server::TxScope::forOperator(server::TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto result = session.exec(sql);
            if (!result)
                return models::Status(result.error());
            rows = result->rows();
            return models::Status::success();
        });
    if (!read)
        qWarning("query failed: %s", qPrintable(read.error().message));
    return rows;
}

qint64 count(server::PlatformServer &platform, const QString &table)
{
    const auto rows = query(platform, QStringLiteral("SELECT COUNT(*) AS n FROM ") + table);
    return rows.isEmpty() ? -1 : rows.first().int64(u"n");
}

} // namespace

// Sandbox::seedDemoData on an empty platform (SQLite and PostgreSQL): every tier, branding,
// feature overrides, users within their limits, licenses signed by a key whose public half is
// registered (and whose secret is gone), 180 days of usage, audit rows; and nothing more on a
// second run.
class TestSandboxData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QCOMPARE(count(m_platform.server(), QStringLiteral("companies")), 0);
        auto seeded = server::Sandbox::seedDemoData(m_platform.server(), server::Sandbox::Files {});
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
    }

    void everyTierWithBrandingAndUsers()
    {
        const auto companies = query(
            m_platform.server(),
            QStringLiteral("SELECT c.id AS id, c.code AS code, c.tier AS tier, c.max_users AS "
                           "max_users, (SELECT COUNT(*) FROM users u WHERE u.company_id = c.id) "
                           "AS users, s.primary_color AS primary_color, s.custom_subdomain AS "
                           "custom_subdomain, "
                           "s.display_name AS display_name FROM companies c JOIN "
                           "company_settings s ON s.company_id = c.id"));
        QVERIFY(companies.size() >= 3);
        QCOMPARE(companies.size(), count(m_platform.server(), QStringLiteral("companies")));
        QSet<QString> tiers;
        for (const server::SqlRow &row : companies) {
            tiers.insert(row.text(u"tier"));
            QVERIFY(row.int64(u"users") >= 1);
            QVERIFY2(row.int64(u"users") <= row.int64(u"max_users"), qPrintable(row.text(u"code")));
            QVERIFY(models::Validation::isColour(row.text(u"primary_color")));
            QVERIFY(models::Validation::isSubdomainLabel(row.text(u"custom_subdomain")));
            QVERIFY(!row.text(u"display_name").isEmpty());
        }
        QCOMPARE(tiers,
                 QSet<QString>(
                     {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")}));
        QVERIFY(count(m_platform.server(), QStringLiteral("company_features")) > 0);
        const auto overrides = query(
            m_platform.server(), QStringLiteral("SELECT DISTINCT source FROM company_features"));
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().text(u"source"), QStringLiteral("override"));
    }

    void licensesVerifyWithTheRegisteredKey()
    {
        const auto keys = query(m_platform.server(),
                                QStringLiteral("SELECT kid, public_key, status, last_seq, "
                                               "last_token_hash FROM issuer_keys"));
        QCOMPARE(keys.size(), 1);
        const server::SqlRow &key = keys.first();
        QCOMPARE(key.text(u"status"), QStringLiteral("active"));
        licensing::LicenseVerifier verifier;
        auto kid = verifier.addTrustedKey(key.text(u"public_key").toLatin1());
        QVERIFY2(kid.ok(), qPrintable(kid.error().message));
        QCOMPARE(kid.value(), key.text(u"kid"));

        const auto licenses = query(
            m_platform.server(),
            QStringLiteral("SELECT l.company_id AS company_id, l.token AS token, l.seq AS seq, "
                           "l.prev AS prev, l.tier AS tier, l.max_users AS max_users, "
                           "c.code AS code, c.tier AS company_tier, c.max_users AS company_max "
                           "FROM licenses l JOIN companies c ON c.id = l.company_id "
                           "ORDER BY l.seq"));
        QCOMPARE(licenses.size(), count(m_platform.server(), QStringLiteral("companies")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray previousHash;
        qint64 expectedSeq = 1;
        for (const server::SqlRow &row : licenses) {
            const QByteArray token = row.text(u"token").toLatin1();
            auto verified = verifier.verify(token, now, {false});
            QVERIFY2(verified.ok(), qPrintable(verified.error().message));
            const licensing::LicenseClaims &claims = verified->claims;
            QCOMPARE(claims.companyId, row.uuid(u"company_id"));
            QCOMPARE(claims.companyCode, row.text(u"code"));
            QCOMPARE(models::tierCode(claims.tier), row.text(u"company_tier"));
            QCOMPARE(claims.maxUsers, row.integer(u"company_max"));
            QCOMPARE(static_cast<qint64>(claims.seq), expectedSeq);
            QCOMPARE(row.int64(u"seq"), expectedSeq);
            QCOMPARE(claims.prev, previousHash);
            QCOMPARE(row.text(u"prev").toLatin1(), previousHash);
            previousHash = licensing::LicenseSigner::tokenHash(token);
            ++expectedSeq;
        }
        QCOMPARE(key.int64(u"last_seq"), expectedSeq - 1);
        QCOMPARE(key.text(u"last_token_hash").toLatin1(), previousHash);
    }

    void licensesCoverEveryState()
    {
        const ApiReply overview = m_platform.admin().get(QStringLiteral("/admin/stats/overview"));
        QCOMPARE(overview.status, 200);
        const QJsonObject body = overview.json();
        for (const QString &tier :
             {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")}) {
            QVERIFY(body.value(QStringLiteral("companies_by_tier")).toObject().value(tier).toInt()
                    >= 1);
        }
        QVERIFY(body.value(QStringLiteral("licenses_active")).toInt() >= 1);
        QCOMPARE(body.value(QStringLiteral("licenses_expiring")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("licenses_in_grace")).toInt(), 1);
        QVERIFY(body.value(QStringLiteral("users_total")).toInt() > 0);
    }

    void usageForHalfAYear()
    {
        const auto rows = query(
            m_platform.server(),
            QStringLiteral("SELECT c.id AS id, (SELECT COUNT(*) FROM usage_daily d WHERE "
                           "d.company_id = c.id) AS days, (SELECT MIN(day) FROM usage_daily d "
                           "WHERE d.company_id = c.id) AS first_day, (SELECT MAX(day) FROM "
                           "usage_daily d WHERE d.company_id = c.id) AS last_day, (SELECT "
                           "MAX(d.active_users) FROM usage_daily d WHERE d.company_id = c.id) AS "
                           "peak, c.max_users AS max_users FROM companies c"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (const server::SqlRow &row : rows) {
            QCOMPARE(row.int64(u"days"), 180);
            QCOMPARE(row.date(u"last_day"), today);
            QCOMPARE(row.date(u"first_day"), today.addDays(-179));
            QVERIFY(row.int64(u"peak") > 0);
            QVERIFY(row.int64(u"peak") <= row.int64(u"max_users"));
        }
        const ApiReply series =
            m_platform.admin().get(QStringLiteral("/admin/stats/usage?from=%1")
                                       .arg(today.addDays(-179).toString(Qt::ISODate)));
        QCOMPARE(series.status, 200);
        const QJsonArray points = series.json().value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 180);
        for (const QJsonValue &point : points)
            QVERIFY(point.toObject().value(QStringLiteral("events")).toInt() >= 0);
    }

    void seedingIsAudited()
    {
        const ApiReply audit =
            m_platform.admin().get(QStringLiteral("/admin/audit?action=sandbox.seed&limit=500"));
        QCOMPARE(audit.status, 200);
        const qint64 companies = count(m_platform.server(), QStringLiteral("companies"));
        // One per company, one per license, one for the key.
        QCOMPARE(audit.json().value(QStringLiteral("total")).toInt(), 2 * companies + 1);
        QCOMPARE(audit.json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toString(),
                 QStringLiteral("sandbox"));
    }

    void secondRunAddsNothing()
    {
        const QStringList tables {
            QStringLiteral("companies"),          QStringLiteral("company_settings"),
            QStringLiteral("company_features"),   QStringLiteral("users"),
            QStringLiteral("issuer_keys"),        QStringLiteral("licenses"),
            QStringLiteral("usage_daily"),        QStringLiteral("audit_log"),
            QStringLiteral("maintenance_windows")};
        QHash<QString, qint64> before;
        for (const QString &table : tables)
            before.insert(table, count(m_platform.server(), table));
        auto again = server::Sandbox::seedDemoData(m_platform.server(), server::Sandbox::Files {});
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        for (const QString &table : tables)
            QCOMPARE(count(m_platform.server(), table), before.value(table));
    }

    void tenantsOfTheDemoCanWork()
    {
        // An active demo company with a usable license reaches its tenant routes.
        const auto rows = query(m_platform.server(),
                                QStringLiteral("SELECT id FROM companies WHERE code = "
                                               "'CAPE-MARITIME'"));
        QCOMPARE(rows.size(), 1);
        auto tenant = m_platform.tenant(rows.first().uuid(u"id"));
        QVERIFY(tenant.ok());
        const ApiReply settings = tenant->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(settings.status, 200);
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
