#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sphair::server {

// The sessions of BRIGHTSTEP staff: sign-in with rate limits per account and per address,
// opaque session and refresh tokens stored only as hashes, single-use refresh, sign-out and
// password change, each with its audit row.
class AuthService
{
public:
    static constexpr int kMinPasswordLength = 12;
    // Longer user names are refused before anything else (no account has one).
    static constexpr int kMaxUsernameLength = 64;

    // A new session: the only time its tokens exist outside the client.
    struct Session
    {
        QByteArray sessionToken;
        QByteArray refreshToken;
        QDateTime expiresAt;
        QDateTime refreshExpiresAt;
        QString username;
        models::AdminRole role = models::AdminRole::Support;
        bool mustChangePassword = false;
    };

    explicit AuthService(ServiceContext &context)
        : m_context(context)
    { }

    // rate_limited (details.retry_after_seconds) when the account or the address has tried too
    // often; invalid_credentials for a wrong name or password, or a disabled account, alike
    // (each audited as auth.login_failed); invalid_field for a user name over
    // kMaxUsernameLength characters.
    models::Result<Session> login(const QString &username, const QByteArray &password,
                                  const QString &remoteAddress) const;
    // A new session for a live refresh token, which is used up; invalid_credentials otherwise.
    // It reports must_change_password as the account stands.
    models::Result<Session> refresh(const QByteArray &refreshToken) const;
    models::Status logout(const Actor &actor) const;
    // invalid_credentials when `current` is wrong; invalid_field when `next` is too short.
    // Ends every other session of the account, and their refresh tokens. Throttled per
    // account like sign-in (rate_limited).
    models::Status changePassword(const Actor &actor, const QByteArray &current,
                                  const QByteArray &next) const;

    // The admin behind a live session (its token's hash); none for an unknown, expired or
    // revoked session.
    models::Result<std::optional<Actor>> sessionActor(const QByteArray &sessionHash) const;

    static models::Error invalidCredentials();

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
