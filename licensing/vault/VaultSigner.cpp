#include "licensing/vault/VaultSigner.h"

#include "licensing/Logging.h"

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

VaultSigner::VaultSigner(KeyVault *vault, Clock clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
}

void VaultSigner::sign(const QString &kid, LicenseClaims draft,
                       std::function<void(models::Result<SignedLicense>)> done)
{
    if (!m_vault) {
        done(models::Error {QStringLiteral("no_vault"), tr("No key vault is open."), {}});
        return;
    }
    if (!m_vault->key(kid)) {
        done(KeyVault::keyNotFound(kid));
        return;
    }
    if (keysInUse().contains(kid)) {
        done(models::Error {QStringLiteral("key_busy"),
                            tr("Another license is being signed with this key; try again when it "
                               "is done."),
                            {}});
        return;
    }

    keysInUse().insert(kid);
    m_vault->loadSigningKey(
        kid,
        [this, kid, draft, vault = m_vault,
         done = std::move(done)](models::Result<SigningKey> key) mutable {
            keysInUse().remove(kid);
            if (!key) {
                done(key.error());
                return;
            }
            if (!vault) {
                done(models::Error {QStringLiteral("no_vault"), tr("No key vault is open."), {}});
                return;
            }
            // From reading the chain to recording the new token, no other process signs with
            // these keys; the chain is read inside the lock, as the last process left it.
            auto lock = vault->lockChain();
            if (!lock) {
                done(lock.error());
                return;
            }
            done(signLocked(*vault, key.value(), kid, std::move(draft)));
        });
}

models::Result<SignedLicense> VaultSigner::signLocked(KeyVault &vault, const SigningKey &key,
                                                      const QString &kid, LicenseClaims draft)
{
    const auto info = vault.key(kid);
    if (!info)
        return KeyVault::keyNotFound(kid);
    const QDateTime now = wholeSecondsUtc(m_clock());
    if (info->lastIssuedAt.isValid() && now < info->lastIssuedAt) {
        return models::Error {
            QStringLiteral("clock_behind"),
            tr("This computer's clock (%1) is behind the last license signed with this key "
               "(%2). Correct the clock before signing.")
                .arg(toRfc3339(now), toRfc3339(info->lastIssuedAt)),
            {{QStringLiteral("now"), toRfc3339(now)},
             {QStringLiteral("last_iat"), toRfc3339(info->lastIssuedAt)}}};
    }
    draft.issuedAt = now;
    if (!draft.notBefore.isValid())
        draft.notBefore = now;
    if (draft.licenseId.isNull())
        draft.licenseId = QUuid::createUuid();
    draft.seq = info->seq + 1;
    draft.prev = draft.seq > 1 ? info->lastTokenHash : QByteArray();

    auto result = LicenseSigner::signWithKey(key, kid, draft, now, m_policy);
    if (!result)
        return result;
    // If the chain state cannot be saved the token is withheld: handing it out would let the
    // next token reuse its seq.
    if (auto recorded =
            vault.recordIssued(kid, result->claims.seq, result->claims.issuedAt, result->tokenHash);
        !recorded)
        return recorded.error();
    qCInfo(lcLicensing) << "signed license" << result->claims.licenseId << "with key" << kid
                        << "seq" << result->claims.seq;
    return result;
}

} // namespace sphair::licensing
