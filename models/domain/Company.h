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

// Whether a tenant may use the platform. Wire codes: "active", "suspended", "deleted" (soft
// delete: the rows stay for the audit trail).
enum class CompanyStatus { Active, Suspended, Deleted };

QString companyStatusCode(CompanyStatus status);
std::optional<CompanyStatus> companyStatusFromCode(QStringView code);
QStringList companyStatusCodes();
QString companyStatusDisplayName(CompanyStatus status);

// A tenant of the platform as the admin API sends and receives it.
//
// fromJson checks shape only (types, codes, UUID and time formats), so the console can read
// whatever a server with edited tier ranges sends; validate() checks the rules. Fields the
// server assigns (id, status, created_at, updated_at, version) and the read-only summary the
// companies table shows (user_count, license_status, license_expires_at) are optional on
// input, so a create request is the same object without them.
struct Company
{
    QUuid id;
    QString code; // e.g. "ACME-01": Validation::isCompanyCode
    QString name; // 1–200 characters, one line
    Tier tier = Tier::Small;
    int maxUsers = 0; // max_users, within the tier's range
    CompanyStatus status = CompanyStatus::Active;
    QString contactEmail; // contact_email
    QDateTime createdAt; // created_at
    QDateTime updatedAt; // updated_at
    qint64 version = 0; // bumped on every change; the ETag of the company

    // Read-only summary, written by the server, ignored on input.
    int userCount = 0; // user_count
    LicenseDisplayStatus licenseStatus = LicenseDisplayStatus::None; // license_status
    QDateTime licenseExpiresAt; // license_expires_at

    static constexpr int kMaxNameLength = 200;

    // The license_status codes a company summary may carry: none, active, expiring, grace,
    // expired, revoked (a not-yet-valid or superseded license is not a company's summary).
    static QStringList licenseStatusCodes();

    static Result<Company> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    Status validate(const TierPolicy &policy = TierPolicy::defaults()) const;

    bool operator==(const Company &other) const;
    bool operator!=(const Company &other) const { return !(*this == other); }
};

} // namespace sphair::models
