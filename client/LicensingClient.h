#pragma once

#include "client/AreaClient.h"
#include "client/Queries.h"
#include "models/domain/IssuerKey.h"
#include "models/domain/LicenseRecord.h"
#include "models/domain/LicenseRegistrationResult.h"
#include "models/domain/Page.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace sphair::client {

// The licensing area of the admin API: registered licenses and the issuer keys that sign
// them. A light handle on the engine, like every area client.
class LicensingClient : public AreaClient
{
public:
    using AreaClient::AreaClient;

    ApiCall *license(const QUuid &id, Callback<Versioned<models::LicenseRecord>> done) const;
    // `token` exactly as signed ("v4.public.…"); never logged.
    ApiCall *registerLicense(const QString &token,
                             Callback<models::LicenseRegistrationResult> done) const;
    ApiCall *revokeLicense(const QUuid &id, const QString &reason, const QByteArray &etag,
                           Callback<Versioned<models::LicenseRecord>> done) const;

    ApiCall *registerIssuerKey(const models::IssuerKey &key,
                               Callback<Versioned<models::IssuerKey>> done) const;
    ApiCall *issuerKey(const QString &kid, Callback<Versioned<models::IssuerKey>> done) const;
    // PUT /admin/keys/{kid} (key.kid names it; `etag` from issuerKey(), If-Match): label,
    // validity, caps and status (retire with status Retired; Revoked is final, and a revoked
    // key cannot come back: "key_revoked"). The public key cannot change.
    ApiCall *updateIssuerKey(const models::IssuerKey &key, const QByteArray &etag,
                             Callback<Versioned<models::IssuerKey>> done) const;
};

} // namespace sphair::client
