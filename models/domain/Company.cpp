#include "models/domain/Company.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

const EnumCode<CompanyStatus> kStatusCodes[] = {
    {CompanyStatus::Active, "active"},
    {CompanyStatus::Suspended, "suspended"},
    {CompanyStatus::Deleted, "deleted"},
};

std::optional<LicenseDisplayStatus> companyLicenseStatusFromCode(QStringView code)
{
    if (!Company::licenseStatusCodes().contains(code))
        return std::nullopt;
    return licenseDisplayStatusFromCode(code);
}

} // namespace

QString companyStatusCode(CompanyStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<CompanyStatus> companyStatusFromCode(QStringView code)
{
    return valueOf(kStatusCodes, code);
}

QStringList companyStatusCodes()
{
    return codesOf(kStatusCodes);
}

QString companyStatusDisplayName(CompanyStatus status)
{
    switch (status) {
    case CompanyStatus::Active:
        return QCoreApplication::translate("sphair::models::Company", "Active");
    case CompanyStatus::Suspended:
        return QCoreApplication::translate("sphair::models::Company", "Suspended");
    case CompanyStatus::Deleted:
        return QCoreApplication::translate("sphair::models::Company", "Deleted");
    }
    return {};
}

QStringList Company::licenseStatusCodes()
{
    return {QStringLiteral("none"),  QStringLiteral("active"),  QStringLiteral("expiring"),
            QStringLiteral("grace"), QStringLiteral("expired"), QStringLiteral("revoked")};
}

Result<Company> Company::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    Company company;
    company.id = in.optionalUuid(u"id");
    company.code = in.string(u"code");
    company.name = in.string(u"name");
    company.tier = in.tier(u"tier");
    company.maxUsers = static_cast<int>(in.integer(u"max_users", 0, WireReader::kMaxInt));
    company.status = in.optionalCode(u"status", companyStatusFromCode, companyStatusCodes(),
                                     CompanyStatus::Active);
    company.contactEmail = in.string(u"contact_email");
    company.createdAt = in.optionalTime(u"created_at");
    company.updatedAt = in.optionalTime(u"updated_at");
    company.version = in.optionalInteger(u"version", 0, 0);
    company.userCount =
        static_cast<int>(in.optionalInteger(u"user_count", 0, 0, WireReader::kMaxInt));
    company.licenseStatus = in.optionalCode(u"license_status", companyLicenseStatusFromCode,
                                            licenseStatusCodes(), LicenseDisplayStatus::None);
    company.licenseExpiresAt = in.optionalTime(u"license_expires_at");
    if (!in.ok())
        return in.error();
    return company;
}

QJsonObject Company::toJson() const
{
    return WireWriter()
        .uuid(u"id", id)
        .text(u"code", code)
        .text(u"name", name)
        .text(u"tier", tierCode(tier))
        .integer(u"max_users", maxUsers)
        .text(u"status", companyStatusCode(status))
        .text(u"contact_email", contactEmail)
        .time(u"created_at", createdAt)
        .time(u"updated_at", updatedAt)
        .integer(u"version", version)
        .integer(u"user_count", userCount)
        .text(u"license_status", licenseDisplayStatusCode(licenseStatus))
        .time(u"license_expires_at", licenseExpiresAt)
        .object();
}

Status Company::validate(const TierPolicy &policy) const
{
    if (auto check = Validation::checkCompanyCode(QStringLiteral("code"), code); !check)
        return check;
    if (auto check = Validation::checkSingleLine(QStringLiteral("name"), name, 1, kMaxNameLength);
        !check)
        return check;
    if (auto check = Validation::checkTierUsers(tier, maxUsers, policy); !check)
        return check;
    if (auto check = Validation::checkEmail(QStringLiteral("contact_email"), contactEmail); !check)
        return check;
    return {};
}

bool Company::operator==(const Company &other) const
{
    return id == other.id && code == other.code && name == other.name && tier == other.tier
        && maxUsers == other.maxUsers && status == other.status
        && contactEmail == other.contactEmail && createdAt == other.createdAt
        && updatedAt == other.updatedAt && version == other.version && userCount == other.userCount
        && licenseStatus == other.licenseStatus && licenseExpiresAt == other.licenseExpiresAt;
}

} // namespace sphair::models
