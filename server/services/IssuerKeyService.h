#pragma once

#include "models/domain/IssuerKey.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"
#include "server/store/IssuerKeyStore.h"

#include <functional>

namespace sphair::server {

// The issuer keys trusted to sign licenses: listing, registering and changing them, each
// change in one operator transaction with its audit row. A revoked key stays revoked.
class IssuerKeyService
{
public:
    // Checks the stored version of the key about to change (the route's If-Match); a failure
    // stops the change.
    using VersionCheck = std::function<models::Status(qint64 currentVersion)>;
    // The changed key, built from the stored one while its row is locked; a failure stops the
    // change.
    using KeyChange = std::function<models::Result<models::IssuerKey>(const models::IssuerKey &)>;

    explicit IssuerKeyService(ServiceContext &context)
        : m_context(context)
    { }

    // Keys with `status` (all when empty) and their total; nextCursor is left to the caller.
    models::Result<models::Page<models::IssuerKey>> list(const QString &status, qint64 offset,
                                                         int limit) const;
    // not_found for an unknown kid.
    models::Result<IssuerKeyStore::Stored> find(const QString &kid) const;
    // Registers a new key (kid derived from its public key); conflict when it is registered.
    models::Result<IssuerKeyStore::Stored> create(const models::IssuerKey &key,
                                                  const Actor &actor) const;
    models::Result<IssuerKeyStore::Stored> update(const QString &kid, const VersionCheck &check,
                                                  const KeyChange &change,
                                                  const Actor &actor) const;

    static models::Error keyNotFound();

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
