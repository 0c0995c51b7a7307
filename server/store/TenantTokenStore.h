#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace sphair::server {

// A tenant API token as stored: only its hash (lowercase hex of SessionTokens::hash) is kept.
struct TenantTokenRecord
{
    QString hashHex;
    QString label;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires
};

// The tenant_tokens table, inside the caller's transaction. Every statement names the
// company, so a tenant's tokens are reached only through their company.
class TenantTokenStore
{
public:
    // The company a live token (not revoked, not expired at `now`) belongs to, with that
    // company's status; nullopt for an unknown, revoked or expired token.
    struct Holder
    {
        QUuid companyId;
        QString companyStatus;
    };
    static models::Result<std::optional<Holder>>
    holderOf(SqlSession &session, const QString &hashHex, const QDateTime &now);

    // The company's tokens that are not revoked, oldest first.
    static models::Result<QList<TenantTokenRecord>> list(SqlSession &session,
                                                         const QUuid &companyId);
    // Inserts a token and returns it as stored (with its creation time).
    static models::Result<TenantTokenRecord> insert(SqlSession &session, const QUuid &companyId,
                                                    const QString &hashHex, const QString &label,
                                                    const QDateTime &expiresAt);
    // The company's live token whose hash starts with `hashPrefix`: the first 32 hex digits,
    // which are the token's public id.
    static models::Result<std::optional<TenantTokenRecord>>
    findByPrefix(SqlSession &session, const QUuid &companyId, const QString &hashPrefix);
    static models::Status revoke(SqlSession &session, const QUuid &companyId,
                                 const QString &hashHex);
};

} // namespace sphair::server
