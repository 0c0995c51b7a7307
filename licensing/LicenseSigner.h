#pragma once

#include "licensing/Ed25519Keys.h"
#include "licensing/LicenseClaims.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sphair::licensing {

// A license token together with the claims it carries.
struct SignedLicense
{
    QByteArray token;
    LicenseClaims claims;
    QString kid;
    QByteArray tokenHash; // BLAKE2b-256 of the token, base64url
};

// The signing core, with the key in hand and no keychain: what the server's sandbox and the
// tests sign with directly, and what VaultSigner (licensing/vault/) calls once the vault has
// handed out the key. Verifies every signature before returning it.
class LicenseSigner
{
    Q_DECLARE_TR_FUNCTIONS(sphair::licensing::LicenseSigner)
public:
    static QByteArray implicitAssertion(); // "sphair-license-v1", never transmitted
    static QByteArray footerFor(const QString &kid);
    static QByteArray tokenHash(QByteArrayView token);

    // `claims` must already carry iat, seq and prev. "seed_mismatch" when `key` is not the
    // key of `kid`; the claims' own validation errors when the policy refuses them.
    static models::Result<SignedLicense> signWithKey(const SigningKey &key, const QString &kid,
                                                     const LicenseClaims &claims,
                                                     const QDateTime &now,
                                                     const models::TierPolicy &policy);
};

} // namespace sphair::licensing
