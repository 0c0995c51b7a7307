#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlDialect.h"
#include "server/store/SqlResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sphair::server {

// The platform schema as numbered steps, embedded in the binary and applied in order to
// either backend. Steps are never edited once released; a change is a new step.
//
// Step SQL is written once with a few tokens that render per backend: {uuid} (uuid / TEXT),
// {json} (jsonb / TEXT), {now} (now() / ISO 8601 text), {serial} (an identity primary key),
// {bytes} (bytea / BLOB).
// On PostgreSQL the grants and row-level security policies for the app and operator roles
// are rendered separately by postgresSecurityScript(), because the role names are settings.
// Area migrations (versions 3 to 13), each in a file of its own; ';'-separated SQL
// with the same {uuid}/{json}/{now}/{bytes} placeholders as the initial schema (pass it through
// render()).
QString operationsMigration(const SqlDialect &dialect);
QString licensingMigration(const SqlDialect &dialect);
QString companiesMigration(const SqlDialect &dialect);
QString brandingMigration(const SqlDialect &dialect);
QString featureSettingsMigration(const SqlDialect &dialect);
QString usageMigration(const SqlDialect &dialect);
QString metricsMigration(const SqlDialect &dialect);
QString maintenanceMigration(const SqlDialect &dialect);
QString noticesMigration(const SqlDialect &dialect);
QString deploymentsMigration(const SqlDialect &dialect);
QString sessionsMigration(const SqlDialect &dialect);

class Migrations
{
public:
    // One numbered schema change.
    struct Step
    {
        int version;
        QString name;
        std::function<QString(const SqlDialect &)> sql; // ';'-separated statements
    };

    // A table whose rows belong to one company, and the column naming it.
    struct TenantTable
    {
        QString table;
        QString companyColumn;
        bool nullableCompany; // rows without a company are visible to the operator only
    };

    // Runs one ';'-separated script inside the open migration transaction and returns the
    // result of its last statement.
    using ScriptRunner = std::function<models::Result<SqlResult>(const QString &sql)>;

    static const QList<Step> &steps();
    static int latestVersion();
    static QString render(const QString &sql, const SqlDialect &dialect);

    // The tables under row-level security on PostgreSQL (all tables with company data).
    static const QList<TenantTable> &tenantTables();

    // Brings the schema to latestVersion() through run, which must execute inside one
    // transaction the caller opened and holds exclusively (BEGIN IMMEDIATE on SQLite, an
    // advisory lock on PostgreSQL). Returns the version before migrating. Fails with
    // db_migration when a step fails or the database is newer than this program.
    static models::Result<int> apply(const ScriptRunner &run, const SqlDialect &dialect);

    // GRANTs and policies of DESIGN.md §4 for the given roles; idempotent. revokeRoles are
    // roles a previous configuration used, whose grants are withdrawn first.
    static QString postgresSecurityScript(const QString &appRole, const QString &operatorRole,
                                          const QStringList &revokeRoles = {});

    static QString quoteIdentifier(const QString &name);
    static QString quoteLiteral(const QString &text);
};

} // namespace sphair::server
