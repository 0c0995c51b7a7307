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
    // A session and its refresh token. `familyId` and `signedInAt` name the sign-in it
    // descends from: a sign-in passes its own token hash and the time, a refresh its
    // predecessor's.
    struct NewSession
    {
        QByteArray tokenHash;
        QUuid accountId;
        QDateTime expiresAt;
        QByteArray refreshHash;
        QDateTime refreshExpiresAt;
        QByteArray familyId;
        QDateTime signedInAt;
    };
    static models::Status createSession(SqlSession &session, const NewSession &created);
    // A live session: not revoked, not expired at `now`, its account enabled.
    static models::Result<std::optional<SessionRow>>
    findSession(SqlSession &session, const QByteArray &tokenHash, const QDateTime &now);
    // What presenting a refresh token found.
    struct RefreshClaim
    {
        enum class Outcome {
            Claimed, // live and unused: now used up, its session ended
            Unknown, // never issued, expired, or its session ended otherwise
            Reused, // used before (at usedAt)
        };
        Outcome outcome = Outcome::Unknown;
        QByteArray familyId; // Claimed and Reused
        QDateTime signedInAt; // Claimed
        QDateTime usedAt; // Reused
        // Claimed: the account, if still enabled (else Unknown); Reused: its accountId.
        SessionRow account;
    };
    // Uses up a live refresh token in one statement (its session ends with it), so that of
    // two concurrent claims exactly one succeeds; the other sees Reused.
    static models::Result<RefreshClaim>
    claimRefresh(SqlSession &session, const QByteArray &refreshHash, const QDateTime &now);
    // Ends every session descending from one sign-in.
    static models::Status revokeFamily(SqlSession &session, const QByteArray &familyId);
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
