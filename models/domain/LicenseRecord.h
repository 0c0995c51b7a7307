#pragma once

#include "models/domain/LicenseDisplayStatus.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::models {

// The stored state of a registered license. Wire codes: "active", "superseded" (renewed by a
// token that supersedes it), "revoked", "expired" (past its grace days, set by the server).
enum class LicenseRecordStatus { Active, Superseded, Revoked, Expired };

QString licenseRecordStatusCode(LicenseRecordStatus status);
std::optional<LicenseRecordStatus> licenseRecordStatusFromCode(QStringView code);
QStringList licenseRecordStatusCodes();

// A license the platform has registered: the verified claims of its token, where it stands,
// and the token itself (so it can be exported again as a .lic file).
//
// Required on input: id, company_id, kid, seq, tier, max_users, features, issued_at,
// not_before, expires_at, grace_days, status. Optional: company_code, supersedes, revoked_at,
// revoke_reason, token (lists may leave the token out). fromJson checks shape only;
// validate() checks the rules of DESIGN.md §3.
struct LicenseRecord
{
    QUuid id; // the token's jti
    QUuid companyId; // company_id: the token's sub
    QString companyCode; // company_code, optional on input
    QString kid; // the issuer key's "k4.pid.…"
    qint64 seq = 0; // the key's issue counter, ≥ 1
    Tier tier = Tier::Small;
    int maxUsers = 0; // max_users
    QStringList features; // catalog codes
    QDateTime issuedAt; // issued_at (iat)
    QDateTime notBefore; // not_before (nbf)
    QDateTime expiresAt; // expires_at (exp): valid while now < expires_at
    int graceDays = 0; // grace_days: still honoured this long after expires_at
    QUuid supersedes; // the jti this one renews; null when none
    LicenseRecordStatus status = LicenseRecordStatus::Active;
    QDateTime revokedAt; // revoked_at, set exactly when revoked
    QString revokeReason; // revoke_reason
    QString token; // "v4.public.…", verbatim

    static constexpr int kDefaultExpiringDays = 30;
    static constexpr int kMaxGraceDays = 90;
    static constexpr int kMaxRevokeReasonLength = 500;

    // expires_at + grace_days.
    QDateTime graceEndsAt() const;
    // How the license stands at `now`: revoked and superseded as stored; otherwise scheduled
    // before not_before, expiring when expires_at is at most `expiringWithinDays` away, in
    // grace from expires_at until graceEndsAt(), and expired from then on (or when stored
    // as expired).
    LicenseDisplayStatus displayStatus(const QDateTime &now,
                                       int expiringWithinDays = kDefaultExpiringDays) const;

    static Result<LicenseRecord> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    Status validate(const TierPolicy &policy = TierPolicy::defaults()) const;

    bool operator==(const LicenseRecord &other) const;
    bool operator!=(const LicenseRecord &other) const { return !(*this == other); }
};

} // namespace sphair::models
