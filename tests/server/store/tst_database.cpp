// Built twice: tst_database_sqlite (SPHAIR_TEST_POSTGRES=0) and tst_database_postgres
// (SPHAIR_TEST_POSTGRES=1, inside pg_virtualenv), so both backends pass the same tests.
#include "PostgresTestCluster.h"
#include "models/domain/Tier.h"
#include "server/store/Database.h"
#include "server/store/Migrations.h"
#include "server/store/PostgresRoles.h"
#include "server/store/SqlErrorCode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#ifndef SPHAIR_TEST_POSTGRES
#error "define SPHAIR_TEST_POSTGRES to 0 (SQLite) or 1 (PostgreSQL)"
#endif

using namespace sphair::server;
using sphair::models::Error;
using sphair::models::Result;
using sphair::models::Status;

Q_DECLARE_METATYPE(Error)

namespace {

constexpr bool kPostgres = SPHAIR_TEST_POSTGRES != 0;

const QUuid kCompanyA = QUuid::fromString(u"6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
const QUuid kCompanyB = QUuid::fromString(u"7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

Status insertCompany(SqlSession &session, const QUuid &id, const QString &code)
{
    Result<SqlResult> result =
        session.exec(QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users) "
                                    "VALUES ($1, $2, $3, 'small', 10)"),
                     {id, code, QStringLiteral("Company %1").arg(code)});
    return result ? Status() : Status(result.error());
}

Status insertUser(SqlSession &session, const QUuid &company, const QString &email)
{
    Result<SqlResult> result =
        session.exec(QStringLiteral("INSERT INTO users (company_id, id, email, name) "
                                    "VALUES ($1, gen_random_uuid(), $2, $3)"),
                     {company, email, QStringLiteral("User")});
    return result ? Status() : Status(result.error());
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void migrationsApplied();
    void migrationsIdempotentOnReopen();
    void referenceDataSeeded();
    void everyTableQueryable_data();
    void everyTableQueryable();

    void valueRoundTrip_data();
    void valueRoundTrip();
    void crudRoundTrip();
    void queryOneAndOptional();
    void builtinFunctions();
    void tenantLocksOwnCompany();

    void commitsWhenFunctionSucceeds();
    void rollsBackMidway_data();
    void rollsBackMidway();
    void rollsBackOnException();
    void errorCodes_data();
    void errorCodes();
    void readOnlyRefusesWrites();
    void tenantScopeNeedsCompany();

    void concurrentWriters();

#if SPHAIR_TEST_POSTGRES
    void tenantSettingFollowsScope();
    void statementsPreparedOnce();
    void preparedStatementCacheBounded();
#else
    void sqlitePragmas();
    void sqliteRefusesNewerSchema();
    void sqliteDataSurvivesReopen();
    void sqliteFilesOwnerOnly();
#endif

private:
    Result<std::unique_ptr<Database>> open();
    Status write(const TxScope &scope, const Database::TransactionFunction &fn);
    qint64 count(const QString &sql, const SqlParams &params = {});

    QTemporaryDir m_dir;
    PostgresRoles m_roles;
    std::unique_ptr<Database> m_db;
};

Result<std::unique_ptr<Database>> tst_Database::open()
{
    if constexpr (kPostgres)
        return Database::openPostgres(m_roles.options(16));
    SqliteOptions options;
    options.path = m_dir.filePath(QStringLiteral("platform.db"));
    options.poolSize = 8;
    return Database::openSqlite(options);
}

Status tst_Database::write(const TxScope &scope, const Database::TransactionFunction &fn)
{
    return m_db->transaction(scope, fn);
}

qint64 tst_Database::count(const QString &sql, const SqlParams &params)
{
    qint64 value = -1;
    const Status status = m_db->transaction(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
        Result<SqlRow> row = s.queryOne(sql, params);
        if (!row)
            return Status(row.error());
        value = row->int64(row->columns().first());
        return Status();
    });
    if (!status)
        qWarning("count failed: %s", qPrintable(status.error().message));
    return value;
}

void tst_Database::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if constexpr (kPostgres) {
        const QString missing = sphair::tests::PostgresTestCluster::missingReason();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        Result<PostgresRoles> roles =
            PostgresRoles::create(sphair::tests::PostgresTestCluster::superuserConninfo());
        QVERIFY2(roles, qPrintable(roles.error().message));
        m_roles = roles.value();
    }
    Result<std::unique_ptr<Database>> db = open();
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db).value();
    QCOMPARE(m_db->dialect().isPostgres(), kPostgres);

    const Status seeded = write(TxScope::forOperator(), [](SqlSession &s) {
        if (Status status = insertCompany(s, kCompanyA, QStringLiteral("ACME")); !status)
            return status;
        return insertCompany(s, kCompanyB, QStringLiteral("BETA"));
    });
    QVERIFY2(seeded, qPrintable(seeded.error().message));
}

void tst_Database::cleanupTestCase()
{
    m_db.reset();
    if constexpr (kPostgres) {
        if (!m_roles.database.isEmpty()) {
            const Status dropped = PostgresRoles::drop(
                sphair::tests::PostgresTestCluster::superuserConninfo(), m_roles);
            QVERIFY2(dropped, qPrintable(dropped.error().message));
        }
    }
}

void tst_Database::migrationsApplied()
{
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM schema_migrations")),
             qint64(Migrations::steps().size()));
    QCOMPARE(count(QStringLiteral("SELECT max(version) FROM schema_migrations")),
             qint64(Migrations::latestVersion()));
}

void tst_Database::migrationsIdempotentOnReopen()
{
    const qint64 companies = count(QStringLiteral("SELECT count(*) FROM companies"));
    for (int round = 0; round < 2; ++round) {
        Result<std::unique_ptr<Database>> again = open();
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(again.value()->schemaVersion(), Migrations::latestVersion());
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM schema_migrations")),
             qint64(Migrations::steps().size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM feature_catalog")),
             qint64(sphair::models::FeatureCatalog::codes().size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM companies")), companies);
}

void tst_Database::referenceDataSeeded()
{
    using namespace sphair::models;
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tier_ranges")), qint64(3));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_state WHERE id = 1 AND "
                                  "enabled = false")),
             qint64(1));
    for (Tier tier : allTiers()) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tier_templates WHERE tier = $1"),
                       {tierCode(tier)}),
                 qint64(FeatureCatalog::tierTemplate(tier).size()));
        QCOMPARE(count(QStringLiteral("SELECT max_users FROM tier_ranges WHERE tier = $1"),
                       {tierCode(tier)}),
                 qint64(TierPolicy::defaults().range(tier).maxUsers));
    }
}

void tst_Database::everyTableQueryable_data()
{
    QTest::addColumn<QString>("table");
    const char *const tables[] = {"companies",
                                  "company_settings",
                                  "feature_catalog",
                                  "tier_templates",
                                  "tier_ranges",
                                  "company_features",
                                  "users",
                                  "licenses",
                                  "issuer_keys",
                                  "revocations",
                                  "maintenance_state",
                                  "maintenance_windows",
                                  "deployments",
                                  "deployment_steps",
                                  "audit_log",
                                  "admin_accounts",
                                  "admin_sessions",
                                  "tenant_tokens",
                                  "idempotency_keys",
                                  "usage_events",
                                  "usage_daily",
                                  "usage_hour_profile",
                                  "feature_usage_daily",
                                  "usage_platform_daily",
                                  "feature_platform_daily",
                                  "server_metrics",
                                  "schema_migrations"};
    for (const char *table : tables)
        QTest::newRow(table) << QString::fromLatin1(table);
}

void tst_Database::everyTableQueryable()
{
    QFETCH(QString, table);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM %1").arg(table)) >= 0);
}

void tst_Database::valueRoundTrip_data()
{
    QTest::addColumn<QString>("column"); // a column of companies
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("kind");

    const QDateTime instant(QDate(2025, 2, 28), QTime(23, 59, 58, 123), Qt::UTC);
    QTest::newRow("text verbatim")
        << "name" << QVariant(QStringLiteral("Zoë ✓ 'O''Brien' \"q\"; DROP TABLE users; --"))
        << "text";
    QTest::newRow("empty text") << "name" << QVariant(QString()) << "text";
    QTest::newRow("null text") << "contact_email" << QVariant() << "null";
    QTest::newRow("timestamp ms") << "deleted_at" << QVariant(instant) << "datetime";
    QTest::newRow("timestamp offset")
        << "deleted_at"
        << QVariant(QDateTime(QDate(2025, 3, 1), QTime(1, 59, 58, 123), Qt::OffsetFromUTC, 7200))
        << "datetime";
    QTest::newRow("null timestamp") << "deleted_at" << QVariant(QDateTime()) << "null";
    QTest::newRow("integer") << "max_users" << QVariant(2147483647) << "int";
    QTest::newRow("uuid") << "id" << QVariant(QUuid::createUuid()) << "uuid";
}

void tst_Database::valueRoundTrip()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, kind);

    const QUuid company = QUuid::createUuid();
    QVariant read;
    SqlRow row;
    const Status status = write(TxScope::forOperator(), [&](SqlSession &s) {
        if (Status inserted = insertCompany(s, company, company.toString(QUuid::WithoutBraces));
            !inserted) {
            return inserted;
        }
        QUuid key = company;
        if (column == QLatin1String("id")) {
            Result<SqlResult> updated = s.exec(
                QStringLiteral("UPDATE companies SET id = $2 WHERE id = $1"), {company, value});
            if (!updated)
                return Status(updated.error());
            key = value.toUuid();
        } else {
            Result<SqlResult> updated =
                s.exec(QStringLiteral("UPDATE companies SET %1 = $2 WHERE id = $1").arg(column),
                       {company, value});
            if (!updated)
                return Status(updated.error());
            if (updated->rowsAffected() != 1)
                return Status::failure(QStringLiteral("test"), QStringLiteral("no row updated"));
        }
        Result<SqlRow> fetched = s.queryOne(
            QStringLiteral("SELECT %1 AS v FROM companies WHERE id = $1").arg(column), {key});
        if (!fetched)
            return Status(fetched.error());
        row = fetched.value();
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));

    const QString v = QStringLiteral("v");
    if (kind == QLatin1String("null")) {
        QVERIFY(row.isNull(v));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(!row.isNull(v));
        QCOMPARE(row.text(v),
                 value.toString().isNull() ? QString(QLatin1String("")) : value.toString());
    } else if (kind == QLatin1String("datetime")) {
        QCOMPARE(row.value(v).typeId(), QMetaType::QDateTime);
        QCOMPARE(row.dateTime(v), value.toDateTime().toUTC());
        QCOMPARE(row.dateTime(v).timeSpec(), Qt::UTC);
    } else if (kind == QLatin1String("int")) {
        QCOMPARE(row.value(v).typeId(), QMetaType::LongLong);
        QCOMPARE(row.int64(v), value.toLongLong());
    } else if (kind == QLatin1String("uuid")) {
        QCOMPARE(row.uuid(v), value.toUuid());
        QCOMPARE(row.text(v), value.toUuid().toString(QUuid::WithoutBraces));
    } else {
        QFAIL("unknown kind");
    }
}

void tst_Database::crudRoundTrip()
{
    const QUuid company = QUuid::createUuid();
    const QDate day(2025, 5, 31);
    const QJsonObject before {{QStringLiteral("name"), QStringLiteral("Old")},
                              {QStringLiteral("max_users"), 5}};
    const QJsonArray features {QStringLiteral("inventory"), QStringLiteral("calendar")};
    const qint64 big = (qint64(1) << 53) + 1; // not representable as a double

    Status status = write(TxScope::forOperator(), [&](SqlSession &s) {
        if (Status inserted = insertCompany(s, company, QStringLiteral("CRUD")); !inserted)
            return inserted;
        Result<SqlRow> updated =
            s.queryOne(QStringLiteral("UPDATE companies SET name = $2, version = version + 1, "
                                      "updated_at = now() WHERE id = $1 AND version = $3 "
                                      "RETURNING version, updated_at"),
                       {company, QStringLiteral("Crud Ltd"), 1});
        if (!updated)
            return Status(updated.error());
        if (updated->integer(QStringLiteral("version")) != 2
            || !updated->dateTime(QStringLiteral("updated_at")).isValid()) {
            return Status::failure(QStringLiteral("test"), QStringLiteral("bad RETURNING"));
        }
        const SqlParams feature {company, QStringLiteral("inventory"), true};
        const QString upsert = QStringLiteral(
            "INSERT INTO company_features (company_id, feature_code, enabled, source) "
            "VALUES ($1, $2, $3, 'tier') ON CONFLICT (company_id, feature_code) "
            "DO UPDATE SET enabled = excluded.enabled, source = 'override'");
        for (const QVariant &enabled : {QVariant(true), QVariant(false)}) {
            Result<SqlResult> done =
                s.exec(upsert, {company, QStringLiteral("inventory"), enabled});
            if (!done)
                return Status(done.error());
        }
        Result<SqlResult> usage =
            s.exec(QStringLiteral("INSERT INTO usage_daily (company_id, day, api_calls) "
                                  "VALUES ($1, $2, $3)"),
                   {company, day, big});
        if (!usage)
            return Status(usage.error());
        Result<SqlResult> audit =
            s.exec(QStringLiteral("INSERT INTO audit_log (actor, actor_role, action, target_type, "
                                  "target_id, company_id, before, after) "
                                  "VALUES ($1, 'superadmin', 'company.update', 'company', $2, $3, "
                                  "$4, $5) RETURNING id"),
                   {QStringLiteral("admin"), company.toString(QUuid::WithoutBraces), company,
                    before, QJsonValue(features)});
        if (!audit)
            return Status(audit.error());
        return audit->rowsAffected() == 1 && audit->first().int64(QStringLiteral("id")) > 0
            ? Status()
            : Status::failure(QStringLiteral("test"), QStringLiteral("no audit id"));
    });
    QVERIFY2(status, qPrintable(status.error().message));

    status = write(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
        Result<SqlRow> companyRow =
            s.queryOne(QStringLiteral("SELECT name, version, status, created_at FROM companies "
                                      "WHERE id = $1"),
                       {company});
        if (!companyRow)
            return Status(companyRow.error());
        [&] {
            QCOMPARE(companyRow->text(QStringLiteral("name")), QStringLiteral("Crud Ltd"));
            QCOMPARE(companyRow->integer(QStringLiteral("version")), 2);
            QCOMPARE(companyRow->text(QStringLiteral("status")), QStringLiteral("active"));
            QVERIFY(qAbs(companyRow->dateTime(QStringLiteral("created_at"))
                             .secsTo(QDateTime::currentDateTimeUtc()))
                    < 60);
        }();
        Result<SqlRow> feature = s.queryOne(
            QStringLiteral("SELECT enabled, source FROM company_features WHERE company_id = $1"),
            {company});
        if (!feature)
            return Status(feature.error());
        [&] {
            QCOMPARE(feature->value(QStringLiteral("enabled")).typeId(), QMetaType::Bool);
            QCOMPARE(feature->boolean(QStringLiteral("enabled"), true), false);
            QCOMPARE(feature->text(QStringLiteral("source")), QStringLiteral("override"));
        }();
        Result<SqlRow> usage = s.queryOne(
            QStringLiteral("SELECT day, api_calls FROM usage_daily WHERE company_id = $1"),
            {company});
        if (!usage)
            return Status(usage.error());
        [&] {
            QCOMPARE(usage->value(QStringLiteral("day")).typeId(), QMetaType::QDate);
            QCOMPARE(usage->date(QStringLiteral("day")), day);
            QCOMPARE(usage->int64(QStringLiteral("api_calls")), big);
        }();
        Result<SqlRow> audit =
            s.queryOne(QStringLiteral("SELECT before, after, company_id FROM audit_log "
                                      "WHERE target_id = $1"),
                       {company});
        if (!audit)
            return Status(audit.error());
        [&] {
            QCOMPARE(audit->json(QStringLiteral("before")).toObject(), before);
            QCOMPARE(audit->json(QStringLiteral("after")).toArray(), features);
            QCOMPARE(audit->uuid(QStringLiteral("company_id")), company);
        }();
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));

    status = write(TxScope::forOperator(), [&](SqlSession &s) {
        Result<SqlResult> deleted =
            s.exec(QStringLiteral("DELETE FROM company_features WHERE company_id = $1"), {company});
        if (!deleted)
            return Status(deleted.error());
        return deleted->rowsAffected() == 1
            ? Status()
            : Status::failure(QStringLiteral("test"), QStringLiteral("nothing deleted"));
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM company_features WHERE company_id = $1"),
                   {company}),
             qint64(0));
}

void tst_Database::queryOneAndOptional()
{
    const Status status = write(TxScope::forOperator().readOnly(), [](SqlSession &s) {
        Result<SqlRow> none = s.queryOne(QStringLiteral("SELECT id FROM companies WHERE code = $1"),
                                         {QStringLiteral("NOPE")});
        Result<std::optional<SqlRow>> maybe = s.queryOptional(
            QStringLiteral("SELECT id FROM companies WHERE code = $1"), {QStringLiteral("NOPE")});
        Result<std::optional<SqlRow>> found = s.queryOptional(
            QStringLiteral("SELECT id FROM companies WHERE code = $1"), {QStringLiteral("ACME")});
        Result<SqlResult> all = s.exec(QStringLiteral("SELECT code FROM companies ORDER BY code"));
        [&] {
            QVERIFY(!none);
            QCOMPARE(none.error().code, QString(SqlErrorCode::NotFound));
            QVERIFY(maybe);
            QVERIFY(!maybe->has_value());
            QVERIFY(found);
            QVERIFY(found->has_value());
            QCOMPARE(found.value()->uuid(QStringLiteral("id")), kCompanyA);
            QVERIFY(all);
            QVERIFY(all->size() >= 2);
            QCOMPARE(all->columns(), QStringList {QStringLiteral("code")});
            QCOMPARE(all->rowsAffected(), qint64(all->size()));
        }();
        // not_found is an answer, not a failure: the transaction goes on.
        return s.failure() ? Status(*s.failure()) : Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
}

void tst_Database::builtinFunctions()
{
    SqlRow row;
    const Status status = write(TxScope::forTenant(kCompanyA), [&](SqlSession &s) {
        Result<SqlRow> fetched = s.queryOne(QStringLiteral(
            "SELECT now() AS at, gen_random_uuid() AS id, true AS yes, 1.5 AS half"));
        if (!fetched)
            return Status(fetched.error());
        row = fetched.value();
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QVERIFY(qAbs(row.dateTime(QStringLiteral("at")).secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!row.uuid(QStringLiteral("id")).isNull());
    QCOMPARE(row.boolean(QStringLiteral("yes")), true);
    QCOMPARE(row.real(QStringLiteral("half")), 1.5);
}

void tst_Database::tenantLocksOwnCompany()
{
    // How the Store serialises user creation against max_users on PostgreSQL (SQLite
    // serialises write transactions anyway).
    int maxUsers = 0;
    const Status status = write(TxScope::forTenant(kCompanyA), [&](SqlSession &s) {
        Result<SqlRow> row =
            s.queryOne(QStringLiteral("SELECT max_users FROM companies WHERE id = $1")
                           + s.dialect().forUpdate(),
                       {kCompanyA});
        if (!row)
            return Status(row.error());
        maxUsers = row->integer(QStringLiteral("max_users"));
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QCOMPARE(maxUsers, 10);
    QCOMPARE(m_db->dialect().forUpdate().isEmpty(), !kPostgres);
}

void tst_Database::commitsWhenFunctionSucceeds()
{
    const Status status = write(TxScope::forTenant(kCompanyA), [](SqlSession &s) {
        return insertUser(s, kCompanyA, QStringLiteral("commit@example.com"));
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email = $1"),
                   {QStringLiteral("commit@example.com")}),
             qint64(1));
}

void tst_Database::rollsBackMidway_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("function fails after writes") << "fail"
                                                 << "test_failure";
    QTest::newRow("statement fails, error returned")
        << "conflict" << QString(SqlErrorCode::Conflict);
    QTest::newRow("statement fails, error ignored")
        << "ignore" << QString(SqlErrorCode::TransactionAborted);
    QTest::newRow("bad parameter, error ignored")
        << "badparam" << QString(SqlErrorCode::TransactionAborted);
}

void tst_Database::rollsBackMidway()
{
    QFETCH(QString, how);
    QFETCH(QString, expectedCode);
    const QString email = QStringLiteral("rollback-%1@example.com")
                              .arg(QString::fromLatin1(QTest::currentDataTag())
                                       .replace(QLatin1Char(' '), QLatin1Char('-')));
    const Status status = write(TxScope::forTenant(kCompanyA), [&](SqlSession &s) {
        if (Status inserted = insertUser(s, kCompanyA, email); !inserted)
            return inserted;
        Result<SqlResult> usage =
            s.exec(QStringLiteral("INSERT INTO usage_events (company_id, kind) VALUES ($1, $2)"),
                   {kCompanyA, email});
        if (!usage)
            return Status(usage.error());
        if (how == QLatin1String("fail"))
            return Status::failure(QStringLiteral("test_failure"), QStringLiteral("planned"));
        if (how == QLatin1String("badparam")) {
            (void)s.exec(QStringLiteral("SELECT $1"), {QVariant::fromValue(QStringList())});
            return Status();
        }
        Status duplicate = insertUser(s, kCompanyA, email); // unique (company_id, email)
        if (how == QLatin1String("ignore"))
            return Status();
        return duplicate;
    });
    QVERIFY(!status);
    QCOMPARE(status.error().code, expectedCode);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email = $1"), {email}),
             qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM usage_events WHERE kind = $1"), {email}),
             qint64(0));
    // The connection is healthy again afterwards.
    QVERIFY(write(TxScope::forTenant(kCompanyA), [](SqlSession &s) {
        return s.exec(QStringLiteral("SELECT 1")) ? Status() : Status::failure({}, {});
    }));
}

void tst_Database::rollsBackOnException()
{
    const QString email = QStringLiteral("exception@example.com");
    bool thrown = false;
    try {
        (void)write(TxScope::forTenant(kCompanyA), [&](SqlSession &s) -> Status {
            if (Status inserted = insertUser(s, kCompanyA, email); !inserted)
                return inserted;
            throw std::runtime_error("planned");
        });
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email = $1"), {email}),
             qint64(0));
}

void tst_Database::errorCodes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("params");
    QTest::addColumn<QString>("code");
    const QVariant a(kCompanyA);
    QTest::newRow("unique") << "INSERT INTO companies (id, code, name, tier, max_users) "
                               "VALUES ($1, 'ACME', 'x', 'small', 3)"
                            << QVariantList {QUuid::createUuid()}
                            << QString(SqlErrorCode::Conflict);
    QTest::newRow("primary key") << "INSERT INTO companies (id, code, name, tier, max_users) "
                                    "VALUES ($1, 'OTHER', 'x', 'small', 3)"
                                 << QVariantList {a} << QString(SqlErrorCode::Conflict);
    QTest::newRow("foreign key")
        << "INSERT INTO users (company_id, id, email, name) VALUES ($1, $2, 'x@y', 'x')"
        << QVariantList {QUuid::createUuid(), QUuid::createUuid()}
        << QString(SqlErrorCode::ForeignKey);
    QTest::newRow("check") << "UPDATE companies SET status = 'gone' WHERE id = $1"
                           << QVariantList {a} << QString(SqlErrorCode::Constraint);
    QTest::newRow("not null") << "UPDATE companies SET name = NULL WHERE id = $1"
                              << QVariantList {a} << QString(SqlErrorCode::Constraint);
    QTest::newRow("syntax") << "SELEC 1" << QVariantList {} << QString(SqlErrorCode::Other);
    QTest::newRow("unknown table")
        << "SELECT * FROM nowhere" << QVariantList {} << QString(SqlErrorCode::Other);
    QTest::newRow("two statements")
        << "SELECT 1; SELECT 2" << QVariantList {}
        << QString(kPostgres ? SqlErrorCode::Other : SqlErrorCode::InvalidArgument);
    QTest::newRow("too few params") << "SELECT id FROM companies WHERE id = $1 AND code = $2"
                                    << QVariantList {a} << QString(SqlErrorCode::InvalidArgument);
    QTest::newRow("unsupported type") << "SELECT $1" << QVariantList {QVariant(QStringList())}
                                      << QString(SqlErrorCode::InvalidArgument);
}

void tst_Database::errorCodes()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, params);
    QFETCH(QString, code);
    Error first;
    Error second;
    const Status status = write(TxScope::forOperator(), [&](SqlSession &s) {
        Result<SqlResult> result = s.exec(sql, params);
        if (result)
            return Status::failure(QStringLiteral("test"), QStringLiteral("statement succeeded"));
        first = result.error();
        // Whatever failed, the transaction is over on both backends.
        Result<SqlResult> after = s.exec(QStringLiteral("SELECT 1"));
        if (!after)
            second = after.error();
        return Status();
    });
    QVERIFY(!status);
    QCOMPARE(status.error().code, QString(SqlErrorCode::TransactionAborted));
    QCOMPARE(first.code, code);
    QVERIFY(!first.message.isEmpty());
    QCOMPARE(second.code, QString(SqlErrorCode::TransactionAborted));
}

void tst_Database::readOnlyRefusesWrites()
{
    const Status status = write(TxScope::forTenant(kCompanyA).readOnly(), [](SqlSession &s) {
        return insertUser(s, kCompanyA, QStringLiteral("readonly@example.com"));
    });
    QVERIFY(!status);
    QCOMPARE(status.error().code, QString(SqlErrorCode::ReadOnly));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email = $1"),
                   {QStringLiteral("readonly@example.com")}),
             qint64(0));
}

void tst_Database::tenantScopeNeedsCompany()
{
    bool called = false;
    const Status status = write(TxScope::forTenant(QUuid()), [&](SqlSession &) {
        called = true;
        return Status();
    });
    QVERIFY(!status);
    QVERIFY(!called);
    QCOMPARE(status.error().code, QString(SqlErrorCode::InvalidArgument));
}

void tst_Database::concurrentWriters()
{
    constexpr int kThreads = 64;
    constexpr int kTransactionsEach = 4;
    const QDate day(2030, 1, 1);
    std::atomic<int> failures {0};
    std::mutex errorMutex;
    QString firstError;

    std::vector<std::thread> threads;
    threads.reserve(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kTransactionsEach; ++i) {
                const Status status =
                    m_db->transaction(TxScope::forTenant(kCompanyB), [&](SqlSession &s) {
                        if (Status inserted =
                                insertUser(s, kCompanyB,
                                           QStringLiteral("load-%1-%2@example.com").arg(t).arg(i));
                            !inserted) {
                            return inserted;
                        }
                        // A read-modify-write on one shared row: lost updates would show here.
                        Result<SqlResult> counted = s.exec(
                            QStringLiteral("INSERT INTO usage_daily (company_id, day, api_calls) "
                                           "VALUES ($1, $2, 1) ON CONFLICT (company_id, day) DO "
                                           "UPDATE SET api_calls = usage_daily.api_calls + 1"),
                            {kCompanyB, day});
                        return counted ? Status() : Status(counted.error());
                    });
                if (!status) {
                    ++failures;
                    std::lock_guard<std::mutex> lock(errorMutex);
                    if (firstError.isEmpty())
                        firstError =
                            status.error().code + QLatin1String(": ") + status.error().message;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    QVERIFY2(failures == 0, qPrintable(firstError));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE company_id = $1 AND email "
                                  "LIKE 'load-%'"),
                   {kCompanyB}),
             qint64(kThreads * kTransactionsEach));
    QCOMPARE(count(QStringLiteral("SELECT api_calls FROM usage_daily WHERE company_id = $1 AND "
                                  "day = $2"),
                   {kCompanyB, day}),
             qint64(kThreads * kTransactionsEach));
}

#if SPHAIR_TEST_POSTGRES

void tst_Database::tenantSettingFollowsScope()
{
    for (const QUuid &company : {kCompanyA, kCompanyB, kCompanyA}) {
        QString seen;
        const Status status = write(TxScope::forTenant(company).readOnly(), [&](SqlSession &s) {
            Result<SqlRow> row = s.queryOne(QStringLiteral(
                "SELECT current_setting('app.current_company_id', true) AS company"));
            if (!row)
                return Status(row.error());
            seen = row->text(QStringLiteral("company"));
            return Status();
        });
        QVERIFY2(status, qPrintable(status.error().message));
        QCOMPARE(seen, company.toString(QUuid::WithoutBraces));
    }
    // Operator connections never carry a tenant.
    QString seen = QStringLiteral("unset");
    const Status status = write(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
        Result<SqlRow> row = s.queryOne(QStringLiteral(
            "SELECT coalesce(current_setting('app.current_company_id', true), '') AS company"));
        if (!row)
            return Status(row.error());
        seen = row->text(QStringLiteral("company"));
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QCOMPARE(seen, QString());
}

void tst_Database::statementsPreparedOnce()
{
    const QString sql = QStringLiteral("SELECT count(*) AS n FROM users WHERE company_id = $1");
    qint64 prepared = -1;
    const Status status = write(TxScope::forTenant(kCompanyA).readOnly(), [&](SqlSession &s) {
        for (int i = 0; i < 5; ++i) {
            if (Result<SqlResult> run = s.exec(sql, {kCompanyA}); !run)
                return Status(run.error());
        }
        Result<SqlRow> row =
            s.queryOne(QStringLiteral("SELECT count(*) AS n FROM pg_prepared_statements "
                                      "WHERE statement = $1"),
                       {sql});
        if (!row)
            return Status(row.error());
        prepared = row->int64(QStringLiteral("n"));
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QCOMPARE(prepared, qint64(1));
}

void tst_Database::preparedStatementCacheBounded()
{
    constexpr int kDistinct = 1100; // more than a connection keeps
    qint64 prepared = -1;
    const Status status = write(TxScope::forTenant(kCompanyA).readOnly(), [&](SqlSession &s) {
        for (int i = 0; i < kDistinct; ++i) {
            Result<SqlRow> row = s.queryOne(QStringLiteral("SELECT $1 + %1 AS n").arg(i), {1});
            if (!row)
                return Status(row.error());
            if (row->int64(QStringLiteral("n")) != i + 1)
                return Status::failure(QStringLiteral("test"), QStringLiteral("wrong sum"));
        }
        Result<SqlRow> row =
            s.queryOne(QStringLiteral("SELECT count(*) AS n FROM pg_prepared_statements"));
        if (!row)
            return Status(row.error());
        prepared = row->int64(QStringLiteral("n"));
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QVERIFY2(prepared > 0 && prepared <= 1001, qPrintable(QString::number(prepared)));
}

#else

void tst_Database::sqlitePragmas()
{
    // A write scope: SQLite counts PRAGMA statements as possible writes.
    QString journal;
    qint64 foreignKeys = -1;
    qint64 synchronous = -1;
    const Status status = write(TxScope::forOperator(), [&](SqlSession &s) {
        Result<SqlRow> j = s.queryOne(QStringLiteral("PRAGMA journal_mode"));
        Result<SqlRow> f = s.queryOne(QStringLiteral("PRAGMA foreign_keys"));
        Result<SqlRow> y = s.queryOne(QStringLiteral("PRAGMA synchronous"));
        if (!j || !f || !y)
            return Status::failure(QStringLiteral("test"), QStringLiteral("pragma failed"));
        journal = j->text(QStringLiteral("journal_mode"));
        foreignKeys = f->int64(QStringLiteral("foreign_keys"));
        synchronous = y->int64(QStringLiteral("synchronous"));
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QCOMPARE(journal, QStringLiteral("wal"));
    QCOMPARE(foreignKeys, qint64(1));
    QCOMPARE(synchronous, qint64(2)); // FULL
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("platform.db-wal"))));
}

void tst_Database::sqliteRefusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db.error().message));
        const Status bumped = db.value()->transaction(TxScope::forOperator(), [](SqlSession &s) {
            Result<SqlResult> r = s.exec(QStringLiteral(
                "INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')"));
            return r ? Status() : Status(r.error());
        });
        QVERIFY2(bumped, qPrintable(bumped.error().message));
    }
    Result<std::unique_ptr<Database>> reopened = Database::openSqlite(path);
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, QString(SqlErrorCode::Migration));
    QVERIFY(reopened.error().message.contains(QLatin1String("9999")));
}

void tst_Database::sqliteDataSurvivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.db"));
    const QUuid company = QUuid::createUuid();
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db.error().message));
        const Status written = db.value()->transaction(TxScope::forOperator(), [&](SqlSession &s) {
            return insertCompany(s, company, QStringLiteral("KEEP"));
        });
        QVERIFY2(written, qPrintable(written.error().message));
    }
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY2(db, qPrintable(db.error().message));
    QString code;
    const Status read =
        db.value()->transaction(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
            Result<SqlRow> row =
                s.queryOne(QStringLiteral("SELECT code FROM companies WHERE id = $1"), {company});
            if (!row)
                return Status(row.error());
            code = row->text(QStringLiteral("code"));
            return Status();
        });
    QVERIFY2(read, qPrintable(read.error().message));
    QCOMPARE(code, QStringLiteral("KEEP"));
}

// The database and its write-ahead log hold password and token hashes: owner-only, even when
// the umask would let everyone read what is created.
void tst_Database::sqliteFilesOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.db"));
    const mode_t previous = ::umask(0);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY2(db, qPrintable(db.error().message));
    const Status written = db.value()->transaction(TxScope::forOperator(), [&](SqlSession &s) {
        return insertCompany(s, QUuid::createUuid(), QStringLiteral("MODE"));
    });
    QVERIFY2(written, qPrintable(written.error().message));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(QFile::permissions(file), ownerOnly);
    }
}

#endif

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
