#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sphair::models {

// Whether the platform accepts new licenses signed by an issuer key. Wire codes: "active",
// "retired" (no new licenses; the ones it signed stay valid), "revoked" (compromised: nothing
// it signed is trusted).
enum class IssuerKeyStatus { Active, Retired, Revoked };

QString issuerKeyStatusCode(IssuerKeyStatus status);
std::optional<IssuerKeyStatus> issuerKeyStatusFromCode(QStringView code);
QStringList issuerKeyStatusCodes();
QString issuerKeyStatusDisplayName(IssuerKeyStatus status);

// A public key the platform trusts to sign licenses, with the limits on what it may sign.
//
// Required on input: public_key, label, valid_from, max_tier, max_users_cap. Optional: kid
// (the server derives it from the public key and refuses a mismatch), status (active),
// valid_until (null: open-ended), allowed_features (null: the whole catalog), last_seq (0).
struct IssuerKey
{
    QString kid; // "k4.pid.…"
    QString publicKey; // public_key, "k4.public.…" (PASERK)
    QString label; // 1–100 characters, one line
    IssuerKeyStatus status = IssuerKeyStatus::Active;
    QDateTime validFrom; // valid_from
    QDateTime validUntil; // valid_until; invalid when open-ended
    Tier maxTier = Tier::Large; // max_tier: the highest tier it may sign
    int maxUsersCap = 0; // max_users_cap
    std::optional<QStringList> allowedFeatures; // allowed_features; nullopt: any
    qint64 lastSeq = 0; // last_seq: the highest seq registered

    static constexpr int kMaxLabelLength = 100;

    // May this key sign a license with these terms, issued at `issuedAt`? Refusals:
    // "key_not_active" (retired or revoked), "key_not_valid_at" (outside the validity
    // window), "key_cap_exceeded" (tier, users or a feature beyond the caps; details.field
    // names which).
    Status permits(Tier tier, int maxUsers, const QStringList &features,
                   const QDateTime &issuedAt) const;
    // Is the key valid at `receivedAt`, when the platform receives a license it signed? Checked
    // besides permits(), so that a back-dated iat cannot stretch a key past its validity:
    // "key_not_valid_at" with details.received_at.
    Status acceptsAt(const QDateTime &receivedAt) const;
    // validFrom <= time < validUntil (or open-ended).
    bool isValidAt(const QDateTime &time) const;

    static Result<IssuerKey> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    Status validate() const;

    bool operator==(const IssuerKey &other) const;
    bool operator!=(const IssuerKey &other) const { return !(*this == other); }

private:
    // "key_not_valid_at" with the time that was checked as details.`field`.
    Error notValidAt(const QString &field, const QDateTime &time, const QString &message) const;
};

} // namespace sphair::models
