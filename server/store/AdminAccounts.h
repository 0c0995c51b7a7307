#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace sphair::server {

// A BRIGHTSTEP staff account as stored (the password hash never leaves the server).
struct AdminAccount
{
    QUuid id;
    QString username;
    QByteArray passwordHash;
    models::AdminRole role = models::AdminRole::Support;
    bool disabled = false;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil;
};

// Admin accounts and their sessions, inside the caller's operator transaction. Session and
// refresh tokens are stored only as hashes (hex of SessionTokens::hash).
class AdminAccounts
{
public:
    static models::Result<AdminAccount> create(SqlSession &session, const QString &username,
                                               const QByteArray &passwordHash,
                                               models::AdminRole role, bool mustChangePassword);
    static models::Result<std::optional<AdminAccount>> findByUsername(SqlSession &session,
                                                                      const QString &username);
    static models::Status recordFailedLogin(SqlSession &session, const QUuid &accountId,
                                            const QDateTime &lockUntil);
    static models::Status recordSuccessfulLogin(SqlSession &session, const QUuid &accountId);
    static models::Status setPassword(SqlSession &session, const QUuid &accountId,
                                      const QByteArray &passwordHash);
    // Sets a one-time password: it must be changed after the next sign-in, and any lockout
    // and failed-login count are cleared.
    static models::Status setOneTimePassword(SqlSession &session, const QUuid &accountId,
                                             const QByteArray &passwordHash);

    struct SessionRow
    {
        QUuid accountId;
        QString username;
        models::AdminRole role = models::AdminRole::Support;
        QDateTime expiresAt;
        bool mustChangePassword = false; // the account still has a one-time password
    };
    static models::Status createSession(SqlSession &session, const QByteArray &tokenHash,
                                        const QUuid &accountId, const QDateTime &expiresAt,
                                        const QByteArray &refreshHash,
                                        const QDateTime &refreshExpiresAt);
    // A live session: not revoked, not expired at `now`, its account enabled.
    static models::Result<std::optional<SessionRow>>
    findSession(SqlSession &session, const QByteArray &tokenHash, const QDateTime &now);
    // The session a live refresh token belongs to (its token hash).
    static models::Result<std::optional<QByteArray>>
    findByRefresh(SqlSession &session, const QByteArray &refreshHash, const QDateTime &now);
    static models::Status revokeSession(SqlSession &session, const QByteArray &tokenHash);
    // Ends every session of the account.
    static models::Status revokeSessions(SqlSession &session, const QUuid &accountId);
    // Ends every session of the account but the one with `keepTokenHash` (their refresh
    // tokens with them).
    static models::Status revokeOtherSessions(SqlSession &session, const QUuid &accountId,
                                              const QByteArray &keepTokenHash);
    // Sessions still open at `now`: not revoked, the access or the refresh token not expired,
    // the account enabled.
    static models::Result<int> countOpenSessions(SqlSession &session, const QDateTime &now);
};

} // namespace sphair::server
