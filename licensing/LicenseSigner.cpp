#include "licensing/LicenseSigner.h"

#include "licensing/Base64Url.h"
#include "licensing/Logging.h"
#include "licensing/Paserk.h"
#include "licensing/Paseto.h"

#include <sodium.h>

namespace sphair::licensing {

QByteArray LicenseSigner::implicitAssertion()
{
    return QByteArrayLiteral("sphair-license-v1");
}

QByteArray LicenseSigner::footerFor(const QString &kid)
{
    return QByteArrayLiteral("{\"kid\":\"") + kid.toLatin1() + QByteArrayLiteral("\"}");
}

QByteArray LicenseSigner::tokenHash(QByteArrayView token)
{
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(token.data()),
                       static_cast<unsigned long long>(token.size()), nullptr, 0);
    return Base64Url::encode(QByteArrayView(reinterpret_cast<const char *>(hash), sizeof hash));
}

models::Result<SignedLicense> LicenseSigner::signWithKey(const SigningKey &key, const QString &kid,
                                                         const LicenseClaims &claims,
                                                         const QDateTime &now,
                                                         const models::TierPolicy &policy)
{
    if (key.isNull() || Paserk::publicId(key.publicKey()) != kid) {
        return models::Error {
            QStringLiteral("seed_mismatch"),
            tr("The signing key does not match key id %1; nothing was signed.").arg(kid),
            {{QStringLiteral("kid"), kid}}};
    }
    if (auto valid = claims.validate(policy, now); !valid)
        return valid.error();

    const QByteArray payload = claims.toJson();
    const QByteArray footer = footerFor(kid);
    auto token = Paseto::signV4Public(key, payload, footer, implicitAssertion());
    if (!token)
        return token.error();

    // A signature is only handed out once it verifies: a fault while signing (bad memory, a
    // glitch) must never produce a license that fails in the field or leaks key bits.
    auto check = Paseto::verifyV4Public(token.value(), key.publicKey(), implicitAssertion());
    if (!check || check->payload != payload || check->footer != footer) {
        qCCritical(lcLicensing) << "a freshly made signature did not verify; discarded";
        return models::Error {QStringLiteral("self_check_failed"),
                              tr("The new signature did not verify and was discarded. Nothing "
                                 "was issued; try again, and report this if it repeats."),
                              {}};
    }
    SignedLicense signedLicense;
    signedLicense.tokenHash = tokenHash(token.value());
    signedLicense.token = std::move(token).value();
    signedLicense.claims = claims;
    signedLicense.kid = kid;
    return signedLicense;
}

} // namespace sphair::licensing
