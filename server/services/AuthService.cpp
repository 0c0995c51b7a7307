#include "server/services/AuthService.h"

#include "models/domain/Validation.h"
#include "server/services/ServerText.h"
#include "server/services/SessionTokens.h"
#include "server/store/AdminAccounts.h"
#include "server/store/AuditLog.h"

#include <optional>

namespace sphair::server {

namespace {

// Issues a session and a refresh token in the caller's transaction.
models::Result<AuthService::Session> openSession(const ServiceContext &context, SqlSession &session,
                                                 const QUuid &accountId, const QString &username,
                                                 models::AdminRole role, bool mustChangePassword)
{
    const auto token = SessionTokens::issue(SessionTokens::Kind::Session);
    const auto refresh = SessionTokens::issue(SessionTokens::Kind::Refresh);
    const QDateTime now = context.now();
    AuthService::Session opened {token.token,
                                 refresh.token,
                                 now.addSecs(context.sessionSeconds),
                                 now.addSecs(context.refreshSeconds),
                                 username,
                                 role,
                                 mustChangePassword};
    if (auto created =
            AdminAccounts::createSession(session, token.hash, accountId, opened.expiresAt,
                                         refresh.hash, opened.refreshExpiresAt);
        !created)
        return created.error();
    return opened;
}

models::Status audit(SqlSession &session, const QString &username, models::AdminRole role,
                     const QString &action, const QUuid &accountId)
{
    return AuditLog::record(session, username, models::adminRoleCode(role),
                            {action,
                             QStringLiteral("admin_account"),
                             accountId.toString(QUuid::WithoutBraces),
                             {},
                             {},
                             {}});
}

models::Result<std::optional<AdminAccount>> findAccount(const ServiceContext &context,
                                                        const QString &username)
{
    return context.db->fetch<std::optional<AdminAccount>>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return AdminAccounts::findByUsername(session, username); });
}

} // namespace

models::Error AuthService::invalidCredentials()
{
    return {QStringLiteral("invalid_credentials"), tr("The user name or password is wrong."), {}};
}

models::Result<AuthService::Session> AuthService::login(const QString &username,
                                                        const QByteArray &password,
                                                        const QString &remoteAddress) const
{
    // Throttle per account and per address, so neither guessing one password from many
    // places nor many accounts from one place gets far.
    for (const QString &key :
         {QStringLiteral("user:") + username.toLower(), QStringLiteral("addr:") + remoteAddress}) {
        const auto decision = m_context.loginLimiter->acquire(key);
        if (!decision.allowed) {
            return models::Error {QStringLiteral("rate_limited"),
                                  tr("Too many attempts. Try again later."),
                                  {{QStringLiteral("retry_after_seconds"),
                                    static_cast<qint64>(decision.retryAfter.count())}}};
        }
    }
    auto account = findAccount(m_context, username);
    if (!account)
        return account.error();
    // Unknown users cost one hash verification too, so timing does not reveal who exists.
    static const QByteArray decoy = m_context.passwords->hash("decoy password").value();
    const bool verified = account.value()
        ? m_context.passwords->verify(account.value()->passwordHash, password)
        : (m_context.passwords->verify(decoy, password) && false);
    if (!verified || account.value()->disabled)
        return invalidCredentials();

    const AdminAccount &who = *account.value();
    Session opened;
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto ok = AdminAccounts::recordSuccessfulLogin(session, who.id); !ok)
            return ok;
        auto created =
            openSession(m_context, session, who.id, who.username, who.role, who.mustChangePassword);
        if (!created)
            return models::Status(created.error());
        opened = created.value();
        return audit(session, who.username, who.role, QStringLiteral("auth.login"), who.id);
    });
    if (!written)
        return written.error();
    return opened;
}

models::Result<AuthService::Session> AuthService::refresh(const QByteArray &refreshToken) const
{
    if (SessionTokens::kindOf(refreshToken) != SessionTokens::Kind::Refresh)
        return invalidCredentials();
    const QByteArray refreshHash = SessionTokens::hash(refreshToken);
    std::optional<Session> opened;
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto old = AdminAccounts::findByRefresh(session, refreshHash, m_context.now());
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
        auto created = openSession(m_context, session, row.value()->accountId,
                                   row.value()->username, row.value()->role, false);
        if (!created)
            return models::Status(created.error());
        opened = created.value();
        return models::Status::success();
    });
    if (!written)
        return written.error();
    if (!opened)
        return invalidCredentials();
    return *opened;
}

models::Status AuthService::logout(const Actor &actor) const
{
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto revoked = AdminAccounts::revokeSession(session, actor.sessionHash); !revoked)
            return revoked;
        return audit(session, actor.username, actor.role, QStringLiteral("auth.logout"),
                     actor.accountId);
    });
}

models::Status AuthService::changePassword(const Actor &actor, const QByteArray &current,
                                           const QByteArray &next) const
{
    if (QString::fromUtf8(next).size() < kMinPasswordLength) {
        return models::Error {
            QStringLiteral("bad_request"),
            tr("A password needs at least %1 characters.").arg(kMinPasswordLength),
            {{QStringLiteral("field"), QStringLiteral("new_password")}}};
    }
    auto account = findAccount(m_context, actor.username);
    if (!account)
        return account.error();
    if (!account.value() || !m_context.passwords->verify(account.value()->passwordHash, current))
        return invalidCredentials();
    auto hashed = m_context.passwords->hash(next);
    if (!hashed)
        return hashed.error();
    const QUuid id = account.value()->id;
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto set = AdminAccounts::setPassword(session, id, hashed.value()); !set)
            return set;
        return audit(session, actor.username, actor.role, QStringLiteral("auth.password_change"),
                     id);
    });
}

models::Result<std::optional<Actor>> AuthService::sessionActor(const QByteArray &sessionHash) const
{
    auto found = m_context.db->fetch<std::optional<AdminAccounts::SessionRow>>(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            return AdminAccounts::findSession(session, sessionHash, m_context.now());
        });
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Actor>();
    const AdminAccounts::SessionRow &row = *found.value();
    return std::optional<Actor>(Actor {row.accountId, row.username, row.role, sessionHash});
}

} // namespace sphair::server
