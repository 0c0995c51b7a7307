#pragma once

#include "licensing/Ed25519Keys.h"
#include "licensing/LicenseClaims.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace sphair::licensing {

enum class LicenseState {
    Valid, // nbf <= now < exp
    InGrace, // exp <= now < exp + grace_days
};

struct VerifiedLicense
{
    LicenseClaims claims;
    QString kid;
    QByteArray token;
    LicenseState state = LicenseState::Valid;
};

// Verifies license tokens against trusted issuer public keys, looked up by the kid in the
// footer. The bytes are verified as received; claims are parsed strictly afterwards.
// Error codes: "malformed_token", "unsupported_token", "bad_footer", "unknown_key",
// "bad_signature", claim codes of LicenseClaims::parse, "license_not_yet_valid",
// "license_expired".
class LicenseVerifier
{
    Q_DECLARE_TR_FUNCTIONS(sphair::licensing::LicenseVerifier)
public:
    struct Options
    {
        bool checkValidityWindow = true;
    };

    explicit LicenseVerifier(models::TierPolicy policy = models::TierPolicy::defaults());

    QString addTrustedKey(const PublicKey &key); // returns its kid
    models::Result<QString> addTrustedKey(QByteArrayView publicPaserk);
    bool isTrusted(const QString &kid) const { return m_keys.contains(kid); }

    models::Result<VerifiedLicense> verify(QByteArrayView token, const QDateTime &now,
                                           Options options) const;
    models::Result<VerifiedLicense> verify(QByteArrayView token, const QDateTime &now) const
    {
        return verify(token, now, Options {});
    }

    // The kid named in a token's footer, unverified ("bad_footer" when absent or malformed).
    static models::Result<QString> kidOf(QByteArrayView token);

private:
    QHash<QString, PublicKey> m_keys;
    models::TierPolicy m_policy;
};

} // namespace sphair::licensing
