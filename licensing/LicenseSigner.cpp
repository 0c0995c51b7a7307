#include "licensing/LicenseSigner.h"

#include "licensing/Base64Url.h"
#include "licensing/Logging.h"
#include "licensing/Paseto.h"

#include <sodium.h>

#include <QSet>

namespace sphair::licensing {

namespace {

QDateTime wholeSecondsUtc(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

// Keys with a signature under way in this process: two concurrent signs with one key would
// both take the same seq and fork the chain.
QSet<QString> &keysInUse()
{
    static QSet<QString> kids;
    return kids;
}

} // namespace

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

LicenseSigner::LicenseSigner(KeyVault *vault, Clock clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
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

void LicenseSigner::sign(const QString &kid, LicenseClaims draft,
                         std::function<void(models::Result<SignedLicense>)> done)
{
    if (!m_vault) {
        done(models::Error {QStringLiteral("no_vault"), tr("No key vault is open."), {}});
        return;
    }
    const auto info = m_vault->key(kid);
    if (!info) {
        done(models::Error {QStringLiteral("key_not_found"),
                            tr("There is no issuer key \"%1\" on this computer.").arg(kid),
                            {{QStringLiteral("kid"), kid}}});
        return;
    }
    const QDateTime now = wholeSecondsUtc(m_clock());
    if (info->lastIssuedAt.isValid() && now < info->lastIssuedAt) {
        done(models::Error {
            QStringLiteral("clock_behind"),
            tr("This computer's clock (%1) is behind the last license signed with this key "
               "(%2). Correct the clock before signing.")
                .arg(toRfc3339(now), toRfc3339(info->lastIssuedAt)),
            {{QStringLiteral("now"), toRfc3339(now)},
             {QStringLiteral("last_iat"), toRfc3339(info->lastIssuedAt)}}});
        return;
    }
    if (keysInUse().contains(kid)) {
        done(models::Error {QStringLiteral("key_busy"),
                            tr("Another license is being signed with this key; try again when it "
                               "is done."),
                            {}});
        return;
    }

    draft.issuedAt = now;
    if (!draft.notBefore.isValid())
        draft.notBefore = now;
    if (draft.licenseId.isNull())
        draft.licenseId = QUuid::createUuid();
    draft.seq = info->seq + 1;
    draft.prev = draft.seq > 1 ? info->lastTokenHash : QByteArray();

    keysInUse().insert(kid);
    m_vault->loadSigningKey(kid,
                            [this, kid, draft, now, vault = m_vault,
                             done = std::move(done)](models::Result<SigningKey> key) {
                                keysInUse().remove(kid);
                                if (!key) {
                                    done(key.error());
                                    return;
                                }
                                auto result = signWithKey(key.value(), kid, draft, now, m_policy);
                                if (result && vault) {
                                    // If the chain state cannot be saved the token is withheld:
                                    // handing it out would let the next token reuse its seq.
                                    auto recorded = vault->recordIssued(kid, result->claims.seq,
                                                                        result->claims.issuedAt,
                                                                        result->tokenHash);
                                    if (!recorded) {
                                        done(recorded.error());
                                        return;
                                    }
                                    qCInfo(lcLicensing)
                                        << "signed license" << result->claims.licenseId
                                        << "with key" << kid << "seq" << result->claims.seq;
                                }
                                done(std::move(result));
                            });
}

} // namespace sphair::licensing
