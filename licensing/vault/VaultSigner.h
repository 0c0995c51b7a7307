#pragma once

#include "licensing/LicenseClaims.h"
#include "licensing/LicenseSigner.h"
#include "licensing/vault/KeyVault.h"
#include "models/domain/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sphair::licensing {

// Signs license claims with an issuer key from the vault. Sets iat, seq and prev (the key's
// chain), signs through LicenseSigner::signWithKey, and refuses to sign when the clock is
// behind the key's last iat ("clock_behind"), when the keychain is unavailable, or when the
// seed does not match the kid. The chain is read and written under KeyVault::lockChain(), so
// two processes signing with one key never take the same seq.
class VaultSigner : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit VaultSigner(KeyVault *vault, Clock clock = {}, QObject *parent = nullptr);

    void setTierPolicy(const models::TierPolicy &policy) { m_policy = policy; }

    void sign(const QString &kid, LicenseClaims draft,
              std::function<void(models::Result<SignedLicense>)> done);

private:
    // Reads the chain, signs and records, holding the vault's chain lock.
    models::Result<SignedLicense> signLocked(KeyVault &vault, const SigningKey &key,
                                             const QString &kid, LicenseClaims draft);

    QPointer<KeyVault> m_vault;
    Clock m_clock;
    models::TierPolicy m_policy;
};

} // namespace sphair::licensing
