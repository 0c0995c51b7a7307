#include "models/domain/LicenseDisplayStatus.h"

#include "models/domain/EnumCodes.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

const EnumCode<LicenseDisplayStatus> kCodes[] = {
    {LicenseDisplayStatus::None, "none"},       {LicenseDisplayStatus::Scheduled, "scheduled"},
    {LicenseDisplayStatus::Active, "active"},   {LicenseDisplayStatus::Expiring, "expiring"},
    {LicenseDisplayStatus::Grace, "grace"},     {LicenseDisplayStatus::Expired, "expired"},
    {LicenseDisplayStatus::Revoked, "revoked"}, {LicenseDisplayStatus::Superseded, "superseded"},
};

} // namespace

QString licenseDisplayStatusCode(LicenseDisplayStatus status)
{
    return codeOf(kCodes, status);
}

std::optional<LicenseDisplayStatus> licenseDisplayStatusFromCode(QStringView code)
{
    return valueOf(kCodes, code);
}

QStringList licenseDisplayStatusCodes()
{
    return codesOf(kCodes);
}

QString licenseDisplayStatusDisplayName(LicenseDisplayStatus status)
{
    switch (status) {
    case LicenseDisplayStatus::None:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus", "No license");
    case LicenseDisplayStatus::Scheduled:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus", "Not yet valid");
    case LicenseDisplayStatus::Active:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus", "Active");
    case LicenseDisplayStatus::Expiring:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus", "Expiring soon");
    case LicenseDisplayStatus::Grace:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus",
                                           "In grace period");
    case LicenseDisplayStatus::Expired:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus", "Expired");
    case LicenseDisplayStatus::Revoked:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus", "Revoked");
    case LicenseDisplayStatus::Superseded:
        return QCoreApplication::translate("sphair::models::LicenseDisplayStatus", "Superseded");
    }
    return {};
}

bool licenseDisplayStatusIsUsable(LicenseDisplayStatus status)
{
    return status == LicenseDisplayStatus::Active || status == LicenseDisplayStatus::Expiring
        || status == LicenseDisplayStatus::Grace;
}

} // namespace sphair::models
