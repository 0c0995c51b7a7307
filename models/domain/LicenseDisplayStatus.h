#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sphair::models {

// How a license stands at a given moment, as the console colours it: derived from the stored
// status and the license's dates (LicenseRecord::displayStatus), and used as the companies
// table's license summary. Wire codes: none, scheduled, active, expiring, grace, expired,
// revoked, superseded.
enum class LicenseDisplayStatus {
    None, // no license at all
    Scheduled, // valid from a later date (nbf in the future)
    Active, // valid, and not expiring soon
    Expiring, // valid, but expires within the warning period
    Grace, // expired, still honoured for its grace days
    Expired, // expired and past its grace days
    Revoked, // withdrawn by an admin
    Superseded, // replaced by a renewal
};

QString licenseDisplayStatusCode(LicenseDisplayStatus status);
std::optional<LicenseDisplayStatus> licenseDisplayStatusFromCode(QStringView code);
QStringList licenseDisplayStatusCodes();
QString licenseDisplayStatusDisplayName(LicenseDisplayStatus status);
// Active, Expiring and Grace: the tenant may work.
bool licenseDisplayStatusIsUsable(LicenseDisplayStatus status);

} // namespace sphair::models
