#include "licensing/LicenseSigner.h"
#include "licensing/LicenseVerifier.h"
#include "models/domain/FeatureState.h"
#include "models/domain/Validation.h"
#include "server/Sandbox.h"
#include "server/services/StatsService.h"
#include "server/store/SqlErrorCode.h"
#include "tests/support/PlatformFixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace sphair;
using namespace sphair::tests;
using server::SqlSession;

namespace {

// The rows of `sql` (an operator read), or a failed test.
QList<server::SqlRow> query(server::PlatformServer &platform, const QString &sql,
                            const server::SqlParams &params = {})
{
    QList<server::SqlRow> rows;
    auto read = platform.database().transaction(
        server::TxScope::forOperator(server::TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto result = session.exec(sql, params);
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

// The five hand-written demo tenants as they have always been: code, tier, max users, users,
// status.
struct DemoExpectation
{
    const char *code;
    const char *tier;
    int maxUsers;
    int users;
    const char *status;
};
const DemoExpectation kDemo[] = {{"KAROO-CAFE", "small", 8, 6, "active"},
                                 {"FYNBOS-DESIGN", "small", 4, 3, "active"},
                                 {"HIGHVELD-LOGISTICS", "medium", 25, 19, "active"},
                                 {"DRAKENSBERG-TOURS", "medium", 12, 10, "suspended"},
                                 {"CAPE-MARITIME", "large", 120, 64, "active"}};

bool isDemo(const QString &code)
{
    return std::any_of(std::begin(kDemo), std::end(kDemo), [&](const DemoExpectation &demo) {
        return code == QLatin1String(demo.code);
    });
}

const QString kCompanyColumns =
    QStringLiteral("SELECT c.id AS id, c.code AS code, c.tier AS tier, c.max_users AS max_users, "
                   "c.status AS status, c.created_at AS created_at, c.updated_at AS updated_at, "
                   "c.deleted_at AS deleted_at, (SELECT COUNT(*) FROM users u WHERE "
                   "u.company_id = c.id) AS users FROM companies c");

// The day a company stopped: deleted_at of a deleted one; the suspension (updated_at, when
// later than its creation) of a suspended one; invalid for an active one.
QDate churnDay(const server::SqlRow &company)
{
    if (company.text(u"status") == QLatin1String("deleted"))
        return company.dateTime(u"deleted_at").date();
    if (company.text(u"status") == QLatin1String("suspended")
        && company.dateTime(u"updated_at") > company.dateTime(u"created_at"))
        return company.dateTime(u"updated_at").date();
    return {};
}

// What the same seed must reproduce, without ids and times: every company, its usage totals
// by code, its feature uses and hour profile.
QStringList fingerprint(server::PlatformServer &platform)
{
    QStringList lines;
    for (const server::SqlRow &row :
         query(platform, kCompanyColumns + QStringLiteral(" ORDER BY c.code"))) {
        if (row.text(u"code").startsWith(QLatin1String("SCALE-")))
            continue;
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(row.text(u"code"), row.text(u"tier"))
                     .arg(row.int64(u"max_users"))
                     .arg(row.int64(u"users"))
                     .arg(row.text(u"status"));
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QHash<QString, qint64> checksums;
    for (const server::SqlRow &row :
         query(platform,
               QStringLiteral("SELECT c.code AS code, d.day AS day, d.active_users AS "
                              "u, d.logins AS l, d.events AS e FROM usage_daily d "
                              "JOIN companies c ON c.id = d.company_id"))) {
        const qint64 back = row.date(u"day").daysTo(today);
        checksums[row.text(u"code")] +=
            (row.int64(u"u") * 7 + row.int64(u"l") * 13 + row.int64(u"e")) * (back + 1);
    }
    for (const server::SqlRow &row :
         query(platform,
               QStringLiteral("SELECT c.code AS code, f.feature_code AS feature, "
                              "CAST(SUM(f.uses) AS BIGINT) AS uses, COUNT(*) AS n "
                              "FROM feature_usage_daily f JOIN companies c ON c.id = "
                              "f.company_id GROUP BY c.code, f.feature_code"))) {
        checksums[row.text(u"code")] += static_cast<qint64>(qHash(row.text(u"feature")) % 1000)
            + row.int64(u"uses") * 3 + row.int64(u"n");
    }
    for (const server::SqlRow &row :
         query(platform,
               QStringLiteral("SELECT c.code AS code, h.weekday AS weekday, h.hour AS "
                              "hour, h.active_users AS u, h.logins AS l FROM "
                              "usage_hour_profile h JOIN companies c ON c.id = "
                              "h.company_id"))) {
        checksums[row.text(u"code")] +=
            std::llround((row.real(u"u") * 10 + row.real(u"l"))
                         * static_cast<double>(row.int64(u"weekday") * 24 + row.int64(u"hour")));
    }
    QStringList codes = checksums.keys();
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        if (!code.startsWith(QLatin1String("SCALE-")))
            lines << QStringLiteral("%1 usage %2").arg(code).arg(checksums.value(code));
    }
    return lines;
}

// usage_platform_daily (made by StatsStore::rollUp from the stored rows) against the
// per-company rows: for every day and tier of the roll-up the sums of usage_daily, and the
// companies existing, created and churned that day. (The synthetic population stores 30 days
// of usage_daily, so its roll-up shows activity for those days only.)
void checkRollUp(server::PlatformServer &platform)
{
    struct Expected
    {
        qint64 companies = 0;
        qint64 newCompanies = 0;
        qint64 churned = 0;
        qint64 activeCompanies = 0;
        qint64 activeUsers = 0;
        qint64 logins = 0;
        qint64 events = 0;
        qint64 apiCalls = 0;
    };
    const auto rollUp =
        query(platform,
              QStringLiteral("SELECT day, tier, companies, new_companies, churned_companies, "
                             "active_companies, active_users, logins, events, api_calls FROM "
                             "usage_platform_daily ORDER BY day, tier"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(rollUp.size(), 365 * 3);
    QCOMPARE(rollUp.first().date(u"day"), today.addDays(-364));
    QCOMPARE(rollUp.last().date(u"day"), today);

    QHash<QString, Expected> expected; // "day tier"
    auto key = [](QDate day, const QString &tier) {
        return day.toString(Qt::ISODate) + QLatin1Char(' ') + tier;
    };
    for (const server::SqlRow &row :
         query(platform,
               QStringLiteral("SELECT d.day AS day, c.tier AS tier, CAST(SUM(d.active_users) AS "
                              "BIGINT) AS users, CAST(SUM(d.logins) AS BIGINT) AS logins, "
                              "CAST(SUM(d.events) AS BIGINT) AS events, CAST(SUM(d.api_calls) "
                              "AS BIGINT) AS api_calls, "
                              "CAST(SUM(CASE WHEN d.active_users > 0 THEN 1 ELSE 0 END) AS "
                              "BIGINT) AS active FROM usage_daily d JOIN companies c ON c.id = "
                              "d.company_id GROUP BY d.day, c.tier"))) {
        Expected &cell = expected[key(row.date(u"day"), row.text(u"tier"))];
        cell.activeUsers = row.int64(u"users");
        cell.logins = row.int64(u"logins");
        cell.events = row.int64(u"events");
        cell.apiCalls = row.int64(u"api_calls");
        cell.activeCompanies = row.int64(u"active");
    }
    const auto companies = query(platform, kCompanyColumns);
    for (const server::SqlRow &company : companies) {
        const QDate created = company.dateTime(u"created_at").date();
        const QDate churned = churnDay(company);
        const QString tier = company.text(u"tier");
        for (QDate day = today.addDays(-364); day <= today; day = day.addDays(1)) {
            Expected &cell = expected[key(day, tier)];
            if (created <= day && (!churned.isValid() || day < churned))
                ++cell.companies;
            if (created == day)
                ++cell.newCompanies;
            if (churned == day)
                ++cell.churned;
        }
    }
    int compared = 0;
    for (const server::SqlRow &row : rollUp) {
        const QString where = key(row.date(u"day"), row.text(u"tier"));
        const Expected cell = expected.value(where);
        QVERIFY2(row.int64(u"companies") == cell.companies, qPrintable(where));
        QVERIFY2(row.int64(u"new_companies") == cell.newCompanies, qPrintable(where));
        QVERIFY2(row.int64(u"churned_companies") == cell.churned, qPrintable(where));
        QVERIFY2(row.int64(u"active_users") == cell.activeUsers,
                 qPrintable(where
                            + QStringLiteral(": %1 against %2")
                                  .arg(row.int64(u"active_users"))
                                  .arg(cell.activeUsers)));
        QVERIFY2(row.int64(u"logins") == cell.logins, qPrintable(where));
        QVERIFY2(row.int64(u"events") == cell.events, qPrintable(where));
        QVERIFY2(row.int64(u"api_calls") == cell.apiCalls, qPrintable(where));
        QVERIFY2(row.int64(u"active_companies") == cell.activeCompanies, qPrintable(where));
        ++compared;
    }
    QCOMPARE(compared, 365 * 3);
}

constexpr int kSynthetic = 500;

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
        QElapsedTimer timer;
        timer.start();
        auto seeded = server::Sandbox::seedDemoData(m_platform.server(), server::Sandbox::Files {});
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        qInfo("sandbox seeded on %s in %lld ms", qPrintable(PlatformFixture::backendName()),
              timer.elapsed());

        // The same seeds again, with a synthetic population on top.
        started = m_scale.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        timer.restart();
        seeded =
            server::Sandbox::seedDemoData(m_scale.server(), server::Sandbox::Files {}, kSynthetic);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        qInfo("sandbox with %d synthetic companies seeded in %lld ms", kSynthetic, timer.elapsed());
    }

    void everyTierWithBrandingAndUsers()
    {
        const auto companies = query(
            m_platform.server(),
            QStringLiteral("SELECT c.id AS id, c.code AS code, c.tier AS tier, c.max_users AS "
                           "max_users, (SELECT COUNT(*) FROM users u WHERE u.company_id = c.id) "
                           "AS users, s.primary_color AS primary_color, s.custom_subdomain AS "
                           "custom_subdomain, s.language AS language, "
                           "s.display_name AS display_name FROM companies c JOIN "
                           "company_settings s ON s.company_id = c.id"));
        QVERIFY(companies.size() >= 3);
        QCOMPARE(companies.size(), count(m_platform.server(), QStringLiteral("companies")));
        QSet<QString> tiers;
        QSet<QString> languages;
        for (const server::SqlRow &row : companies) {
            tiers.insert(row.text(u"tier"));
            languages.insert(row.text(u"language"));
            QVERIFY(row.int64(u"users") >= 1);
            QVERIFY2(row.int64(u"users") <= row.int64(u"max_users"), qPrintable(row.text(u"code")));
            QVERIFY(models::Validation::isColour(row.text(u"primary_color")));
            QVERIFY(models::Validation::isSubdomainLabel(row.text(u"custom_subdomain")));
            QVERIFY(!row.text(u"display_name").isEmpty());
        }
        QCOMPARE(tiers,
                 QSet<QString>(
                     {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")}));
        // Maintenance notices in English and, for one demo company, German.
        QCOMPARE(languages, QSet<QString>({QStringLiteral("en"), QStringLiteral("de")}));
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
            QStringLiteral(
                "SELECT c.id AS id, c.code AS code, (SELECT COUNT(*) FROM usage_daily d WHERE "
                "d.company_id = c.id) AS days, (SELECT MIN(day) FROM usage_daily d "
                "WHERE d.company_id = c.id) AS first_day, (SELECT MAX(day) FROM "
                "usage_daily d WHERE d.company_id = c.id) AS last_day, (SELECT "
                "MAX(d.active_users) FROM usage_daily d WHERE d.company_id = c.id) AS "
                "peak, c.max_users AS max_users FROM companies c"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        int demo = 0;
        for (const server::SqlRow &row : rows) {
            if (!isDemo(row.text(u"code")))
                continue;
            ++demo;
            QCOMPARE(row.int64(u"days"), 180);
            QCOMPARE(row.date(u"last_day"), today);
            QCOMPARE(row.date(u"first_day"), today.addDays(-179));
            QVERIFY(row.int64(u"peak") > 0);
            QVERIFY(row.int64(u"peak") <= row.int64(u"max_users"));
        }
        QCOMPARE(demo, 5);
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
        const QStringList tables {QStringLiteral("companies"),
                                  QStringLiteral("company_settings"),
                                  QStringLiteral("company_features"),
                                  QStringLiteral("users"),
                                  QStringLiteral("issuer_keys"),
                                  QStringLiteral("licenses"),
                                  QStringLiteral("usage_daily"),
                                  QStringLiteral("audit_log"),
                                  QStringLiteral("maintenance_windows"),
                                  QStringLiteral("usage_hour_profile"),
                                  QStringLiteral("feature_usage_daily"),
                                  QStringLiteral("usage_platform_daily"),
                                  QStringLiteral("feature_platform_daily")};
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

    void demoCompaniesAsBefore()
    {
        const auto rows =
            query(m_platform.server(), kCompanyColumns + QStringLiteral(" ORDER BY c.code"));
        int found = 0;
        for (const DemoExpectation &demo : kDemo) {
            for (const server::SqlRow &row : rows) {
                if (row.text(u"code") != QLatin1String(demo.code))
                    continue;
                ++found;
                QCOMPARE(row.text(u"tier"), QString::fromLatin1(demo.tier));
                QCOMPARE(row.int64(u"max_users"), demo.maxUsers);
                QCOMPARE(row.int64(u"users"), demo.users);
                QCOMPARE(row.text(u"status"), QString::fromLatin1(demo.status));
            }
        }
        QCOMPARE(found, 5);
    }

    void populationSpreadsOverTiers()
    {
        const auto rows = query(m_platform.server(), kCompanyColumns);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QHash<QString, int> tiers;
        QHash<QString, int> statuses;
        int population = 0;
        int nearLimit = 0;
        int recent = 0; // created in the last six months
        QSet<QString> codes;
        static const QRegularExpression codeFormat(QStringLiteral("^[A-Z0-9]+(-[A-Z0-9]+)*$"));
        for (const server::SqlRow &row : rows) {
            const QString code = row.text(u"code");
            QVERIFY2(codeFormat.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            if (isDemo(code))
                continue;
            ++population;
            const QString tier = row.text(u"tier");
            ++tiers[tier];
            ++statuses[row.text(u"status")];
            const auto parsed = models::tierFromCode(tier);
            QVERIFY2(parsed.has_value(), qPrintable(tier));
            const models::TierRange range = models::TierPolicy::defaults().range(*parsed);
            const qint64 maxUsers = row.int64(u"max_users");
            QVERIFY2(maxUsers >= range.minUsers && maxUsers <= range.maxUsers, qPrintable(code));
            const qint64 users = row.int64(u"users");
            QVERIFY2(users >= 1 && users <= maxUsers, qPrintable(code));
            if (users * 10 >= maxUsers * 9)
                ++nearLimit;
            const QDate created = row.dateTime(u"created_at").date();
            QVERIFY2(created > today.addDays(-365) && created < today, qPrintable(code));
            if (created > today.addDays(-183))
                ++recent;
            QCOMPARE(row.isNull(u"deleted_at"), row.text(u"status") != QLatin1String("deleted"));
        }
        QVERIFY2(population >= 55 && population <= 70, qPrintable(QString::number(population)));
        const double small = double(tiers.value(QStringLiteral("small"))) / population;
        const double medium = double(tiers.value(QStringLiteral("medium"))) / population;
        const double large = double(tiers.value(QStringLiteral("large"))) / population;
        QVERIFY2(small > 0.4 && small < 0.6, qPrintable(QString::number(small)));
        QVERIFY2(medium > 0.25 && medium < 0.45, qPrintable(QString::number(medium)));
        QVERIFY2(large > 0.08 && large < 0.22, qPrintable(QString::number(large)));
        QVERIFY2(nearLimit >= 3, qPrintable(QString::number(nearLimit)));
        QCOMPARE(statuses.value(QStringLiteral("suspended")), 5);
        QCOMPARE(statuses.value(QStringLiteral("deleted")), 4);
        const auto lastUser =
            query(m_platform.server(), QStringLiteral("SELECT MAX(created_at) AS at FROM users"));
        QVERIFY(lastUser.first().dateTime(u"at") <= QDateTime::currentDateTimeUtc());
        // Growth: more sign-ups in the last six months than in the six before.
        QVERIFY2(recent * 2 > population, qPrintable(QString::number(recent)));
    }

    void usageWithinEachCompanysLife()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto companies = query(m_platform.server(), kCompanyColumns);
        const auto spans =
            query(m_platform.server(),
                  QStringLiteral("SELECT company_id, MIN(day) AS first_day, MAX(day) AS last_day, "
                                 "COUNT(*) AS n FROM usage_daily GROUP BY company_id"));
        const auto featureSpans = query(
            m_platform.server(),
            QStringLiteral("SELECT company_id, MIN(day) AS first_day, MAX(day) AS last_day FROM "
                           "feature_usage_daily GROUP BY company_id"));
        const auto hours = query(m_platform.server(),
                                 QStringLiteral("SELECT company_id, COUNT(*) AS n FROM "
                                                "usage_hour_profile GROUP BY company_id"));
        QHash<QUuid, server::SqlRow> spanOf;
        for (const server::SqlRow &row : spans)
            spanOf.insert(row.uuid(u"company_id"), row);
        QHash<QUuid, server::SqlRow> featureSpanOf;
        for (const server::SqlRow &row : featureSpans)
            featureSpanOf.insert(row.uuid(u"company_id"), row);
        QHash<QUuid, qint64> hourRows;
        for (const server::SqlRow &row : hours)
            hourRows.insert(row.uuid(u"company_id"), row.int64(u"n"));
        int churnedChecked = 0;
        for (const server::SqlRow &company : companies) {
            const QString code = company.text(u"code");
            const QUuid id = company.uuid(u"id");
            QVERIFY2(spanOf.contains(id), qPrintable(code));
            const server::SqlRow &span = spanOf[id];
            const QDate created = company.dateTime(u"created_at").date();
            QVERIFY2(span.date(u"first_day") >= created, qPrintable(code));
            QVERIFY2(span.date(u"first_day") >= today.addDays(-364), qPrintable(code));
            QVERIFY2(span.date(u"last_day") <= today, qPrintable(code));
            // One row a day, none missing.
            QCOMPARE(span.int64(u"n"), span.date(u"first_day").daysTo(span.date(u"last_day")) + 1);
            const QDate churned = churnDay(company);
            if (churned.isValid()) {
                ++churnedChecked;
                QVERIFY2(span.date(u"last_day") < churned, qPrintable(code));
            } else if (!isDemo(code)) {
                QCOMPARE(span.date(u"last_day"), today);
                QCOMPARE(span.date(u"first_day"), created);
            }
            QVERIFY2(featureSpanOf.contains(id), qPrintable(code));
            QVERIFY2(featureSpanOf[id].date(u"first_day") >= span.date(u"first_day"),
                     qPrintable(code));
            QVERIFY2(featureSpanOf[id].date(u"last_day") <= span.date(u"last_day"),
                     qPrintable(code));
            QCOMPARE(hourRows.value(id), 7 * 24);
        }
        QCOMPARE(churnedChecked, 9);
    }

    void onlyEnabledFeaturesAreUsed()
    {
        const auto companies =
            query(m_platform.server(), QStringLiteral("SELECT id, code, tier FROM companies"));
        const auto overrides =
            query(m_platform.server(),
                  QStringLiteral("SELECT company_id, feature_code, enabled FROM company_features"));
        const auto used = query(m_platform.server(),
                                QStringLiteral("SELECT DISTINCT company_id, feature_code FROM "
                                               "feature_usage_daily"));
        QHash<QUuid, QHash<QString, bool>> overridesOf;
        for (const server::SqlRow &row : overrides)
            overridesOf[row.uuid(u"company_id")].insert(row.text(u"feature_code"),
                                                        row.boolean(u"enabled"));
        QHash<QUuid, QStringList> enabled;
        for (const server::SqlRow &row : companies) {
            const QUuid id = row.uuid(u"id");
            enabled.insert(id,
                           models::FeatureState::enabledCodes(models::FeatureState::resolve(
                               *models::tierFromCode(row.text(u"tier")), overridesOf.value(id))));
        }
        QSet<QString> seen;
        for (const server::SqlRow &row : used) {
            const QString feature = row.text(u"feature_code");
            QVERIFY2(enabled.value(row.uuid(u"company_id")).contains(feature), qPrintable(feature));
            seen.insert(feature);
        }
        QVERIFY2(seen.size() >= 8, qPrintable(QStringList(seen.values()).join(u',')));
    }

    void weekdaysBusierThanWeekends()
    {
        const auto days =
            query(m_platform.server(),
                  QStringLiteral("SELECT d.day AS day, d.active_users AS users, d.logins AS logins "
                                 "FROM usage_daily d JOIN companies c ON c.id = d.company_id"));
        double sum[2] = {};
        double logins[2] = {};
        int n[2] = {};
        for (const server::SqlRow &row : days) {
            const int weekend = row.date(u"day").dayOfWeek() >= 6 ? 1 : 0;
            sum[weekend] += static_cast<double>(row.int64(u"users"));
            logins[weekend] += static_cast<double>(row.int64(u"logins"));
            ++n[weekend];
        }
        QVERIFY(n[0] > 1000 && n[1] > 400);
        const double weekday = sum[0] / n[0];
        const double weekend = sum[1] / n[1];
        QVERIFY2(weekday > 2 * weekend,
                 qPrintable(QStringLiteral("%1 against %2").arg(weekday).arg(weekend)));
        QVERIFY(logins[0] / n[0] > 2 * logins[1] / n[1]);
        QVERIFY(logins[0] >= sum[0]); // every active user signed in at least once

        // The hour profile: office hours on working days, quiet nights and weekends.
        const auto hours = query(m_platform.server(),
                                 QStringLiteral("SELECT weekday, hour, active_users FROM "
                                                "usage_hour_profile"));
        double office = 0;
        double night = 0;
        double weekendDay = 0;
        int officeN = 0;
        int nightN = 0;
        int weekendN = 0;
        for (const server::SqlRow &row : hours) {
            const qint64 weekdayNumber = row.int64(u"weekday");
            const qint64 hour = row.int64(u"hour");
            const double users = row.real(u"active_users");
            QVERIFY(weekdayNumber >= 1 && weekdayNumber <= 7 && hour >= 0 && hour <= 23);
            if (weekdayNumber <= 5 && hour >= 9 && hour <= 16) {
                office += users;
                ++officeN;
            } else if (hour <= 5) {
                night += users;
                ++nightN;
            } else if (weekdayNumber >= 6 && hour >= 9 && hour <= 16) {
                weekendDay += users;
                ++weekendN;
            }
        }
        QVERIFY(officeN > 0 && nightN > 0 && weekendN > 0);
        QVERIFY2(
            office / officeN > 10 * night / nightN,
            qPrintable(QStringLiteral("%1 against %2").arg(office / officeN).arg(night / nightN)));
        QVERIFY(office / officeN > 2 * weekendDay / weekendN);
    }

    void platformRollUpIsTheSumOfTheCompanies() { checkRollUp(m_platform.server()); }

    // The server's own roll-up of a range (StatsService::rollUp, as at start-up and every
    // hour) rewrites those days with the same figures, and /admin/stats/usage of the whole
    // platform answers them.
    void rollingUpAgainChangesNothing()
    {
        const QString all = QStringLiteral(
            "SELECT day, tier, companies, new_companies, churned_companies, active_companies, "
            "active_users, logins, events, api_calls FROM usage_platform_daily ORDER BY day, tier");
        const auto before = query(m_platform.server(), all);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto again =
            server::StatsService(m_platform.server().context()).rollUp(today.addDays(-100), today);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        const auto after = query(m_platform.server(), all);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).toJson(), before.at(i).toJson());

        const auto sums = query(m_platform.server(),
                                QStringLiteral("SELECT CAST(SUM(active_users) AS BIGINT) AS u, "
                                               "CAST(SUM(logins) AS BIGINT) AS l, "
                                               "CAST(SUM(events) AS BIGINT) AS e FROM usage_daily "
                                               "WHERE day = $1"),
                                {today.addDays(-3)});
        const ApiReply series =
            m_platform.admin().get(QStringLiteral("/admin/stats/usage?from=%1&to=%1")
                                       .arg(today.addDays(-3).toString(Qt::ISODate)));
        QCOMPARE(series.status, 200);
        const QJsonObject point =
            series.json().value(QStringLiteral("points")).toArray().first().toObject();
        QCOMPARE(point.value(QStringLiteral("active_users")).toInteger(), sums.first().int64(u"u"));
        QCOMPARE(point.value(QStringLiteral("logins")).toInteger(), sums.first().int64(u"l"));
        QCOMPARE(point.value(QStringLiteral("events")).toInteger(), sums.first().int64(u"e"));
        QVERIFY(point.value(QStringLiteral("logins")).toInteger() > 0);
    }

    void sameSeedSamePopulation()
    {
        const QStringList first = fingerprint(m_platform.server());
        const QStringList second = fingerprint(m_scale.server());
        QVERIFY(first.size() > 120);
        QCOMPARE(second, first);
    }

    void syntheticPopulationForScale()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto scale = query(
            m_scale.server(),
            QStringLiteral("SELECT COUNT(*) AS n, MIN(d.day) AS first_day, MAX(d.day) AS "
                           "last_day FROM usage_daily d JOIN companies c ON c.id = d.company_id "
                           "WHERE c.code LIKE 'SCALE-%'"));
        QCOMPARE(scale.size(), 1);
        QVERIFY(scale.first().int64(u"n") > qint64 {kSynthetic} * 10);
        QCOMPARE(scale.first().date(u"first_day"), today.addDays(-29));
        QCOMPARE(scale.first().date(u"last_day"), today);
        const auto companies = query(m_scale.server(),
                                     QStringLiteral("SELECT COUNT(*) AS n FROM companies WHERE "
                                                    "code LIKE 'SCALE-%'"));
        QCOMPARE(companies.first().int64(u"n"), kSynthetic);
        // The roll-up covers the whole year.
        checkRollUp(m_scale.server());
        const auto lastDay = query(
            m_scale.server(),
            QStringLiteral("SELECT CAST(SUM(companies) AS BIGINT) AS n FROM usage_platform_daily "
                           "WHERE day = $1"),
            {today});
        const qint64 existing =
            count(m_scale.server(), QStringLiteral("companies WHERE status = 'active'"));
        // Every active company (and the suspended demo tenant) exists on the last day.
        QCOMPARE(lastDay.first().int64(u"n"), existing + 1);

        // The console's lists still work with companies that have no settings, users or
        // licenses.
        const ApiReply list =
            m_scale.admin().get(QStringLiteral("/admin/companies?q=SCALE-&limit=5"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("total")).toInt(), kSynthetic);
        QCOMPARE(m_scale.admin().get(QStringLiteral("/admin/stats/overview")).status, 200);
    }

    void tenantSeesOnlyItsOwnUsage()
    {
        if (!m_platform.postgresRoles())
            QSKIP("Row-level security is PostgreSQL's; SQLite has no database roles.");
        const auto ids = query(m_platform.server(),
                               QStringLiteral("SELECT id FROM companies WHERE code = "
                                              "'CAPE-MARITIME'"));
        QCOMPARE(ids.size(), 1);
        const QUuid own = ids.first().uuid(u"id");
        for (const QString &table :
             {QStringLiteral("usage_daily"), QStringLiteral("usage_hour_profile"),
              QStringLiteral("feature_usage_daily")}) {
            const auto operatorRows = query(
                m_platform.server(),
                QStringLiteral("SELECT COUNT(*) AS n, COUNT(DISTINCT company_id) AS companies "
                               "FROM %1")
                    .arg(table));
            QVERIFY(operatorRows.first().int64(u"companies") > 60);
            qint64 visible = -1;
            qint64 ownRows = -1;
            auto read = m_platform.server().database().transaction(
                server::TxScope::forTenant(own, server::TxScope::Access::ReadOnly),
                [&](SqlSession &session) {
                    auto all =
                        session.queryOne(QStringLiteral("SELECT COUNT(*) AS n FROM %1").arg(table));
                    auto mine = session.queryOne(
                        QStringLiteral("SELECT COUNT(*) AS n FROM %1 WHERE company_id = $1")
                            .arg(table),
                        {own});
                    if (!all || !mine)
                        return models::Status(!all ? all.error() : mine.error());
                    visible = all->int64(u"n");
                    ownRows = mine->int64(u"n");
                    return models::Status::success();
                });
            QVERIFY2(read.ok(), qPrintable(read.error().message));
            QVERIFY2(ownRows > 0, qPrintable(table));
            QVERIFY2(visible == ownRows, qPrintable(table));
        }
        // The platform roll-up is the operator's only.
        auto refused = m_platform.server().database().transaction(
            server::TxScope::forTenant(own, server::TxScope::Access::ReadOnly),
            [&](SqlSession &session) {
                return models::Status(
                    session.exec(QStringLiteral("SELECT COUNT(*) FROM usage_platform_daily"))
                        .error());
            });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString(server::SqlErrorCode::Forbidden));
    }

private:
    PlatformFixture m_platform;
    PlatformFixture m_scale; // the same seeds and kSynthetic synthetic companies
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
