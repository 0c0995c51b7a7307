#pragma once

#include "licensing/LicenseClaims.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sphair::licensing {

// A `.lic` file: human-readable header lines that nobody should trust, then the token.
//
//   # SPHAiR license — the lines above the token are informational and not signed.
//   Company: ACME (Acme Mining Ltd)
//   Tier: medium
//   Users: 25
//   Expires: 2027-11-22T00:00:00Z
//
//   v4.public.…
//
// Readers take only the token; headersDisagreeWith() names headers that contradict it.
struct LicenseFile
{
    QMap<QString, QString> headers; // header name -> value, as read
    QByteArray token;

    // Headers derived from verified claims (company code, tier, users, expiry, license id).
    static QMap<QString, QString> headersFor(const LicenseClaims &claims,
                                             const QString &companyName = {});

    QByteArray serialize() const;
    // "malformed_license_file" when there is no token line or more than one.
    static models::Result<LicenseFile> parse(QByteArrayView text);

    // One sentence per header that disagrees with the verified claims (translated).
    QStringList headersDisagreeWith(const LicenseClaims &claims) const;
};

} // namespace sphair::licensing
