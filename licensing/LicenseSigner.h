#pragma once

#include "licensing/KeyVault.h"
#include "licensing/LicenseClaims.h"
#include "models/domain/Result.h"

#include <QObject>

#include <functional>

namespace sphair::licensing {

// A license token together with the claims it carries.
struct SignedLicense
{
    QByteArray token;
    LicenseClaims claims;
    QString kid;
    QByteArray tokenHash; // BLAKE2b-256 of the token, base64url
};

// Signs license claims with an issuer key from the vault. Sets iat, seq and prev (the key's
// chain), verifies every signature before returning it, and refuses to sign when the clock is
// behind the key's last iat ("clock_behind"), when the keychain is unavailable, or when the
// seed does not match the kid.
class LicenseSigner : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    static QByteArray implicitAssertion(); // "sphair-license-v1", never transmitted
    static QByteArray footerFor(const QString &kid);
    static QByteArray tokenHash(QByteArrayView token);

    explicit LicenseSigner(KeyVault *vault, Clock clock = {}, QObject *parent = nullptr);

    void setTierPolicy(const models::TierPolicy &policy) { m_policy = policy; }

    void sign(const QString &kid, LicenseClaims draft,
              std::function<void(models::Result<SignedLicense>)> done);

    // The synchronous core, without the vault: `claims` must already carry iat, seq and prev.
    static models::Result<SignedLicense> signWithKey(const SigningKey &key, const QString &kid,
                                                     const LicenseClaims &claims,
                                                     const QDateTime &now,
                                                     const models::TierPolicy &policy);

private:
    QPointer<KeyVault> m_vault;
    Clock m_clock;
    models::TierPolicy m_policy;
};

} // namespace sphair::licensing
