#pragma once

#include "models/domain/LicenseRecord.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::licensing {

// The claims of a SPHAiR license token (DESIGN.md §3).
//
// toJson() writes the claims in a fixed order with RFC 3339 UTC times ("…Z", whole seconds).
// parse() is strict and is only ever called on bytes whose signature has been verified:
// duplicate or unknown keys, wrong types, unknown tiers or features, user counts outside the
// tier's range, nbf after exp and iat in the future are all refused. Every refusal carries a
// machine code and a sentence a salesperson understands.
struct LicenseClaims
{
    QString issuer; // iss
    QUuid companyId; // sub
    QUuid licenseId; // jti
    QDateTime issuedAt; // iat
    QDateTime notBefore; // nbf
    QDateTime expiresAt; // exp
    QString companyCode; // company_code
    models::Tier tier = models::Tier::Small;
    int maxUsers = 0; // max_users
    QStringList features; // features, sorted, no duplicates
    int graceDays = 0; // grace_days
    std::optional<QUuid> supersedes;
    quint64 seq = 0; // per-key issue counter, 1 for the first token of a key
    QByteArray prev; // base64url BLAKE2b-256 of the previous token; empty if seq==1

    static constexpr int kMaxGraceDays = 90;
    static constexpr qint64 kClockSkewSeconds = qint64(5) * 60;

    QByteArray toJson() const;

    // Checks the claims against the tier policy and the time `now` (iat may be at most five
    // minutes ahead of now). Does not check expiry: that is the verifier's decision.
    models::Status validate(const models::TierPolicy &policy, const QDateTime &now) const;

    static models::Result<LicenseClaims>
    parse(QByteArrayView json, const QDateTime &now,
          const models::TierPolicy &policy = models::TierPolicy::defaults());

    // The license as the platform records it once registered: these claims, signed by `kid`,
    // as `token`, status active (the caller decides otherwise).
    models::LicenseRecord toRecord(const QString &kid, const QByteArray &token) const;

    // Shape rules for a company code: 2–32 characters, A–Z, 0–9 and '-', starting with a
    // letter.
    static bool isValidCompanyCode(QStringView code);

    bool operator==(const LicenseClaims &other) const;
};

// RFC 3339 helpers shared by claims, .lic headers and the CLI.
QString toRfc3339(const QDateTime &time);
// Accepts only "YYYY-MM-DDTHH:MM:SSZ" (UTC, whole seconds); invalid QDateTime otherwise.
QDateTime fromRfc3339(QStringView text);

} // namespace sphair::licensing
