#include "server/store/Migrations.h"

#include "models/domain/Tier.h"
#include "server/store/Logging.h"
#include "server/store/SqlErrorCode.h"

#include <QSet>

namespace sphair::server {

namespace {

// Version 1: every table of DESIGN.md §4. Keys and indexes of tenant tables lead with
// company_id so the schema can later be distributed by tenant.
const char *const kInitialSchema = R"sql(
CREATE TABLE tier_ranges (
    tier TEXT PRIMARY KEY CHECK (tier IN ('small', 'medium', 'large')),
    min_users INTEGER NOT NULL CHECK (min_users >= 1),
    max_users INTEGER NOT NULL,
    CHECK (max_users >= min_users)
);

CREATE TABLE feature_catalog (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tier_templates (
    tier TEXT NOT NULL REFERENCES tier_ranges (tier),
    feature_code TEXT NOT NULL REFERENCES feature_catalog (code) ON DELETE CASCADE,
    PRIMARY KEY (tier, feature_code)
);

CREATE TABLE companies (
    id {uuid} PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    tier TEXT NOT NULL REFERENCES tier_ranges (tier),
    max_users INTEGER NOT NULL CHECK (max_users >= 1),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'deleted')),
    contact_email TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    deleted_at TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX companies_status ON companies (status);

CREATE TABLE company_settings (
    company_id {uuid} PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    display_name TEXT,
    primary_color TEXT,
    secondary_color TEXT,
    accent_color TEXT,
    logo_url TEXT,
    favicon_url TEXT,
    login_title TEXT,
    login_message TEXT,
    custom_domain TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX company_settings_custom_domain ON company_settings (custom_domain);

CREATE TABLE company_features (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    feature_code TEXT NOT NULL REFERENCES feature_catalog (code) ON DELETE CASCADE,
    enabled BOOLEAN NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('tier', 'override')),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    PRIMARY KEY (company_id, feature_code)
);

CREATE TABLE users (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    id {uuid} NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (company_id, id),
    UNIQUE (company_id, email)
);
CREATE INDEX users_status ON users (company_id, status);

CREATE TABLE issuer_keys (
    kid TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired', 'revoked')),
    valid_from TIMESTAMPTZ NOT NULL DEFAULT {now},
    valid_until TIMESTAMPTZ,
    max_tier TEXT REFERENCES tier_ranges (tier),
    max_users_cap INTEGER,
    allowed_features {json},
    last_seq BIGINT NOT NULL DEFAULT 0,
    last_token_hash TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE licenses (
    company_id {uuid} NOT NULL REFERENCES companies (id),
    id {uuid} NOT NULL,
    token TEXT NOT NULL,
    kid TEXT NOT NULL REFERENCES issuer_keys (kid),
    seq BIGINT NOT NULL,
    prev TEXT,
    tier TEXT NOT NULL REFERENCES tier_ranges (tier),
    max_users INTEGER NOT NULL,
    features {json} NOT NULL,
    issued_at TIMESTAMPTZ NOT NULL,
    not_before TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    grace_days INTEGER NOT NULL DEFAULT 0 CHECK (grace_days >= 0),
    supersedes {uuid},
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'superseded', 'revoked')),
    revoked_at TIMESTAMPTZ,
    revoke_reason TEXT,
    registered_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    registered_by TEXT NOT NULL,
    PRIMARY KEY (company_id, id)
);
CREATE INDEX licenses_status_expiry ON licenses (company_id, status, expires_at);
CREATE INDEX licenses_chain ON licenses (company_id, kid, seq);

CREATE TABLE revocations (
    company_id {uuid} NOT NULL REFERENCES companies (id),
    jti {uuid} NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    revoked_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    revoked_by TEXT NOT NULL,
    PRIMARY KEY (company_id, jti)
);

CREATE TABLE maintenance_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    enabled BOOLEAN NOT NULL DEFAULT false,
    message TEXT NOT NULL DEFAULT '',
    retry_after_seconds INTEGER NOT NULL DEFAULT 300 CHECK (retry_after_seconds >= 0),
    started_at TIMESTAMPTZ,
    started_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE maintenance_windows (
    id {uuid} PRIMARY KEY,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at TIMESTAMPTZ NOT NULL,
    timezone TEXT NOT NULL DEFAULT 'Africa/Johannesburg',
    description TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
CREATE INDEX maintenance_windows_starts ON maintenance_windows (starts_at);

CREATE TABLE deployments (
    id {uuid} PRIMARY KEY,
    version TEXT NOT NULL,
    status TEXT NOT NULL,
    strategy TEXT NOT NULL DEFAULT 'blue_green',
    active_color TEXT CHECK (active_color IN ('blue', 'green')),
    started_by TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    finished_at TIMESTAMPTZ,
    rollback_of {uuid} REFERENCES deployments (id)
);
CREATE INDEX deployments_started ON deployments (started_at);

CREATE TABLE deployment_steps (
    deployment_id {uuid} NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    output TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (deployment_id, ordinal)
);

CREATE TABLE audit_log (
    id {serial},
    at TIMESTAMPTZ NOT NULL DEFAULT {now},
    actor TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL DEFAULT '',
    company_id {uuid},
    before {json},
    after {json}
);
CREATE INDEX audit_log_company ON audit_log (company_id, at);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE admin_accounts (
    id {uuid} PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('superadmin', 'sales', 'support')),
    disabled BOOLEAN NOT NULL DEFAULT false,
    must_change_password BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE admin_sessions (
    token_hash TEXT PRIMARY KEY,
    account_id {uuid} NOT NULL REFERENCES admin_accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    expires_at TIMESTAMPTZ NOT NULL,
    refresh_hash TEXT UNIQUE,
    refresh_expires_at TIMESTAMPTZ,
    revoked BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX admin_sessions_account ON admin_sessions (account_id);

CREATE TABLE tenant_tokens (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    expires_at TIMESTAMPTZ,
    revoked BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (company_id, token_hash)
);
-- Looked up before the tenant is known (authentication), hence not led by company_id.
CREATE UNIQUE INDEX tenant_tokens_hash ON tenant_tokens (token_hash);

CREATE TABLE idempotency_keys (
    actor TEXT NOT NULL,
    key TEXT NOT NULL,
    company_id {uuid},
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER,
    response_body TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    PRIMARY KEY (actor, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE usage_events (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    at TIMESTAMPTZ NOT NULL DEFAULT {now},
    user_id {uuid},
    kind TEXT NOT NULL,
    quantity BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX usage_events_company_at ON usage_events (company_id, at);

CREATE TABLE usage_daily (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    active_users INTEGER NOT NULL DEFAULT 0,
    events BIGINT NOT NULL DEFAULT 0,
    api_calls BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (company_id, day)
);
)sql";

// Version 2: reference data shipped with the program (editable on the server afterwards).
QString referenceData(const SqlDialect &)
{
    using namespace sphair::models;
    QString sql =
        QStringLiteral("INSERT INTO maintenance_state (id, enabled) VALUES (1, false);\n");
    const TierPolicy &policy = TierPolicy::defaults();
    for (Tier tier : allTiers()) {
        const TierRange range = policy.range(tier);
        sql += QStringLiteral("INSERT INTO tier_ranges (tier, min_users, max_users) "
                              "VALUES (%1, %2, %3);\n")
                   .arg(Migrations::quoteLiteral(tierCode(tier)))
                   .arg(range.minUsers)
                   .arg(range.maxUsers);
    }
    for (const QString &code : FeatureCatalog::codes()) {
        sql += QStringLiteral("INSERT INTO feature_catalog (code, name) VALUES (%1, %2);\n")
                   .arg(Migrations::quoteLiteral(code),
                        Migrations::quoteLiteral(FeatureCatalog::displayName(code)));
    }
    for (Tier tier : allTiers()) {
        for (const QString &code : FeatureCatalog::tierTemplate(tier)) {
            sql +=
                QStringLiteral("INSERT INTO tier_templates (tier, feature_code) "
                               "VALUES (%1, %2);\n")
                    .arg(Migrations::quoteLiteral(tierCode(tier)), Migrations::quoteLiteral(code));
        }
    }
    return sql;
}

const char *const kBookkeeping = R"sql(
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT {now}
)
)sql";

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all {
        {1, QStringLiteral("initial schema"),
         [](const SqlDialect &dialect) {
             return render(QString::fromUtf8(kInitialSchema), dialect);
         }},
        {2, QStringLiteral("reference data"), referenceData},
        // One slot per API area, each defined in a file of its own (MigrationsOperations.cpp,
        // MigrationsLicensing.cpp, MigrationsCompanies.cpp).
        {3, QStringLiteral("operations"), operationsMigration},
        {4, QStringLiteral("licensing"), licensingMigration},
        {5, QStringLiteral("companies"), companiesMigration},
        {6, QStringLiteral("branding"), brandingMigration},
        {7, QStringLiteral("feature settings"), featureSettingsMigration},
        {8, QStringLiteral("usage"), usageMigration},
        {9, QStringLiteral("server metrics"), metricsMigration},
        {10, QStringLiteral("recurring maintenance windows"), maintenanceMigration},
        {11, QStringLiteral("maintenance notices"), noticesMigration},
        {12, QStringLiteral("deployments in windows"), deploymentsMigration},
        {13, QStringLiteral("session families"), sessionsMigration},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().last().version;
}

QString Migrations::render(const QString &sql, const SqlDialect &dialect)
{
    QString rendered = sql;
    if (dialect.isPostgres()) {
        rendered.replace(QLatin1String("{uuid}"), QLatin1String("UUID"));
        rendered.replace(QLatin1String("{json}"), QLatin1String("JSONB"));
        rendered.replace(QLatin1String("{now}"), QLatin1String("now()"));
        rendered.replace(QLatin1String("{bytes}"), QLatin1String("BYTEA"));
        rendered.replace(QLatin1String("{serial}"),
                         QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    } else {
        rendered.replace(QLatin1String("{uuid}"), QLatin1String("TEXT"));
        rendered.replace(QLatin1String("{json}"), QLatin1String("TEXT"));
        rendered.replace(QLatin1String("{now}"),
                         QLatin1String("(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
        rendered.replace(QLatin1String("{bytes}"), QLatin1String("BLOB"));
        rendered.replace(QLatin1String("{serial}"), QLatin1String("INTEGER PRIMARY KEY"));
    }
    return rendered;
}

const QList<Migrations::TenantTable> &Migrations::tenantTables()
{
    static const QList<TenantTable> tables {
        {QStringLiteral("companies"), QStringLiteral("id"), false},
        {QStringLiteral("company_settings"), QStringLiteral("company_id"), false},
        {QStringLiteral("company_images"), QStringLiteral("company_id"), false},
        {QStringLiteral("company_features"), QStringLiteral("company_id"), false},
        {QStringLiteral("users"), QStringLiteral("company_id"), false},
        {QStringLiteral("licenses"), QStringLiteral("company_id"), false},
        {QStringLiteral("revocations"), QStringLiteral("company_id"), false},
        {QStringLiteral("usage_events"), QStringLiteral("company_id"), false},
        {QStringLiteral("usage_daily"), QStringLiteral("company_id"), false},
        {QStringLiteral("usage_hour_profile"), QStringLiteral("company_id"), false},
        {QStringLiteral("feature_usage_daily"), QStringLiteral("company_id"), false},
        {QStringLiteral("tenant_tokens"), QStringLiteral("company_id"), false},
        {QStringLiteral("maintenance_notice_mail"), QStringLiteral("company_id"), false},
        {QStringLiteral("audit_log"), QStringLiteral("company_id"), true},
        {QStringLiteral("idempotency_keys"), QStringLiteral("company_id"), true},
    };
    return tables;
}

models::Result<int> Migrations::apply(const ScriptRunner &run, const SqlDialect &dialect)
{
    auto migrationError = [](const QString &what, const models::Error &cause, int version) {
        QJsonObject details = cause.details;
        details.insert(QStringLiteral("cause"), cause.code);
        if (version > 0)
            details.insert(QStringLiteral("version"), version);
        return models::Error {SqlErrorCode::Migration, what + QLatin1String(": ") + cause.message,
                              details};
    };

    if (models::Result<SqlResult> created = run(render(QString::fromUtf8(kBookkeeping), dialect));
        !created) {
        return migrationError(QStringLiteral("Cannot create the migrations table"), created.error(),
                              0);
    }
    models::Result<SqlResult> applied =
        run(QStringLiteral("SELECT version FROM schema_migrations"));
    if (!applied) {
        return migrationError(QStringLiteral("Cannot read the applied migrations"), applied.error(),
                              0);
    }
    QSet<qint64> done;
    int current = 0;
    for (const SqlRow &row : applied.value()) {
        const qint64 version = row.int64(QStringLiteral("version"));
        done.insert(version);
        current = std::max(current, static_cast<int>(version));
    }
    if (current > latestVersion()) {
        return models::Result<int>::failure(
            SqlErrorCode::Migration,
            QStringLiteral("The database schema (version %1) is newer than this program "
                           "(version %2); upgrade the program.")
                .arg(current)
                .arg(latestVersion()));
    }

    for (const Step &step : steps()) {
        if (done.contains(step.version))
            continue;
        qCInfo(lcStore) << "applying migration" << step.version << step.name;
        if (models::Result<SqlResult> result = run(step.sql(dialect)); !result) {
            return migrationError(
                QStringLiteral("Migration %1 (%2) failed").arg(step.version).arg(step.name),
                result.error(), step.version);
        }
        const QString record = QStringLiteral("INSERT INTO schema_migrations (version, name) "
                                              "VALUES (%1, %2)")
                                   .arg(step.version)
                                   .arg(quoteLiteral(step.name));
        if (models::Result<SqlResult> result = run(record); !result) {
            return migrationError(QStringLiteral("Cannot record migration %1").arg(step.version),
                                  result.error(), step.version);
        }
    }
    return current;
}

QString Migrations::postgresSecurityScript(const QString &appRole, const QString &operatorRole,
                                           const QStringList &revokeRoles)
{
    const QString app = quoteIdentifier(appRole);
    const QString op = quoteIdentifier(operatorRole);
    QString sql;
    auto add = [&sql](const QString &statement) {
        sql += statement;
        sql += QLatin1String(";\n");
    };

    for (const QString &role : revokeRoles) {
        const QString old = quoteIdentifier(role);
        add(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(old));
        add(QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(old));
    }
    // Start from nothing, so a grant removed from this list is withdrawn on the next start.
    add(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1, %2").arg(app, op));
    add(QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1, %2").arg(app, op));
    add(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(app, op));

    // The app role gets only what the tenant API needs.
    add(QStringLiteral("GRANT SELECT ON feature_catalog, tier_templates, tier_ranges, "
                       "maintenance_state, maintenance_windows TO %1")
            .arg(app));
    add(QStringLiteral("GRANT SELECT ON companies, company_settings, company_images, "
                       "company_features, licenses, revocations, tenant_tokens TO %1")
            .arg(app));
    // Lets SELECT … FOR UPDATE lock the tenant's own company row (serialises user creation
    // against max_users); row-level security still limits it to that row.
    add(QStringLiteral("GRANT UPDATE (updated_at) ON companies TO %1").arg(app));
    add(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON users TO %1").arg(app));
    add(QStringLiteral("GRANT SELECT, INSERT ON usage_events, audit_log TO %1").arg(app));
    add(QStringLiteral("GRANT SELECT, INSERT, UPDATE ON usage_daily, idempotency_keys TO %1")
            .arg(app));
    // A tenant may read its own usage profile and feature use; the platform roll-ups
    // (usage_platform_daily, feature_platform_daily) are the operator's only.
    add(QStringLiteral("GRANT SELECT ON usage_hour_profile, feature_usage_daily TO %1").arg(app));
    // A tenant may read the maintenance notices its admins were sent (row-level security).
    add(QStringLiteral("GRANT SELECT ON maintenance_notice_mail TO %1").arg(app));

    // The operator role runs the admin console: every platform table, not the bookkeeping.
    add(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
            .arg(op));
    add(QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_migrations, schema_security "
                       "FROM %1")
            .arg(op));
    add(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(op));

    for (const TenantTable &table : tenantTables()) {
        const QString name = quoteIdentifier(table.table);
        const QString tenantMatch =
            QStringLiteral("%1 = NULLIF(current_setting('app.current_company_id', true), "
                           "'')::uuid")
                .arg(quoteIdentifier(table.companyColumn));
        add(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name));
        add(QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(name));
        add(QStringLiteral("DROP POLICY IF EXISTS tenant_isolation ON %1").arg(name));
        add(QStringLiteral("CREATE POLICY tenant_isolation ON %1 TO %2 USING (%3) WITH CHECK (%3)")
                .arg(name, app, tenantMatch));
        add(QStringLiteral("DROP POLICY IF EXISTS operator_access ON %1").arg(name));
        add(QStringLiteral("CREATE POLICY operator_access ON %1 TO %2 USING (true) "
                           "WITH CHECK (true)")
                .arg(name, op));
    }
    return sql;
}

QString Migrations::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Migrations::quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace sphair::server
