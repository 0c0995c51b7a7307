#include "server/store/AdminAccounts.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

// An account's columns, from admin_accounts as `a`.
const QString kAccountColumns = QStringLiteral(
    "a.id AS id, a.username AS username, a.password_hash AS password_hash, a.role AS role, "
    "a.disabled AS disabled, a.must_change_password AS must_change_password, "
    "a.failed_logins AS failed_logins, a.locked_until AS locked_until");

AdminAccount accountFrom(const SqlRow &row)
{
    AdminAccount account;
    account.id = row.uuid(u"id");
    account.username = row.text(u"username");
    account.passwordHash = row.text(u"password_hash").toLatin1();
    account.role =
        models::adminRoleFromCode(row.text(u"role")).value_or(models::AdminRole::Support);
    account.disabled = row.boolean(u"disabled", true);
    account.mustChangePassword = row.boolean(u"must_change_password");
    account.failedLogins = static_cast<int>(row.int64(u"failed_logins"));
    account.lockedUntil = row.dateTime(u"locked_until");
    return account;
}

} // namespace

models::Result<AdminAccount> AdminAccounts::create(SqlSession &session, const QString &username,
                                                   const QByteArray &passwordHash,
                                                   models::AdminRole role, bool mustChangePassword)
{
    AdminAccount account;
    account.id = QUuid::createUuid();
    account.username = username;
    account.passwordHash = passwordHash;
    account.role = role;
    account.mustChangePassword = mustChangePassword;
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO admin_accounts (id, username, password_hash, role, "
                       "must_change_password) VALUES ($1, $2, $3, $4, $5)"),
        {account.id, username, QString::fromLatin1(passwordHash), models::adminRoleCode(role),
         mustChangePassword});
    if (!inserted)
        return inserted.error();
    return account;
}

models::Result<std::optional<AdminAccount>> AdminAccounts::findByUsername(SqlSession &session,
                                                                          const QString &username)
{
    return readOptional(session.queryOptional(QStringLiteral("SELECT ") + kAccountColumns
                                                  + QStringLiteral(" FROM admin_accounts a "
                                                                   "WHERE a.username = $1"),
                                              {username}),
                        accountFrom);
}

models::Status AdminAccounts::recordFailedLogin(SqlSession &session, const QUuid &accountId,
                                                const QDateTime &lockUntil)
{
    return session.perform(QStringLiteral("UPDATE admin_accounts SET failed_logins = "
                                          "failed_logins + 1, locked_until = $2 WHERE id = $1"),
                           {accountId, lockUntil});
}

models::Status AdminAccounts::recordSuccessfulLogin(SqlSession &session, const QUuid &accountId)
{
    return session.perform(QStringLiteral("UPDATE admin_accounts SET failed_logins = 0, "
                                          "locked_until = NULL WHERE id = $1"),
                           {accountId});
}

models::Status AdminAccounts::setPassword(SqlSession &session, const QUuid &accountId,
                                          const QByteArray &passwordHash)
{
    return session.perform(QStringLiteral("UPDATE admin_accounts SET password_hash = $2, "
                                          "must_change_password = false, version = version "
                                          "+ 1 WHERE id = $1"),
                           {accountId, QString::fromLatin1(passwordHash)});
}

models::Status AdminAccounts::setOneTimePassword(SqlSession &session, const QUuid &accountId,
                                                 const QByteArray &passwordHash)
{
    return session.perform(QStringLiteral("UPDATE admin_accounts SET password_hash = $2, "
                                          "must_change_password = true, failed_logins = 0, "
                                          "locked_until = NULL, version = version + 1 "
                                          "WHERE id = $1"),
                           {accountId, QString::fromLatin1(passwordHash)});
}

models::Status AdminAccounts::revokeSessions(SqlSession &session, const QUuid &accountId)
{
    return session.perform(
        QStringLiteral("UPDATE admin_sessions SET revoked = true WHERE account_id = $1"),
        {accountId});
}

models::Status AdminAccounts::revokeOtherSessions(SqlSession &session, const QUuid &accountId,
                                                  const QByteArray &keepTokenHash)
{
    return session.perform(QStringLiteral("UPDATE admin_sessions SET revoked = true WHERE "
                                          "account_id = $1 AND token_hash <> $2"),
                           {accountId, QString::fromLatin1(keepTokenHash.toHex())});
}

models::Result<int> AdminAccounts::countOpenSessions(SqlSession &session, const QDateTime &now)
{
    auto row = session.queryOne(
        QStringLiteral("SELECT COUNT(*) AS n FROM admin_sessions s JOIN admin_accounts a ON "
                       "a.id = s.account_id WHERE NOT s.revoked AND NOT a.disabled AND "
                       "(s.expires_at > $1 OR s.refresh_expires_at > $1)"),
        {now});
    if (!row)
        return row.error();
    return row->integer(u"n");
}

models::Status AdminAccounts::createSession(SqlSession &session, const NewSession &created)
{
    return session.perform(
        QStringLiteral("INSERT INTO admin_sessions (token_hash, account_id, expires_at, "
                       "refresh_hash, refresh_expires_at, family_id, signed_in_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7)"),
        {QString::fromLatin1(created.tokenHash.toHex()), created.accountId, created.expiresAt,
         QString::fromLatin1(created.refreshHash.toHex()), created.refreshExpiresAt,
         QString::fromLatin1(created.familyId.toHex()), created.signedInAt});
}

models::Result<std::optional<AdminAccounts::SessionRow>>
AdminAccounts::findSession(SqlSession &session, const QByteArray &tokenHash, const QDateTime &now)
{
    // The session's account, read as every account is, and when the session ends.
    const QString sql =
        QStringLiteral("SELECT %1, s.expires_at AS expires_at FROM admin_sessions s JOIN "
                       "admin_accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND "
                       "NOT s.revoked AND s.expires_at > $2 AND NOT a.disabled")
            .arg(kAccountColumns);
    return readOptional(session.queryOptional(sql, {QString::fromLatin1(tokenHash.toHex()), now}),
                        [](const SqlRow &row) {
                            const AdminAccount account = accountFrom(row);
                            return SessionRow {account.id, account.username, account.role,
                                               row.dateTime(u"expires_at"),
                                               account.mustChangePassword};
                        });
}

models::Result<AdminAccounts::RefreshClaim>
AdminAccounts::claimRefresh(SqlSession &session, const QByteArray &refreshHash,
                            const QDateTime &now)
{
    const QString hash = QString::fromLatin1(refreshHash.toHex());
    RefreshClaim claim;
    // One statement claims the token: a concurrent claim waits for this row and then finds it
    // used (PostgreSQL re-checks the WHERE clause; SQLite runs writers one at a time).
    auto claimed = session.queryOptional(
        QStringLiteral("UPDATE admin_sessions SET refresh_used_at = $2, revoked = true "
                       "WHERE refresh_hash = $1 AND refresh_used_at IS NULL AND NOT revoked "
                       "AND refresh_expires_at > $2 "
                       "RETURNING account_id, family_id, signed_in_at"),
        {hash, now});
    if (!claimed)
        return claimed.error();
    if (!claimed.value()) {
        auto used = session.queryOptional(
            QStringLiteral("SELECT account_id, family_id, refresh_used_at FROM admin_sessions "
                           "WHERE refresh_hash = $1 AND refresh_used_at IS NOT NULL"),
            {hash});
        if (!used)
            return used.error();
        if (used.value()) {
            claim.outcome = RefreshClaim::Outcome::Reused;
            claim.familyId = QByteArray::fromHex(used.value()->text(u"family_id").toLatin1());
            claim.usedAt = used.value()->dateTime(u"refresh_used_at");
            claim.account.accountId = used.value()->uuid(u"account_id");
        }
        return claim;
    }
    const SqlRow &row = *claimed.value();
    auto account = readOptional(
        session.queryOptional(QStringLiteral("SELECT ") + kAccountColumns
                                  + QStringLiteral(" FROM admin_accounts a WHERE a.id = $1 "
                                                   "AND NOT a.disabled"),
                              {row.uuid(u"account_id")}),
        accountFrom);
    if (!account)
        return account.error();
    if (!account.value())
        return claim;
    claim.outcome = RefreshClaim::Outcome::Claimed;
    claim.familyId = QByteArray::fromHex(row.text(u"family_id").toLatin1());
    claim.signedInAt = row.dateTime(u"signed_in_at");
    claim.account = SessionRow {account.value()->id,
                                account.value()->username,
                                account.value()->role,
                                {},
                                account.value()->mustChangePassword};
    return claim;
}

models::Status AdminAccounts::revokeFamily(SqlSession &session, const QByteArray &familyId)
{
    return session.perform(
        QStringLiteral("UPDATE admin_sessions SET revoked = true WHERE family_id = $1"),
        {QString::fromLatin1(familyId.toHex())});
}

models::Status AdminAccounts::revokeSession(SqlSession &session, const QByteArray &tokenHash)
{
    return session.perform(
        QStringLiteral("UPDATE admin_sessions SET revoked = true WHERE token_hash = $1"),
        {QString::fromLatin1(tokenHash.toHex())});
}

} // namespace sphair::server
