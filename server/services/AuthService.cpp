#include "server/services/AuthService.h"

#include "models/domain/Validation.h"
#include "server/services/RateLimiter.h"
#include "server/services/ServerText.h"
#include "server/services/SessionTokens.h"
#include "server/store/AdminAccounts.h"
#include "server/store/AuditLog.h"

#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace sphair::server {

namespace {

// Issues a session and a refresh token in the caller's transaction. A sign-in starts a family
// (no `family`); a refresh continues its predecessor's, and nothing in a family outlives its
// sign-in by more than signInSeconds.
models::Result<AuthService::Session> openSession(const ServiceContext &context, SqlSession &session,
                                                 const AdminAccounts::SessionRow &who,
                                                 const std::optional<QByteArray> &family = {},
                                                 const QDateTime &signedInAt = {})
{
    const auto token = SessionTokens::issue(SessionTokens::Kind::Session);
    const auto refresh = SessionTokens::issue(SessionTokens::Kind::Refresh);
    const QDateTime now = context.now();
    const QDateTime signIn = family ? signedInAt : now;
    const QDateTime familyEnds = signIn.addSecs(context.signInSeconds);
    AuthService::Session opened {token.token,
                                 refresh.token,
                                 std::min(now.addSecs(context.sessionSeconds), familyEnds),
                                 std::min(now.addSecs(context.refreshSeconds), familyEnds),
                                 who.username,
                                 who.role,
                                 who.mustChangePassword};
    if (auto created = AdminAccounts::createSession(session,
                                                    {token.hash, who.accountId, opened.expiresAt,
                                                     refresh.hash, opened.refreshExpiresAt,
                                                     family.value_or(token.hash), signIn});
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

models::Error rateLimited(const RateLimiter::Decision &decision)
{
    return {QStringLiteral("rate_limited"),
            tr("Too many attempts. Try again later."),
            {{QStringLiteral("retry_after_seconds"),
              static_cast<qint64>(decision.retryAfter.count())}}};
}

// A refused sign-in, for the audit log: who was tried from where, and why it failed.
models::Status auditFailedLogin(const ServiceContext &context, const QString &username,
                                const std::optional<AdminAccount> &account,
                                const QString &remoteAddress)
{
    const QString reason = !account ? QStringLiteral("unknown_user")
        : account->disabled         ? QStringLiteral("disabled")
                                    : QStringLiteral("wrong_password");
    return context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        // Recorded by the server: nobody signed in, and the name tried is the client's word.
        return AuditLog::record(session, QStringLiteral("system"), QStringLiteral("system"),
                                {QStringLiteral("auth.login_failed"),
                                 QStringLiteral("admin_account"),
                                 account ? account->id.toString(QUuid::WithoutBraces) : QString(),
                                 {},
                                 {},
                                 QJsonObject {{QStringLiteral("username"), username},
                                              {QStringLiteral("remote_address"), remoteAddress},
                                              {QStringLiteral("reason"), reason}}});
    });
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
    if (username.size() > kMaxUsernameLength) {
        return models::Validation::invalidField(
            QStringLiteral("username"), QStringLiteral("too_long"),
            tr("A user name has at most %1 characters.").arg(kMaxUsernameLength),
            {{QStringLiteral("max"), kMaxUsernameLength}});
    }
    // Throttled per address and per account from that address, both spent together or not
    // at all; and by the failures of the account from anywhere, which fill slower. An address
    // that has used up its attempts cannot spend the account's, so guessing from elsewhere
    // cannot lock its owner out.
    const QString account = QStringLiteral("user:") + username.toLower();
    if (const auto spread = m_context.accountLimiter->peek(account); !spread.allowed)
        return rateLimited(spread);
    if (const auto decision = m_context.loginLimiter->acquireAll(
            {QStringLiteral("addr:") + remoteAddress, account + u'@' + remoteAddress});
        !decision.allowed)
        return rateLimited(decision);
    auto found = findAccount(m_context, username);
    if (!found)
        return found.error();
    // Unknown users cost one hash verification too, so timing does not reveal who exists.
    static const QByteArray decoy = m_context.passwords->hash("decoy password").value();
    const bool verified = found.value()
        ? m_context.passwords->verify(found.value()->passwordHash, password)
        : (m_context.passwords->verify(decoy, password) && false);
    if (!verified || found.value()->disabled) {
        m_context.accountLimiter->acquire(account);
        if (auto audited = auditFailedLogin(m_context, username, found.value(), remoteAddress);
            !audited)
            return audited.error();
        return invalidCredentials();
    }

    const AdminAccount &who = *found.value();
    Session opened;
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto ok = AdminAccounts::recordSuccessfulLogin(session, who.id); !ok)
            return ok;
        auto created = openSession(m_context, session,
                                   {who.id, who.username, who.role, {}, who.mustChangePassword});
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
    const QDateTime now = m_context.now();
    std::optional<Session> opened;
    auto written = m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        using Outcome = AdminAccounts::RefreshClaim::Outcome;
        auto claim = AdminAccounts::claimRefresh(session, refreshHash, now);
        if (!claim)
            return models::Status(claim.error());
        if (claim->outcome == Outcome::Reused) {
            // Used before: someone else holds a copy of the token. Everything descending
            // from its sign-in ends, the session made from it too, unless the two uses were
            // one client racing itself.
            if (claim->usedAt.addSecs(m_context.refreshRaceSeconds) > now)
                return models::Status::success();
            if (auto ended = AdminAccounts::revokeFamily(session, claim->familyId); !ended)
                return ended;
            return AuditLog::record(session, QStringLiteral("system"), QStringLiteral("system"),
                                    {QStringLiteral("auth.refresh_reused"),
                                     QStringLiteral("admin_account"),
                                     claim->account.accountId.toString(QUuid::WithoutBraces),
                                     {},
                                     {},
                                     QJsonObject {{QStringLiteral("sessions_ended"),
                                                   QStringLiteral("sign_in_family")}}});
        }
        // Used up either way; past the sign-in's absolute lifetime it opens nothing.
        if (claim->outcome != Outcome::Claimed
            || claim->signedInAt.addSecs(m_context.signInSeconds) <= now)
            return models::Status::success();
        // The new session keeps what the account still owes (a one-time password to change).
        auto created =
            openSession(m_context, session, claim->account, claim->familyId, claim->signedInAt);
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
    // Throttled like sign-in: a stolen session must not guess the password at full speed.
    const auto decision =
        m_context.loginLimiter->acquire(QStringLiteral("password:") + actor.username.toLower());
    if (!decision.allowed)
        return rateLimited(decision);
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
        // Whoever else holds a session or refresh token of the old password is signed out.
        if (auto ended = AdminAccounts::revokeOtherSessions(session, id, actor.sessionHash); !ended)
            return ended;
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
    return std::optional<Actor>(
        Actor {row.accountId, row.username, row.role, sessionHash, row.mustChangePassword});
}

} // namespace sphair::server
