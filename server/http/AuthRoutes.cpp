#include "server/http/AuthRoutes.h"

#include "server/http/ApiRoutes.h"
#include "server/http/JsonBody.h"
#include "server/http/SessionTokens.h"
#include "server/store/AdminAccounts.h"
#include "server/store/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sphair::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::AuthRoutes", text);
}

constexpr int kMinPasswordLength = 12;

Response invalidCredentials()
{
    return ApiError(401, QStringLiteral("invalid_credentials"),
                    tr("The user name or password is wrong."))
        .toResponse();
}

std::optional<QString> stringField(const QJsonObject &body, const char *name)
{
    const QJsonValue value = body.value(QLatin1String(name));
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

Response missingField(const char *name)
{
    return ApiError::badRequest(tr("The field \"%1\" is required.").arg(QLatin1String(name)),
                                {{QStringLiteral("field"), QLatin1String(name)}})
        .toResponse();
}

// Issues a session and a refresh token in the caller's transaction.
models::Result<QJsonObject> openSession(ApiContext &context, SqlSession &session,
                                        const QUuid &accountId, const QString &username,
                                        models::AdminRole role, bool mustChangePassword)
{
    const auto token = SessionTokens::issue(SessionTokens::Kind::Session);
    const auto refresh = SessionTokens::issue(SessionTokens::Kind::Refresh);
    const QDateTime now = context.now();
    const QDateTime expires = now.addSecs(context.sessionSeconds);
    const QDateTime refreshExpires = now.addSecs(context.refreshSeconds);
    if (auto created = AdminAccounts::createSession(session, token.hash, accountId, expires,
                                                    refresh.hash, refreshExpires);
        !created)
        return created.error();
    // The Session schema of server/openapi.yaml.
    return QJsonObject {
        {QStringLiteral("session_token"), QString::fromLatin1(token.token)},
        {QStringLiteral("refresh_token"), QString::fromLatin1(refresh.token)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_at"), expires.toString(Qt::ISODate)},
        {QStringLiteral("refresh_expires_at"), refreshExpires.toString(Qt::ISODate)},
        {QStringLiteral("admin"),
         QJsonObject {{QStringLiteral("username"), username},
                      {QStringLiteral("role"), models::adminRoleCode(role)},
                      {QStringLiteral("must_change_password"), mustChangePassword}}},
    };
}

Response login(ApiContext &context, const Request &request)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiRoutes::error(body.error());
    const auto username = stringField(body.value(), "username");
    const auto password = stringField(body.value(), "password");
    if (!username)
        return missingField("username");
    if (!password)
        return missingField("password");

    // Throttle per account and per address, so neither guessing one password from many
    // places nor many accounts from one place gets far.
    for (const QString &key : {QStringLiteral("user:") + username->toLower(),
                               QStringLiteral("addr:") + request.remoteAddress}) {
        const auto decision = context.loginLimiter->acquire(key);
        if (!decision.allowed)
            return ApiError::tooManyRequests(decision.retryAfter).toResponse();
    }

    std::optional<AdminAccount> account;
    auto read = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto found = AdminAccounts::findByUsername(session, *username);
            if (!found)
                return models::Status(found.error());
            account = found.value();
            return models::Status::success();
        });
    if (!read)
        return ApiRoutes::error(read.error(), 503);

    const QByteArray passwordBytes = password->toUtf8();
    // Unknown users cost one hash verification too, so timing does not reveal who exists.
    static const QByteArray decoy = context.passwords->hash("decoy password").value();
    const bool verified = account ? context.passwords->verify(account->passwordHash, passwordBytes)
                                  : (context.passwords->verify(decoy, passwordBytes) && false);
    if (!verified || account->disabled)
        return invalidCredentials();

    QJsonObject answer;
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto ok = AdminAccounts::recordSuccessfulLogin(session, account->id); !ok)
            return ok;
        auto opened = openSession(context, session, account->id, account->username, account->role,
                                  account->mustChangePassword);
        if (!opened)
            return models::Status(opened.error());
        answer = opened.value();
        return AuditLog::record(session, account->username, models::adminRoleCode(account->role),
                                {QStringLiteral("auth.login"),
                                 QStringLiteral("admin_account"),
                                 account->id.toString(QUuid::WithoutBraces),
                                 {},
                                 {},
                                 {}});
    });
    if (!written)
        return ApiRoutes::error(written.error(), 503);
    return Response::json(answer);
}

Response refresh(ApiContext &context, const Request &request)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiRoutes::error(body.error());
    const auto refreshToken = stringField(body.value(), "refresh_token");
    if (!refreshToken)
        return missingField("refresh_token");
    if (SessionTokens::kindOf(refreshToken->toLatin1()) != SessionTokens::Kind::Refresh)
        return invalidCredentials();
    const QByteArray refreshHash = SessionTokens::hash(refreshToken->toLatin1());

    QJsonObject answer;
    bool found = false;
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto old = AdminAccounts::findByRefresh(session, refreshHash, context.now());
        if (!old)
            return models::Status(old.error());
        if (!old.value())
            return models::Status::success();
        auto row = AdminAccounts::findSession(session, *old.value(),
                                              QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        if (!row)
            return models::Status(row.error());
        if (!row.value())
            return models::Status::success();
        // A refresh token works once: the old session ends as the new one starts.
        if (auto revoked = AdminAccounts::revokeSession(session, *old.value()); !revoked)
            return revoked;
        auto opened = openSession(context, session, row.value()->accountId, row.value()->username,
                                  row.value()->role, false);
        if (!opened)
            return models::Status(opened.error());
        answer = opened.value();
        found = true;
        return models::Status::success();
    });
    if (!written)
        return ApiRoutes::error(written.error(), 503);
    if (!found)
        return invalidCredentials();
    return Response::json(answer);
}

Response logout(ApiContext &context, const Request &request)
{
    auto actor = ApiRoutes::authenticateAdmin(context, request);
    if (!actor)
        return ApiRoutes::error(actor.error(), 401);
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto revoked = AdminAccounts::revokeSession(session, actor->sessionHash); !revoked)
            return revoked;
        return AuditLog::record(session, actor->username, models::adminRoleCode(actor->role),
                                {QStringLiteral("auth.logout"),
                                 QStringLiteral("admin_account"),
                                 actor->accountId.toString(QUuid::WithoutBraces),
                                 {},
                                 {},
                                 {}});
    });
    if (!written)
        return ApiRoutes::error(written.error(), 503);
    return Response::empty(204);
}

Response changePassword(ApiContext &context, const Request &request)
{
    auto actor = ApiRoutes::authenticateAdmin(context, request);
    if (!actor)
        return ApiRoutes::error(actor.error(), 401);
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiRoutes::error(body.error());
    const auto current = stringField(body.value(), "current_password");
    const auto next = stringField(body.value(), "new_password");
    if (!current)
        return missingField("current_password");
    if (!next)
        return missingField("new_password");
    if (next->size() < kMinPasswordLength) {
        return ApiError::badRequest(
                   tr("A password needs at least %1 characters.").arg(kMinPasswordLength),
                   {{QStringLiteral("field"), QStringLiteral("new_password")}})
            .toResponse();
    }
    std::optional<AdminAccount> account;
    auto read = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto found = AdminAccounts::findByUsername(session, actor->username);
            if (!found)
                return models::Status(found.error());
            account = found.value();
            return models::Status::success();
        });
    if (!read)
        return ApiRoutes::error(read.error(), 503);
    if (!account || !context.passwords->verify(account->passwordHash, current->toUtf8()))
        return invalidCredentials();
    auto hashed = context.passwords->hash(next->toUtf8());
    if (!hashed)
        return ApiRoutes::error(hashed.error(), 500);
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto set = AdminAccounts::setPassword(session, account->id, hashed.value()); !set)
            return set;
        return AuditLog::record(session, actor->username, models::adminRoleCode(actor->role),
                                {QStringLiteral("auth.password_change"),
                                 QStringLiteral("admin_account"),
                                 account->id.toString(QUuid::WithoutBraces),
                                 {},
                                 {},
                                 {}});
    });
    if (!written)
        return ApiRoutes::error(written.error(), 503);
    return Response::empty(204);
}

} // namespace

void AuthRoutes::registerRoutes(Router &router, ApiContext &context)
{
    router.post(QStringLiteral("/auth/login"),
                [&context](const Request &request) { return login(context, request); });
    router.post(QStringLiteral("/auth/refresh"),
                [&context](const Request &request) { return refresh(context, request); });
    router.post(QStringLiteral("/auth/logout"),
                [&context](const Request &request) { return logout(context, request); });
    router.post(QStringLiteral("/auth/password"),
                [&context](const Request &request) { return changePassword(context, request); });
}

} // namespace sphair::server
