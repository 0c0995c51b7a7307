#include "server/store/PostgresDatabase.h"

#include "server/store/Logging.h"
#include "server/store/Migrations.h"
#include "server/store/PostgresSession.h"
#include "server/store/SqlErrorCode.h"

namespace sphair::server {

namespace {

// Serialises migrations of one database across server processes (pg_advisory_xact_lock).
constexpr qint64 kMigrationLock = 0x5370686169720001; // "Sphair" + 1

const char *const kSecurityTable = R"sql(
CREATE TABLE IF NOT EXISTS schema_security (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    app_role TEXT NOT NULL,
    operator_role TEXT NOT NULL,
    schema_version INTEGER NOT NULL
)
)sql";

struct RoleInfo
{
    QString name;
    bool superuser = false;
    bool bypassRls = false;
};

models::Result<RoleInfo> describeCurrentRole(PostgresConnection &connection)
{
    models::Result<SqlResult> result =
        connection.exec(QStringLiteral("SELECT rolname, rolsuper, rolbypassrls FROM pg_roles "
                                       "WHERE rolname = current_user"));
    if (!result)
        return result.error();
    if (result->isEmpty()) {
        return models::Result<RoleInfo>::failure(
            SqlErrorCode::InsecureRole, QStringLiteral("Cannot look up the current role."));
    }
    const SqlRow &row = result->first();
    return RoleInfo {row.text(QStringLiteral("rolname")), row.boolean(QStringLiteral("rolsuper")),
                     row.boolean(QStringLiteral("rolbypassrls"))};
}

models::Status refuseUnsafe(const RoleInfo &role, const QString &purpose)
{
    if (role.superuser || role.bypassRls) {
        return models::Status::failure(
            SqlErrorCode::InsecureRole,
            QStringLiteral("The %1 role \"%2\" is a superuser or has BYPASSRLS, which would "
                           "bypass row-level security; connect as an ordinary role.")
                .arg(purpose, role.name),
            {{QStringLiteral("role"), role.name}});
    }
    return {};
}

} // namespace

PostgresDatabase::PostgresDatabase(const PostgresOptions &options)
    : Database(SqlDialect(SqlDialect::Backend::Postgres))
    , m_options(options)
    , m_appPool(options.poolSize, options.acquireTimeoutMs,
                [conninfo = options.appConninfo, timeout = options.statementTimeoutMs]() {
                    return PostgresConnection::connect(conninfo, timeout);
                })
    , m_operatorPool(options.poolSize, options.acquireTimeoutMs,
                     [conninfo = options.operatorConninfo, timeout = options.statementTimeoutMs]() {
                         return PostgresConnection::connect(conninfo, timeout);
                     })
{ }

models::Result<std::unique_ptr<Database>> PostgresDatabase::open(const PostgresOptions &options)
{
    if (options.ownerConninfo.isEmpty() || options.appConninfo.isEmpty()
        || options.operatorConninfo.isEmpty()) {
        return models::Result<std::unique_ptr<Database>>::failure(
            SqlErrorCode::InvalidArgument,
            QStringLiteral("PostgreSQL needs three connection strings: owner, app and "
                           "operator."));
    }
    std::unique_ptr<PostgresDatabase> database(new PostgresDatabase(options));
    if (models::Status status = database->checkRoles(); !status)
        return status.error();
    if (models::Status status = database->migrate(); !status)
        return status.error();
    qCInfo(lcStore) << "PostgreSQL ready: schema version" << database->schemaVersion() << "app role"
                    << database->m_appRole << "operator role" << database->m_operatorRole
                    << "pool size" << options.poolSize;
    return std::unique_ptr<Database>(std::move(database));
}

models::Status PostgresDatabase::checkRoles()
{
    auto describe = [](ConnectionPool<PostgresConnection> &pool) -> models::Result<RoleInfo> {
        auto lease = pool.acquire();
        if (!lease)
            return lease.error();
        return describeCurrentRole(*lease.value());
    };
    models::Result<RoleInfo> app = describe(m_appPool);
    if (!app)
        return app.error();
    models::Result<RoleInfo> op = describe(m_operatorPool);
    if (!op)
        return op.error();
    if (models::Status status = refuseUnsafe(app.value(), QStringLiteral("app")); !status)
        return status;
    if (models::Status status = refuseUnsafe(op.value(), QStringLiteral("operator")); !status)
        return status;
    if (app->name == op->name) {
        return models::Status::failure(
            SqlErrorCode::InsecureRole,
            QStringLiteral("The app and operator connections use the same role \"%1\"; "
                           "they need distinct roles.")
                .arg(app->name));
    }
    m_appRole = app->name;
    m_operatorRole = op->name;
    return {};
}

models::Status PostgresDatabase::migrate()
{
    models::Result<std::unique_ptr<PostgresConnection>> connected =
        PostgresConnection::connect(m_options.ownerConninfo, 0);
    if (!connected)
        return connected.error();
    PostgresConnection &owner = *connected.value();
    models::Result<RoleInfo> ownerRole = describeCurrentRole(owner);
    if (!ownerRole)
        return ownerRole.error();
    if (ownerRole->name == m_appRole || ownerRole->name == m_operatorRole) {
        return models::Status::failure(
            SqlErrorCode::InsecureRole,
            QStringLiteral("The owner role \"%1\" must differ from the app and operator "
                           "roles: table owners can switch row-level security off.")
                .arg(ownerRole->name));
    }
    // Membership would hand the owner's rights (or the operator's policies) to a role.
    models::Result<SqlResult> membership =
        owner.exec(QStringLiteral("SELECT pg_has_role($1, $3, 'MEMBER') AS app_owner, "
                                  "pg_has_role($2, $3, 'MEMBER') AS operator_owner, "
                                  "pg_has_role($1, $2, 'MEMBER') AS app_operator"),
                   {m_appRole, m_operatorRole, ownerRole->name});
    if (!membership)
        return membership.error();
    const SqlRow &member = membership->first();
    if (member.boolean(QStringLiteral("app_owner"))
        || member.boolean(QStringLiteral("operator_owner"))
        || member.boolean(QStringLiteral("app_operator"))) {
        return models::Status::failure(
            SqlErrorCode::InsecureRole,
            QStringLiteral("The app role must not be a member of the owner or operator "
                           "role, nor the operator role of the owner role."));
    }

    auto run = [&owner](const QString &sql) {
        return owner.execScript(sql);
    };
    if (models::Result<SqlResult> begun = run(QStringLiteral("BEGIN")); !begun)
        return begun.error();
    auto fail = [&run](const models::Error &error) {
        (void)run(QStringLiteral("ROLLBACK"));
        return models::Status(error);
    };
    if (models::Result<SqlResult> locked =
            run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
        !locked) {
        return fail(locked.error());
    }
    models::Result<int> before = Migrations::apply(run, dialect());
    if (!before)
        return fail(before.error());

    if (models::Result<SqlResult> created = run(QString::fromUtf8(kSecurityTable)); !created)
        return fail(created.error());
    models::Result<SqlResult> recorded = run(QStringLiteral(
        "SELECT app_role, operator_role, schema_version FROM schema_security WHERE id = 1"));
    if (!recorded)
        return fail(recorded.error());
    QStringList previousRoles;
    bool current = false;
    if (!recorded->isEmpty()) {
        const SqlRow &row = recorded->first();
        current = row.text(QStringLiteral("app_role")) == m_appRole
            && row.text(QStringLiteral("operator_role")) == m_operatorRole
            && row.integer(QStringLiteral("schema_version")) == Migrations::latestVersion();
        for (const QString &column :
             {QStringLiteral("app_role"), QStringLiteral("operator_role")}) {
            const QString role = row.text(column);
            if (role != m_appRole && role != m_operatorRole)
                previousRoles.append(role);
        }
    }
    if (!current) {
        // Withdraw grants from roles of an earlier configuration that still exist.
        QStringList revoke;
        for (const QString &role : previousRoles) {
            models::Result<SqlResult> exists =
                owner.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {role});
            if (!exists)
                return fail(exists.error());
            if (!exists->isEmpty())
                revoke.append(role);
        }
        qCInfo(lcStore) << "applying grants and row-level security policies for roles" << m_appRole
                        << m_operatorRole;
        if (models::Result<SqlResult> secured =
                run(Migrations::postgresSecurityScript(m_appRole, m_operatorRole, revoke));
            !secured) {
            return fail(secured.error());
        }
        models::Result<SqlResult> saved = owner.exec(
            QStringLiteral("INSERT INTO schema_security (id, app_role, operator_role, "
                           "schema_version) VALUES (1, $1, $2, $3) ON CONFLICT (id) DO UPDATE "
                           "SET app_role = excluded.app_role, operator_role = "
                           "excluded.operator_role, schema_version = excluded.schema_version"),
            {m_appRole, m_operatorRole, Migrations::latestVersion()});
        if (!saved)
            return fail(saved.error());
    }
    if (models::Result<SqlResult> committed = run(QStringLiteral("COMMIT")); !committed)
        return committed.error();
    setSchemaVersion(Migrations::latestVersion());
    return {};
}

models::Status PostgresDatabase::transaction(const TxScope &scope, const TransactionFunction &fn)
{
    if (models::Status valid = checkScope(scope); !valid)
        return valid;
    ConnectionPool<PostgresConnection> &pool = scope.isTenant() ? m_appPool : m_operatorPool;
    auto lease = pool.acquire();
    if (!lease)
        return lease.error();
    PostgresSession session(*lease.value(), scope, dialect());
    return finish(session, fn, [&lease]() { lease.value().discard(); });
}

} // namespace sphair::server
