#pragma once

#include "models/domain/LicenseRecord.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"
#include "server/services/LicenseRegistrar.h"
#include "server/services/ServiceContext.h"
#include "server/store/LicenseStore.h"

#include <QByteArray>
#include <functional>

namespace sphair::server {

// The registered licenses: lists, registration (LicenseRegistrar's rules) and revocation,
// each change in one operator transaction with its audit row.
class LicenseService
{
public:
    // Checks the stored version of the license about to change (the route's If-Match); a
    // failure stops the change.
    using VersionCheck = std::function<models::Status(qint64 currentVersion)>;

    explicit LicenseService(ServiceContext &context)
        : m_context(context)
    { }

    // Licenses matching `filter`, newest first, with their total; tokens left out and
    // nextCursor left to the caller.
    models::Result<models::Page<models::LicenseRecord>> list(const LicenseStore::Filter &filter,
                                                             qint64 offset, int limit) const;
    // Active licenses that expire within `days` days, soonest first, as list().
    models::Result<models::Page<models::LicenseRecord>> expiring(qint64 days, qint64 offset,
                                                                 int limit) const;
    // not_found for an unknown id.
    models::Result<LicenseStore::Stored> find(const QUuid &id) const;
    // Registers `token` exactly as received (never re-serialised).
    models::Result<LicenseRegistrar::Registration> registerToken(const QByteArray &token,
                                                                 const Actor &actor) const;
    // Revokes an active license; a revoked or superseded one is refused.
    models::Result<LicenseStore::Stored> revoke(const QUuid &id, const QString &reason,
                                                const VersionCheck &check,
                                                const Actor &actor) const;

    static models::Error licenseNotFound();

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
