// Tenant isolation at the database level on PostgreSQL: the app role, its grants and the
// row-level security policies of DESIGN.md §4, seen from the app, operator and owner roles.
#include "PostgresTestCluster.h"
#include "server/store/Database.h"
#include "server/store/Migrations.h"
#include "server/store/PostgresConnection.h"
#include "server/store/PostgresRoles.h"
#include "server/store/SqlErrorCode.h"

#include <QSet>
#include <QTest>

using namespace sphair::server;
using sphair::models::Error;
using sphair::models::Result;
using sphair::models::Status;

namespace {

const QUuid kA = QUuid::fromString(u"aaaaaaaa-0000-4000-8000-000000000001");
const QUuid kB = QUuid::fromString(u"bbbbbbbb-0000-4000-8000-000000000002");

// Rows seeded per tenant table: A has two users, everything else one row per company, and
// audit_log / idempotency_keys one row without a company each (operator-only rows).
qint64 rowsOf(const QString &table, const QUuid &company)
{
    if (table == QLatin1String("users") && company == kA)
        return 2;
    return 1;
}

qint64 rowsWithoutCompany(const QString &table)
{
    return table == QLatin1String("audit_log") || table == QLatin1String("idempotency_keys") ? 1
                                                                                             : 0;
}

Status run(SqlSession &s, const QString &sql, const SqlParams &params)
{
    Result<SqlResult> result = s.exec(sql, params);
    return result ? Status() : Status(result.error());
}

Status seedTenant(SqlSession &s, const QUuid &c, const QString &code)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, SqlParams>> statements {
        {QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users) "
                        "VALUES ($1, $2, $2, 'small', 10)"),
         {c, code}},
        {QStringLiteral("INSERT INTO company_settings (company_id, display_name) "
                        "VALUES ($1, $2)"),
         {c, code}},
        {QStringLiteral("INSERT INTO company_images (company_id, slot, content_type, sha256, "
                        "width, height, byte_size, data) VALUES ($1, 'logo', 'image/png', $2, 1, "
                        "1, 3, $3)"),
         {c, QStringLiteral("sha-%1").arg(code), QByteArray("png")}},
        {QStringLiteral("INSERT INTO company_features (company_id, feature_code, enabled, "
                        "source) VALUES ($1, 'inventory', true, 'tier')"),
         {c}},
        {QStringLiteral("INSERT INTO users (company_id, id, email, name) "
                        "VALUES ($1, gen_random_uuid(), $2, 'One')"),
         {c, QStringLiteral("one@%1.example").arg(code)}},
        {QStringLiteral("INSERT INTO licenses (company_id, id, token, kid, seq, tier, "
                        "max_users, features, issued_at, not_before, expires_at, "
                        "registered_by) VALUES ($1, gen_random_uuid(), 'v4.public.x', "
                        "'k4.pid.test', 1, 'small', 10, '[]', $2, $2, $3, 'sales')"),
         {c, now, now.addDays(365)}},
        {QStringLiteral("INSERT INTO revocations (company_id, jti, revoked_by) "
                        "VALUES ($1, gen_random_uuid(), 'sales')"),
         {c}},
        {QStringLiteral("INSERT INTO usage_events (company_id, kind) VALUES ($1, 'login')"), {c}},
        {QStringLiteral("INSERT INTO usage_daily (company_id, day) VALUES ($1, '2025-01-01')"),
         {c}},
        {QStringLiteral("INSERT INTO usage_hour_profile (company_id, weekday, hour, active_users, "
                        "logins) VALUES ($1, 1, 9, 2.5, 1.5)"),
         {c}},
        {QStringLiteral("INSERT INTO feature_usage_daily (company_id, day, feature_code, uses) "
                        "VALUES ($1, '2025-01-01', 'inventory', 7)"),
         {c}},
        {QStringLiteral("INSERT INTO tenant_tokens (company_id, token_hash) VALUES ($1, $2)"),
         {c, QStringLiteral("hash-%1").arg(code)}},
        {QStringLiteral("INSERT INTO audit_log (actor, actor_role, action, target_type, "
                        "company_id) VALUES ('admin', 'superadmin', 'seed', 'company', $1)"),
         {c}},
        {QStringLiteral("INSERT INTO maintenance_notice_mail (id, window_id, occurrence_start, "
                        "kind, company_id, recipient, language, subject, body) VALUES ($2, $3, "
                        "'2025-01-01T00:00:00Z', 'ended', $1, 'a@b.example', 'en', 's', 'b')"),
         {c, QUuid::createUuid(), QUuid::createUuid()}},
        {QStringLiteral("INSERT INTO idempotency_keys (actor, key, company_id, method, path, "
                        "request_hash) VALUES ($2, 'k1', $1, 'POST', '/api/users', 'h')"),
         {c, QStringLiteral("tenant:%1").arg(code)}},
    };
    for (const auto &[sql, params] : statements) {
        if (Status status = run(s, sql, params); !status)
            return status;
    }
    return {};
}

// A marker error that makes transaction() roll back a probe's writes.
Status rollBack()
{
    return Status::failure(QStringLiteral("test_rollback"), QStringLiteral("undo the probe"));
}

} // namespace

class tst_RowLevelSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void noTenantSetSeesNothing_data();
    void noTenantSetSeesNothing();
    void tenantSeesOnlyItsRows_data();
    void tenantSeesOnlyItsRows();
    void operatorSeesAll_data();
    void operatorSeesAll();
    void cannotInsertForOtherTenant_data();
    void cannotInsertForOtherTenant();
    void cannotChangeOtherTenantsRows_data();
    void cannotChangeOtherTenantsRows();
    void appRoleCannotReadPlatformTables_data();
    void appRoleCannotReadPlatformTables();

    void rolesHaveNoBypass();
    void tablesOwnedByOwnerWithForcedRls();
    void policiesOnEveryTenantTable();
    void everyCompanyTableIsTenantTable();
    void refusesUnsafeRoles_data();
    void refusesUnsafeRoles();

private:
    qint64 operatorCount(const QString &sql, const SqlParams &params = {});
    Result<std::unique_ptr<PostgresConnection>> superuser();

    PostgresRoles m_roles;
    std::unique_ptr<Database> m_db;
};

Result<std::unique_ptr<PostgresConnection>> tst_RowLevelSecurity::superuser()
{
    return PostgresConnection::connect(sphair::tests::PostgresTestCluster::superuserConninfo(), 0);
}

qint64 tst_RowLevelSecurity::operatorCount(const QString &sql, const SqlParams &params)
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
        qWarning("operator count failed: %s", qPrintable(status.error().message));
    return value;
}

void tst_RowLevelSecurity::initTestCase()
{
    const QString missing = sphair::tests::PostgresTestCluster::missingReason();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    Result<PostgresRoles> roles =
        PostgresRoles::create(sphair::tests::PostgresTestCluster::superuserConninfo());
    QVERIFY2(roles, qPrintable(roles.error().message));
    m_roles = roles.value();
    Result<std::unique_ptr<Database>> db = Database::openPostgres(m_roles.options(4));
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db).value();

    const Status seeded = m_db->transaction(TxScope::forOperator(), [](SqlSession &s) {
        if (Status status = run(s,
                                QStringLiteral("INSERT INTO issuer_keys (kid, public_key) "
                                               "VALUES ('k4.pid.test', 'k4.public.test')"),
                                {});
            !status) {
            return status;
        }
        if (Status status = seedTenant(s, kA, QStringLiteral("alpha")); !status)
            return status;
        if (Status status = seedTenant(s, kB, QStringLiteral("beta")); !status)
            return status;
        // A's second user, and the rows that belong to no company.
        const QList<QPair<QString, SqlParams>> extra {
            {QStringLiteral("INSERT INTO users (company_id, id, email, name) "
                            "VALUES ($1, gen_random_uuid(), 'two@alpha.example', 'Two')"),
             {kA}},
            {QStringLiteral("INSERT INTO audit_log (actor, actor_role, action, target_type) "
                            "VALUES ('admin', 'superadmin', 'login', 'session')"),
             {}},
            {QStringLiteral("INSERT INTO idempotency_keys (actor, key, method, path, "
                            "request_hash) VALUES ('admin:1', 'k1', 'POST', '/admin/x', 'h')"),
             {}},
        };
        for (const auto &[sql, params] : extra) {
            if (Status status = run(s, sql, params); !status)
                return status;
        }
        return Status();
    });
    QVERIFY2(seeded, qPrintable(seeded.error().message));
}

void tst_RowLevelSecurity::cleanupTestCase()
{
    m_db.reset();
    if (!m_roles.database.isEmpty()) {
        const Status dropped =
            PostgresRoles::drop(sphair::tests::PostgresTestCluster::superuserConninfo(), m_roles);
        QVERIFY2(dropped, qPrintable(dropped.error().message));
    }
}

static void addTenantTableRows()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    for (const Migrations::TenantTable &table : Migrations::tenantTables())
        QTest::newRow(qPrintable(table.table)) << table.table << table.companyColumn;
}

void tst_RowLevelSecurity::noTenantSetSeesNothing_data()
{
    addTenantTableRows();
}

void tst_RowLevelSecurity::noTenantSetSeesNothing()
{
    QFETCH(QString, table);
    // A raw app-role connection, bypassing Database (which always sets a tenant).
    Result<std::unique_ptr<PostgresConnection>> app =
        PostgresConnection::connect(m_roles.appConninfo, 0);
    QVERIFY2(app, qPrintable(app.error().message));
    PostgresConnection &connection = *app.value();
    const QString countSql = QStringLiteral("SELECT count(*) AS n FROM %1").arg(table);

    Result<SqlResult> unset = connection.exec(countSql);
    QVERIFY2(unset, qPrintable(unset.error().message));
    QCOMPARE(unset->first().int64(QStringLiteral("n"), -1), qint64(0));

    // An empty setting (what a finished transaction leaves behind) and an unknown company.
    for (const QString &company : {QString(), QUuid::createUuid().toString(QUuid::WithoutBraces)}) {
        Result<QList<SqlResult>> results = connection.pipeline(
            {{QStringLiteral("BEGIN"), {}},
             {QStringLiteral("SELECT set_config('app.current_company_id', $1, true)"),
              {company.isNull() ? QStringLiteral("") : company}},
             {countSql, {}},
             {QStringLiteral("ROLLBACK"), {}}});
        QVERIFY2(results, qPrintable(results.error().message));
        QCOMPARE(results->at(2).first().int64(QStringLiteral("n"), -1), qint64(0));
    }
}

void tst_RowLevelSecurity::tenantSeesOnlyItsRows_data()
{
    addTenantTableRows();
}

void tst_RowLevelSecurity::tenantSeesOnlyItsRows()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    for (const QUuid &company : {kA, kB}) {
        qint64 visible = -1;
        qint64 foreign = -1;
        const Status status =
            m_db->transaction(TxScope::forTenant(company).readOnly(), [&](SqlSession &s) {
                Result<SqlRow> all =
                    s.queryOne(QStringLiteral("SELECT count(*) AS n FROM %1").arg(table));
                Result<SqlRow> others =
                    s.queryOne(QStringLiteral("SELECT count(*) AS n FROM %1 WHERE %2 IS NULL OR "
                                              "%2 <> $1")
                                   .arg(table, column),
                               {company});
                if (!all || !others)
                    return Status(!all ? all.error() : others.error());
                visible = all->int64(QStringLiteral("n"));
                foreign = others->int64(QStringLiteral("n"));
                return Status();
            });
        QVERIFY2(status, qPrintable(status.error().message));
        QCOMPARE(visible, rowsOf(table, company));
        QCOMPARE(foreign, qint64(0));
    }
}

void tst_RowLevelSecurity::operatorSeesAll_data()
{
    addTenantTableRows();
}

void tst_RowLevelSecurity::operatorSeesAll()
{
    QFETCH(QString, table);
    QCOMPARE(operatorCount(QStringLiteral("SELECT count(*) FROM %1").arg(table)),
             rowsOf(table, kA) + rowsOf(table, kB) + rowsWithoutCompany(table));
}

void tst_RowLevelSecurity::cannotInsertForOtherTenant_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("sql"); // $1: the company the row claims to belong to
    QTest::addColumn<bool>("granted"); // app role may INSERT its own rows here

    QTest::newRow("companies") << "companies"
                               << "INSERT INTO companies (id, code, name, tier, max_users) "
                                  "VALUES ($1, gen_random_uuid(), 'x', 'small', 5)"
                               << false;
    QTest::newRow("company_settings")
        << "company_settings"
        << "INSERT INTO company_settings (company_id) VALUES ($1)" << false;
    QTest::newRow("company_images")
        << "company_images"
        << "INSERT INTO company_images (company_id, slot, content_type, sha256, width, height, "
           "byte_size, data) VALUES ($1, 'favicon', 'image/png', 'x', 1, 1, 1, '\\x00')"
        << false;
    QTest::newRow("company_features")
        << "company_features"
        << "INSERT INTO company_features (company_id, feature_code, enabled, source) "
           "VALUES ($1, 'calendar', true, 'override')"
        << false;
    QTest::newRow("users") << "users"
                           << "INSERT INTO users (company_id, id, email, name) "
                              "VALUES ($1, gen_random_uuid(), 'intruder@x.example', 'x')"
                           << true;
    QTest::newRow("licenses")
        << "licenses"
        << "INSERT INTO licenses (company_id, id, token, kid, seq, tier, max_users, features, "
           "issued_at, not_before, expires_at, registered_by) VALUES ($1, "
           "gen_random_uuid(), 't', 'k4.pid.test', 2, 'small', 10, '[]', now(), now(), "
           "now(), 'x')"
        << false;
    QTest::newRow("revocations") << "revocations"
                                 << "INSERT INTO revocations (company_id, jti, revoked_by) "
                                    "VALUES ($1, gen_random_uuid(), 'x')"
                                 << false;
    QTest::newRow("usage_events") << "usage_events"
                                  << "INSERT INTO usage_events (company_id, kind) VALUES ($1, 'x')"
                                  << true;
    QTest::newRow("usage_daily") << "usage_daily"
                                 << "INSERT INTO usage_daily (company_id, day) "
                                    "VALUES ($1, '2031-01-01')"
                                 << true;
    QTest::newRow("usage_hour_profile")
        << "usage_hour_profile"
        << "INSERT INTO usage_hour_profile (company_id, weekday, hour) VALUES ($1, 2, 10)" << false;
    QTest::newRow("feature_usage_daily")
        << "feature_usage_daily"
        << "INSERT INTO feature_usage_daily (company_id, day, feature_code) "
           "VALUES ($1, '2031-01-01', 'calendar')"
        << false;
    QTest::newRow("tenant_tokens") << "tenant_tokens"
                                   << "INSERT INTO tenant_tokens (company_id, token_hash) "
                                      "VALUES ($1, gen_random_uuid())"
                                   << false;
    QTest::newRow("audit_log") << "audit_log"
                               << "INSERT INTO audit_log (actor, actor_role, action, "
                                  "target_type, company_id) VALUES ('x', 'x', 'x', 'x', $1)"
                               << true;
    QTest::newRow("idempotency_keys")
        << "idempotency_keys"
        << "INSERT INTO idempotency_keys (actor, key, company_id, method, path, request_hash) "
           "VALUES ('x', gen_random_uuid(), $1, 'POST', '/x', 'h')"
        << true;
}

void tst_RowLevelSecurity::cannotInsertForOtherTenant()
{
    QFETCH(QString, table);
    QFETCH(QString, sql);
    QFETCH(bool, granted);

    // Positive control: the statement itself is fine for the tenant's own rows.
    if (granted) {
        Error error;
        const Status status = m_db->transaction(TxScope::forTenant(kA), [&](SqlSession &s) {
            Result<SqlResult> own = s.exec(sql, {kA});
            if (!own)
                return Status(own.error());
            return own->rowsAffected() == 1 ? rollBack() : Status();
        });
        QCOMPARE(status.error().code, QStringLiteral("test_rollback"));
    }

    // Rows for B, for a company that does not exist, and (where nullable) for no company.
    QVariantList targets {kB, QUuid::createUuid()};
    if (table == QLatin1String("audit_log") || table == QLatin1String("idempotency_keys"))
        targets.append(QVariant());
    for (const QVariant &target : std::as_const(targets)) {
        Error error;
        const Status status = m_db->transaction(TxScope::forTenant(kA), [&](SqlSession &s) {
            Result<SqlResult> result = s.exec(sql, {target});
            if (result)
                return Status::failure(QStringLiteral("test"), QStringLiteral("insert accepted"));
            error = result.error();
            return Status(error);
        });
        QVERIFY(!status);
        QCOMPARE(error.code, QString(SqlErrorCode::Forbidden));
        if (granted)
            QVERIFY2(error.message.contains(QLatin1String("row-level security")),
                     qPrintable(error.message));
    }
    QCOMPARE(operatorCount(QStringLiteral("SELECT count(*) FROM %1").arg(table)),
             rowsOf(table, kA) + rowsOf(table, kB) + rowsWithoutCompany(table));
}

void tst_RowLevelSecurity::cannotChangeOtherTenantsRows_data()
{
    QTest::addColumn<QString>("sql"); // $1: A, $2: B
    QTest::addColumn<QString>("expect"); // "0", a row count, or "forbidden"

    QTest::newRow("update B's users")
        << "UPDATE users SET name = 'x' WHERE company_id = $2 OR $1 = $2"
        << "0";
    QTest::newRow("delete B's users") << "DELETE FROM users WHERE company_id = $2 OR $1 = $2"
                                      << "0";
    QTest::newRow("update every user") << "UPDATE users SET name = name WHERE $1 = $1 OR $2 = $2"
                                       << "2";
    QTest::newRow("delete every user") << "DELETE FROM users WHERE $1 = $1 OR $2 = $2"
                                       << "2";
    QTest::newRow("move a user to B") << "UPDATE users SET company_id = $2 WHERE company_id = $1"
                                      << "forbidden";
    QTest::newRow("update B's usage") << "UPDATE usage_daily SET api_calls = 99 "
                                         "WHERE company_id = $2 OR $1 = $2"
                                      << "0";
    QTest::newRow("update B's idempotency key")
        << "UPDATE idempotency_keys SET status = 500 WHERE company_id = $2 OR $1 = $2"
        << "0";
    QTest::newRow("update operator idempotency key")
        << "UPDATE idempotency_keys SET status = 500 WHERE company_id IS NULL OR $1 = $2"
        << "0";
    QTest::newRow("lock B's company")
        << "UPDATE companies SET updated_at = now() WHERE id = $2 OR $1 = $2"
        << "0";
    QTest::newRow("rename B's company")
        << "UPDATE companies SET name = 'x' WHERE id = $2 OR $1 = $2"
        << "forbidden";
    QTest::newRow("delete B's licenses") << "DELETE FROM licenses WHERE company_id = $2 OR $1 = $2"
                                         << "forbidden";
    QTest::newRow("revoke B's tokens")
        << "UPDATE tenant_tokens SET revoked = true WHERE company_id = $2 OR $1 = $2"
        << "forbidden";
    QTest::newRow("delete B's audit") << "DELETE FROM audit_log WHERE company_id = $2 OR $1 = $2"
                                      << "forbidden";
}

void tst_RowLevelSecurity::cannotChangeOtherTenantsRows()
{
    QFETCH(QString, sql);
    QFETCH(QString, expect);
    qint64 affected = -1;
    Error error;
    const Status status = m_db->transaction(TxScope::forTenant(kA), [&](SqlSession &s) {
        Result<SqlResult> result = s.exec(sql, {kA, kB});
        if (!result) {
            error = result.error();
            return Status(error);
        }
        affected = result->rowsAffected();
        return rollBack(); // leave the seed intact for the other rows
    });
    QVERIFY(!status);
    if (expect == QLatin1String("forbidden")) {
        QCOMPARE(error.code, QString(SqlErrorCode::Forbidden));
    } else {
        QVERIFY2(error.code.isEmpty(), qPrintable(error.message));
        QCOMPARE(affected, expect.toLongLong());
    }
    // B's rows are untouched in every case.
    QCOMPARE(operatorCount(QStringLiteral("SELECT count(*) FROM users WHERE company_id = $1 AND "
                                          "name = 'One'"),
                           {kB}),
             qint64(1));
    QCOMPARE(operatorCount(QStringLiteral("SELECT count(*) FROM usage_daily WHERE company_id = $1 "
                                          "AND api_calls = 0"),
                           {kB}),
             qint64(1));
}

void tst_RowLevelSecurity::appRoleCannotReadPlatformTables_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table : {"admin_accounts", "admin_sessions", "issuer_keys", "deployments",
                              "deployment_steps", "schema_migrations", "schema_security",
                              "usage_platform_daily", "feature_platform_daily", "server_metrics"}) {
        QTest::newRow(table) << QString::fromLatin1(table);
    }
}

void tst_RowLevelSecurity::appRoleCannotReadPlatformTables()
{
    QFETCH(QString, table);
    Error error;
    const Status status = m_db->transaction(TxScope::forTenant(kA).readOnly(), [&](SqlSession &s) {
        Result<SqlResult> result = s.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!result)
            error = result.error();
        return Status();
    });
    QVERIFY(!status);
    QCOMPARE(error.code, QString(SqlErrorCode::Forbidden));
}

void tst_RowLevelSecurity::rolesHaveNoBypass()
{
    const Status status = m_db->transaction(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
        Result<SqlResult> roles =
            s.exec(QStringLiteral("SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, "
                                  "rolcreatedb FROM pg_roles WHERE rolname IN ($1, $2, $3)"),
                   {m_roles.appRole, m_roles.operatorRole, m_roles.ownerRole});
        if (!roles)
            return Status(roles.error());
        [&] {
            QCOMPARE(roles->size(), 3);
            for (const SqlRow &role : roles.value()) {
                const QString name = role.text(QStringLiteral("rolname"));
                QVERIFY2(!role.boolean(QStringLiteral("rolsuper"), true), qPrintable(name));
                QVERIFY2(!role.boolean(QStringLiteral("rolbypassrls"), true), qPrintable(name));
                QVERIFY2(!role.boolean(QStringLiteral("rolcreaterole"), true), qPrintable(name));
                QVERIFY2(!role.boolean(QStringLiteral("rolcreatedb"), true), qPrintable(name));
            }
        }();
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
}

void tst_RowLevelSecurity::tablesOwnedByOwnerWithForcedRls()
{
    QSet<QString> tenant;
    for (const Migrations::TenantTable &table : Migrations::tenantTables())
        tenant.insert(table.table);
    QSet<QString> seen;
    const Status status = m_db->transaction(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
        Result<SqlResult> tables = s.exec(QStringLiteral(
            "SELECT c.relname, pg_get_userbyid(c.relowner) AS owner, c.relrowsecurity, "
            "c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"));
        if (!tables)
            return Status(tables.error());
        [&] {
            QVERIFY(tables->size() >= 20);
            for (const SqlRow &table : tables.value()) {
                const QString name = table.text(QStringLiteral("relname"));
                seen.insert(name);
                QCOMPARE(table.text(QStringLiteral("owner")), m_roles.ownerRole);
                if (tenant.contains(name)) {
                    QVERIFY2(table.boolean(QStringLiteral("relrowsecurity")), qPrintable(name));
                    QVERIFY2(table.boolean(QStringLiteral("relforcerowsecurity")),
                             qPrintable(name));
                }
            }
        }();
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QVERIFY(seen.contains(tenant));
}

void tst_RowLevelSecurity::policiesOnEveryTenantTable()
{
    const Status status = m_db->transaction(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
        for (const Migrations::TenantTable &table : Migrations::tenantTables()) {
            Result<SqlResult> policies = s.exec(
                QStringLiteral("SELECT policyname, array_to_string(roles, ',') AS roles, "
                               "qual, with_check FROM pg_policies WHERE schemaname = 'public' "
                               "AND tablename = $1 ORDER BY policyname"),
                {table.table});
            if (!policies)
                return Status(policies.error());
            [&] {
                QCOMPARE(policies->size(), 2);
                const SqlRow &op = policies->at(0);
                const SqlRow &tenant = policies->at(1);
                QCOMPARE(op.text(QStringLiteral("policyname")), QStringLiteral("operator_access"));
                QCOMPARE(op.text(QStringLiteral("roles")), m_roles.operatorRole);
                QCOMPARE(tenant.text(QStringLiteral("policyname")),
                         QStringLiteral("tenant_isolation"));
                QCOMPARE(tenant.text(QStringLiteral("roles")), m_roles.appRole);
                for (const QString &clause :
                     {QStringLiteral("qual"), QStringLiteral("with_check")}) {
                    const QString text = tenant.text(clause);
                    QVERIFY2(text.contains(QLatin1String(
                                 "current_setting('app.current_company_id'::text, true)"))
                                 && text.contains(table.companyColumn)
                                 && text.contains(QLatin1String("NULLIF")),
                             qPrintable(text));
                }
            }();
        }
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
}

void tst_RowLevelSecurity::everyCompanyTableIsTenantTable()
{
    QSet<QString> tenant;
    for (const Migrations::TenantTable &table : Migrations::tenantTables())
        tenant.insert(table.table);
    QStringList withCompany;
    const Status status = m_db->transaction(TxScope::forOperator().readOnly(), [&](SqlSession &s) {
        Result<SqlResult> tables = s.exec(
            QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                           "'public' AND column_name = 'company_id' ORDER BY table_name"));
        if (!tables)
            return Status(tables.error());
        for (const SqlRow &row : tables.value())
            withCompany.append(row.text(QStringLiteral("table_name")));
        return Status();
    });
    QVERIFY2(status, qPrintable(status.error().message));
    QVERIFY(withCompany.size() >= 10);
    for (const QString &table : std::as_const(withCompany))
        QVERIFY2(tenant.contains(table), qPrintable(table + QStringLiteral(" lacks RLS")));
}

void tst_RowLevelSecurity::refusesUnsafeRoles_data()
{
    QTest::addColumn<QString>("setup"); // run as superuser before opening
    QTest::addColumn<QString>("undo");
    QTest::addColumn<QString>("operatorConninfo"); // empty: the real one
    const QString app = Migrations::quoteIdentifier(m_roles.appRole);
    const QString op = Migrations::quoteIdentifier(m_roles.operatorRole);
    const QString owner = Migrations::quoteIdentifier(m_roles.ownerRole);
    QTest::newRow("app bypasses rls")
        << QStringLiteral("ALTER ROLE %1 BYPASSRLS").arg(app)
        << QStringLiteral("ALTER ROLE %1 NOBYPASSRLS").arg(app) << QString();
    QTest::newRow("operator bypasses rls")
        << QStringLiteral("ALTER ROLE %1 BYPASSRLS").arg(op)
        << QStringLiteral("ALTER ROLE %1 NOBYPASSRLS").arg(op) << QString();
    QTest::newRow("app is superuser")
        << QStringLiteral("ALTER ROLE %1 SUPERUSER").arg(app)
        << QStringLiteral("ALTER ROLE %1 NOSUPERUSER").arg(app) << QString();
    QTest::newRow("app member of owner")
        << QStringLiteral("GRANT %1 TO %2").arg(owner, app)
        << QStringLiteral("REVOKE %1 FROM %2").arg(owner, app) << QString();
    QTest::newRow("app member of operator")
        << QStringLiteral("GRANT %1 TO %2").arg(op, app)
        << QStringLiteral("REVOKE %1 FROM %2").arg(op, app) << QString();
    QTest::newRow("one role for app and operator") << QString() << QString() << m_roles.appConninfo;
}

void tst_RowLevelSecurity::refusesUnsafeRoles()
{
    QFETCH(QString, setup);
    QFETCH(QString, undo);
    QFETCH(QString, operatorConninfo);
    Result<std::unique_ptr<PostgresConnection>> admin = superuser();
    QVERIFY2(admin, qPrintable(admin.error().message));
    if (!setup.isEmpty()) {
        Result<SqlResult> done = admin.value()->execScript(setup);
        QVERIFY2(done, qPrintable(done.error().message));
    }
    PostgresOptions options = m_roles.options(2);
    if (!operatorConninfo.isEmpty())
        options.operatorConninfo = operatorConninfo;
    Result<std::unique_ptr<Database>> db = Database::openPostgres(options);
    if (!undo.isEmpty()) {
        Result<SqlResult> undone = admin.value()->execScript(undo);
        QVERIFY2(undone, qPrintable(undone.error().message));
    }
    QVERIFY(!db);
    QCOMPARE(db.error().code, QString(SqlErrorCode::InsecureRole));

    // Once undone, the same settings open fine again.
    Result<std::unique_ptr<Database>> again = Database::openPostgres(m_roles.options(2));
    QVERIFY2(again, qPrintable(again.error().message));
}

QTEST_GUILESS_MAIN(tst_RowLevelSecurity)
#include "tst_rowlevelsecurity.moc"
