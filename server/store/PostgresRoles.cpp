#include "server/store/PostgresRoles.h"

#include "server/store/Logging.h"
#include "server/store/Migrations.h"
#include "server/store/PostgresConnection.h"
#include "server/store/SqlErrorCode.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace sphair::server {

namespace {

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toHex());
}

// Connection settings of the live superuser connection worth keeping (where, how securely).
QString serverPart(pg_conn *conn)
{
    static const char *const kept[] = {"host",    "hostaddr",    "port",
                                       "sslmode", "sslrootcert", "connect_timeout"};
    QString info;
    PQconninfoOption *options = PQconninfo(conn);
    for (PQconninfoOption *option = options; option && option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        for (const char *key : kept) {
            if (qstrcmp(option->keyword, key) == 0) {
                info += QString::fromLatin1(option->keyword) + QLatin1Char('=')
                    + PostgresRoles::conninfoValue(QString::fromUtf8(option->val))
                    + QLatin1Char(' ');
            }
        }
    }
    PQconninfoFree(options);
    return info;
}

} // namespace

QString PostgresRoles::conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

models::Result<PostgresRoles> PostgresRoles::create(const QString &superuserConninfo,
                                                    const QString &prefix)
{
    const QString name = prefix.isEmpty() ? QStringLiteral("sphair_") + randomHex(4) : prefix;
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!valid.match(name).hasMatch()) {
        return models::Result<PostgresRoles>::failure(
            SqlErrorCode::InvalidArgument,
            QStringLiteral("Role prefix \"%1\" must be 1-40 lower-case letters, digits or _.")
                .arg(name));
    }
    models::Result<std::unique_ptr<PostgresConnection>> connected =
        PostgresConnection::connect(superuserConninfo, 0);
    if (!connected)
        return connected.error();
    PostgresConnection &admin = *connected.value();

    PostgresRoles roles;
    roles.database = name;
    roles.ownerRole = name + QStringLiteral("_owner");
    roles.appRole = name + QStringLiteral("_app");
    roles.operatorRole = name + QStringLiteral("_operator");
    const QString server = serverPart(admin.handle());

    auto createRole = [&](const QString &role) -> models::Result<QString> {
        const QString password = randomHex(24);
        // Send only the SCRAM verifier, so the password never appears in server logs.
        char *verifier = PQencryptPasswordConn(admin.handle(), password.toUtf8().constData(),
                                               role.toUtf8().constData(), "scram-sha-256");
        if (!verifier) {
            return models::Result<QString>::failure(
                SqlErrorCode::Unavailable,
                QStringLiteral("Cannot encrypt a password: %1")
                    .arg(QString::fromUtf8(PQerrorMessage(admin.handle())).trimmed()));
        }
        const QString encrypted = QString::fromUtf8(verifier);
        PQfreemem(verifier);
        models::Result<SqlResult> created = admin.execScript(
            QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                           "NOREPLICATION NOBYPASSRLS PASSWORD %2")
                .arg(Migrations::quoteIdentifier(role), Migrations::quoteLiteral(encrypted)));
        if (!created)
            return created.error();
        return server
            + QStringLiteral("dbname=%1 user=%2 password=%3")
                  .arg(conninfoValue(roles.database), conninfoValue(role), conninfoValue(password));
    };

    models::Result<QString> owner = createRole(roles.ownerRole);
    if (!owner)
        return owner.error();
    models::Result<QString> app = createRole(roles.appRole);
    if (!app)
        return app.error();
    models::Result<QString> op = createRole(roles.operatorRole);
    if (!op)
        return op.error();
    roles.ownerConninfo = owner.value();
    roles.appConninfo = app.value();
    roles.operatorConninfo = op.value();

    const QString database = Migrations::quoteIdentifier(roles.database);
    const QStringList statements {
        QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' TEMPLATE template0")
            .arg(database, Migrations::quoteIdentifier(roles.ownerRole)),
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3")
            .arg(database, Migrations::quoteIdentifier(roles.appRole),
                 Migrations::quoteIdentifier(roles.operatorRole)),
    };
    for (const QString &statement : statements) {
        if (models::Result<SqlResult> done = admin.execScript(statement); !done)
            return done.error();
    }
    qCInfo(lcStore) << "created PostgreSQL database" << roles.database << "with roles"
                    << roles.ownerRole << roles.appRole << roles.operatorRole;
    return roles;
}

models::Status PostgresRoles::drop(const QString &superuserConninfo, const PostgresRoles &roles)
{
    models::Result<std::unique_ptr<PostgresConnection>> connected =
        PostgresConnection::connect(superuserConninfo, 0);
    if (!connected)
        return connected.error();
    PostgresConnection &admin = *connected.value();
    QStringList statements {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                .arg(Migrations::quoteIdentifier(roles.database))};
    for (const QString &role : {roles.ownerRole, roles.appRole, roles.operatorRole})
        statements
            << QStringLiteral("DROP ROLE IF EXISTS %1").arg(Migrations::quoteIdentifier(role));
    for (const QString &statement : statements) {
        if (models::Result<SqlResult> done = admin.execScript(statement); !done)
            return done.error();
    }
    return {};
}

PostgresOptions PostgresRoles::options(int poolSize) const
{
    PostgresOptions result;
    result.ownerConninfo = ownerConninfo;
    result.appConninfo = appConninfo;
    result.operatorConninfo = operatorConninfo;
    result.poolSize = poolSize;
    return result;
}

} // namespace sphair::server
