#include "server/PlatformServer.h"

#include "server/http/ApiRoutes.h"
#include "server/http/AuthRoutes.h"
#include "server/http/OperationsRoutes.h"
#include "server/http/RouteModules.h"
#include "server/http/SessionTokens.h"
#include "server/store/AdminAccounts.h"
#include "server/store/AuditLog.h"
#include "server/store/DatabaseIdempotencyStore.h"

#include <sodium.h>

#include <QCoreApplication>

namespace sphair::server {

namespace {

// 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 114 bits.
QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr int alphabetSize = sizeof alphabet - 1;
    QString password;
    for (int i = 0; i < 20; ++i) {
        if (i > 0 && i % 5 == 0)
            password += QLatin1Char('-');
        password += QLatin1Char(alphabet[randombytes_uniform(alphabetSize)]);
    }
    return password;
}

} // namespace

PlatformServer::PlatformServer(const PlatformOptions &options)
    : m_options(options)
{ }

PlatformServer::~PlatformServer()
{
    stop();
}

models::Result<std::unique_ptr<PlatformServer>>
PlatformServer::create(const PlatformOptions &options)
{
    std::unique_ptr<PlatformServer> server(new PlatformServer(options));
    auto database = options.backend == PlatformOptions::Backend::Postgres
        ? Database::openPostgres(options.postgres)
        : Database::openSqlite(options.sqlitePath);
    if (!database)
        return database.error();
    server->m_database = std::move(database).value();
    server->m_idempotency = std::make_unique<DatabaseIdempotencyStore>(server->m_database.get());
    server->m_passwords = std::make_unique<PasswordHasher>(options.passwordLimits);
    server->m_loginLimiter = std::make_unique<RateLimiter>(options.loginBurst, options.loginRefill);
    server->m_http = std::make_unique<HttpServer>(options.http);

    ApiContext &context = server->m_context;
    context.db = server->m_database.get();
    context.idempotency = server->m_idempotency.get();
    context.passwords = server->m_passwords.get();
    context.loginLimiter = server->m_loginLimiter.get();

    Router &router = server->m_http->router();
    router.get(QStringLiteral("/healthz"), [](const Request &) {
        return Response::json({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    AuthRoutes::registerRoutes(router, context);
    RouteModules::registerCompanies(router, context);
    RouteModules::registerTenant(router, context);
    RouteModules::registerLicensing(router, context);
    RouteModules::registerOperations(router, context);
    return server;
}

models::Status PlatformServer::start()
{
    return m_http->start();
}

void PlatformServer::stop()
{
    if (m_http)
        m_http->stop();
    // Ends a running deployment's hook and worker before the routes and database go away.
    RouteModules::stopOperations(m_context);
}

models::Result<QString> PlatformServer::createAdmin(const QString &username, models::AdminRole role,
                                                    const QString &password)
{
    const bool oneTime = password.isEmpty();
    const QString secret = oneTime ? randomPassword() : password;
    auto hash = m_passwords->hash(secret.toUtf8());
    if (!hash)
        return hash.error();
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto account = AdminAccounts::create(session, username, hash.value(), role, oneTime);
        if (!account)
            return models::Status(account.error());
        return AuditLog::record(
            session, QStringLiteral("system"), QStringLiteral("system"),
            {QStringLiteral("admin_account.create"),
             QStringLiteral("admin_account"),
             account->id.toString(QUuid::WithoutBraces),
             {},
             {},
             QJsonObject {{QStringLiteral("username"), username},
                          {QStringLiteral("role"), models::adminRoleCode(role)}}});
    });
    if (!status)
        return status.error();
    return secret;
}

models::Result<QString> PlatformServer::resetOneTimePassword(const QString &username,
                                                             models::AdminRole role)
{
    const QString secret = randomPassword();
    auto hash = m_passwords->hash(secret.toUtf8());
    if (!hash)
        return hash.error();
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto existing = AdminAccounts::findByUsername(session, username);
        if (!existing)
            return models::Status(existing.error());
        if (!existing.value()) {
            auto created = AdminAccounts::create(session, username, hash.value(), role, true);
            return created ? models::Status::success() : models::Status(created.error());
        }
        auto updated =
            session.exec(QStringLiteral("UPDATE admin_accounts SET password_hash = $2, "
                                        "must_change_password = true, failed_logins = 0, "
                                        "locked_until = NULL, version = version + 1 WHERE id = $1"),
                         {existing.value()->id, QString::fromLatin1(hash.value())});
        if (!updated)
            return models::Status(updated.error());
        // Earlier sessions of the account end with its old password.
        auto revoked = session.exec(
            QStringLiteral("UPDATE admin_sessions SET revoked = true WHERE account_id = $1"),
            {existing.value()->id});
        return revoked ? models::Status::success() : models::Status(revoked.error());
    });
    if (!status)
        return status.error();
    return secret;
}

models::Result<QByteArray> PlatformServer::issueTenantToken(const QUuid &companyId,
                                                            const QString &label)
{
    const auto token = SessionTokens::issue(SessionTokens::Kind::Tenant);
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto inserted = session.exec(QStringLiteral("INSERT INTO tenant_tokens (company_id, "
                                                    "token_hash, label) VALUES ($1, $2, $3)"),
                                     {companyId, QString::fromLatin1(token.hash.toHex()), label});
        if (!inserted)
            return models::Status(inserted.error());
        return AuditLog::record(session, QStringLiteral("system"), QStringLiteral("system"),
                                {QStringLiteral("tenant_token.create"),
                                 QStringLiteral("tenant_token"),
                                 label,
                                 companyId,
                                 {},
                                 {}});
    });
    if (!status)
        return status.error();
    return token.token;
}

} // namespace sphair::server
