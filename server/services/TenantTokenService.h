#pragma once

#include "models/domain/IssuedTenantToken.h"
#include "models/domain/Result.h"
#include "models/domain/TenantTokenList.h"
#include "server/services/ServiceContext.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The tenant API tokens of a company: listing, issuing and revoking them, each change in one
// operator transaction with its audit row. Only a token's hash is stored; its public id is
// the first 32 hex digits of that hash, written as a UUID.
class TenantTokenService
{
public:
    explicit TenantTokenService(ServiceContext &context)
        : m_context(context)
    { }

    QDateTime now() const { return m_context.now(); }

    // not_found for an unknown company.
    models::Result<models::TenantTokenList> list(const QUuid &companyId) const;
    // A new token for the company (not a deleted one); the answer is the only place its secret
    // is ever shown. An invalid expiresAt: until revoked.
    models::Result<models::IssuedTenantToken> issue(const QUuid &companyId, const QString &label,
                                                    const QDateTime &expiresAt,
                                                    const Actor &actor) const;
    // Revokes the company's live token whose id is `tokenId` (a canonical lowercase UUID).
    models::Status revoke(const QUuid &companyId, const QString &tokenId, const Actor &actor) const;

    // The tenant behind a live token (its hash); none for an unknown, expired or revoked
    // token, company_suspended when its company is not active. Runs as operator: the tenant
    // is not known until the token is looked up.
    models::Result<std::optional<TenantActor>> tenantActor(const QByteArray &tokenHash) const;

    static models::Error tokenNotFound();

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
