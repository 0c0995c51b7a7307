#include "models/domain/LicenseRecord.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

const EnumCode<LicenseRecordStatus> kStatusCodes[] = {
    {LicenseRecordStatus::Active, "active"},
    {LicenseRecordStatus::Superseded, "superseded"},
    {LicenseRecordStatus::Revoked, "revoked"},
    {LicenseRecordStatus::Expired, "expired"},
};

} // namespace

QString licenseRecordStatusCode(LicenseRecordStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<LicenseRecordStatus> licenseRecordStatusFromCode(QStringView code)
{
    return valueOf(kStatusCodes, code);
}

QStringList licenseRecordStatusCodes()
{
    return codesOf(kStatusCodes);
}

QDateTime LicenseRecord::graceEndsAt() const
{
    // Days of 24 hours, not calendar days: the wire is UTC, where the two agree.
    return expiresAt.addDays(graceDays);
}

LicenseDisplayStatus LicenseRecord::displayStatus(const QDateTime &now,
                                                  int expiringWithinDays) const
{
    switch (status) {
    case LicenseRecordStatus::Revoked:
        return LicenseDisplayStatus::Revoked;
    case LicenseRecordStatus::Superseded:
        return LicenseDisplayStatus::Superseded;
    case LicenseRecordStatus::Expired:
        return LicenseDisplayStatus::Expired;
    case LicenseRecordStatus::Active:
        break;
    }
    if (now < notBefore)
        return LicenseDisplayStatus::Scheduled;
    if (now < expiresAt) {
        const QDateTime warnFrom = expiresAt.addDays(-expiringWithinDays);
        return now >= warnFrom && expiringWithinDays > 0 ? LicenseDisplayStatus::Expiring
                                                         : LicenseDisplayStatus::Active;
    }
    if (now < graceEndsAt())
        return LicenseDisplayStatus::Grace;
    return LicenseDisplayStatus::Expired;
}

Result<LicenseRecord> LicenseRecord::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    LicenseRecord license;
    license.id = in.uuid(u"id");
    license.companyId = in.uuid(u"company_id");
    license.companyCode = in.optionalString(u"company_code");
    license.kid = in.string(u"kid");
    license.seq = in.integer(u"seq", 0);
    license.tier = in.tier(u"tier");
    license.maxUsers = static_cast<int>(in.integer(u"max_users", 0, WireReader::kMaxInt));
    license.features = in.strings(u"features");
    license.issuedAt = in.time(u"issued_at");
    license.notBefore = in.time(u"not_before");
    license.expiresAt = in.time(u"expires_at");
    license.graceDays = static_cast<int>(in.integer(u"grace_days", 0, WireReader::kMaxInt));
    license.supersedes = in.optionalUuid(u"supersedes");
    license.status = in.code<LicenseRecordStatus>(u"status", licenseRecordStatusFromCode,
                                                  licenseRecordStatusCodes());
    license.revokedAt = in.optionalTime(u"revoked_at");
    license.revokeReason = in.optionalString(u"revoke_reason");
    license.token = in.optionalString(u"token");
    if (!in.ok())
        return in.error();
    return license;
}

QJsonObject LicenseRecord::toJson() const
{
    return WireWriter()
        .uuid(u"id", id)
        .uuid(u"company_id", companyId)
        .optionalText(u"company_code", companyCode)
        .text(u"kid", kid)
        .integer(u"seq", seq)
        .text(u"tier", tierCode(tier))
        .integer(u"max_users", maxUsers)
        .strings(u"features", features)
        .time(u"issued_at", issuedAt)
        .time(u"not_before", notBefore)
        .time(u"expires_at", expiresAt)
        .integer(u"grace_days", graceDays)
        .uuid(u"supersedes", supersedes)
        .text(u"status", licenseRecordStatusCode(status))
        .time(u"revoked_at", revokedAt)
        .optionalText(u"revoke_reason", revokeReason)
        .optionalText(u"token", token)
        .object();
}

Status LicenseRecord::validate(const TierPolicy &policy) const
{
    using namespace Validation;
    if (id.isNull())
        return missingField(QStringLiteral("id"));
    if (companyId.isNull())
        return missingField(QStringLiteral("company_id"));
    if (!companyCode.isEmpty()) {
        if (auto check = checkCompanyCode(QStringLiteral("company_code"), companyCode); !check)
            return check;
    }
    if (!kid.startsWith(QLatin1String("k4.pid.")) || kid.size() <= 7) {
        return invalidField(
            QStringLiteral("kid"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::LicenseRecord",
                                        "“kid” must be a PASERK key id starting with “k4.pid.”."));
    }
    if (auto check = checkRange(QStringLiteral("seq"), seq, 1, WireReader::kMaxJsonInteger); !check)
        return check;
    if (auto check = checkTierUsers(tier, maxUsers, policy); !check)
        return check;
    if (auto check = checkFeatureCodes(QStringLiteral("features"), features); !check)
        return check;
    if (auto check = checkRange(QStringLiteral("grace_days"), graceDays, 0, kMaxGraceDays); !check)
        return check;
    if (notBefore > expiresAt) {
        return invalidField(QStringLiteral("not_before"), QStringLiteral("order"),
                            QCoreApplication::translate("sphair::models::LicenseRecord",
                                                        "The license starts after it expires."));
    }
    if (issuedAt > expiresAt) {
        return invalidField(
            QStringLiteral("issued_at"), QStringLiteral("order"),
            QCoreApplication::translate("sphair::models::LicenseRecord",
                                        "The license was issued after it expires."));
    }
    if (supersedes == id) {
        return invalidField(QStringLiteral("supersedes"), QStringLiteral("format"),
                            QCoreApplication::translate("sphair::models::LicenseRecord",
                                                        "A license cannot supersede itself."));
    }
    const bool revoked = status == LicenseRecordStatus::Revoked;
    if (revoked != revokedAt.isValid()) {
        return invalidField(
            QStringLiteral("revoked_at"),
            revoked ? QStringLiteral("missing") : QStringLiteral("not_allowed"),
            revoked ? QCoreApplication::translate(
                "sphair::models::LicenseRecord", "A revoked license needs the time it was revoked.")
                    : QCoreApplication::translate("sphair::models::LicenseRecord",
                                                  "Only a revoked license has a revocation time."));
    }
    if (auto check =
            checkLength(QStringLiteral("revoke_reason"), revokeReason, 0, kMaxRevokeReasonLength);
        !check)
        return check;
    if (!token.isEmpty() && !token.startsWith(QLatin1String("v4.public."))) {
        return invalidField(
            QStringLiteral("token"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::LicenseRecord",
                                        "The token must be a PASETO v4.public token."));
    }
    return {};
}

bool LicenseRecord::operator==(const LicenseRecord &other) const
{
    return id == other.id && companyId == other.companyId && companyCode == other.companyCode
        && kid == other.kid && seq == other.seq && tier == other.tier && maxUsers == other.maxUsers
        && features == other.features && issuedAt == other.issuedAt && notBefore == other.notBefore
        && expiresAt == other.expiresAt && graceDays == other.graceDays
        && supersedes == other.supersedes && status == other.status && revokedAt == other.revokedAt
        && revokeReason == other.revokeReason && token == other.token;
}

} // namespace sphair::models
