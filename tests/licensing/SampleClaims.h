#pragma once

#include "licensing/LicenseClaims.h"

#include <QDateTime>
#include <QUuid>

namespace sphair::tests {

// The "now" the licensing tests sign and verify at.
inline const QDateTime kLicensingNow = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

// Valid claims of a Medium license issued a day before kLicensingNow, for a year: what the
// licensing tests sign, verify and then tamper with.
inline licensing::LicenseClaims sampleClaims()
{
    licensing::LicenseClaims claims;
    claims.issuer = QStringLiteral("BRIGHTSTEP TECHNOLOGIES");
    claims.companyId = QUuid::fromString(QStringLiteral("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"));
    claims.licenseId = QUuid::fromString(QStringLiteral("0e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"));
    claims.issuedAt = kLicensingNow.addDays(-1);
    claims.notBefore = kLicensingNow.addDays(-1);
    claims.expiresAt = kLicensingNow.addDays(364);
    claims.companyCode = QStringLiteral("ACME");
    claims.tier = models::Tier::Medium;
    claims.maxUsers = 25;
    claims.features = models::FeatureCatalog::tierTemplate(models::Tier::Medium);
    claims.features.sort();
    claims.graceDays = 14;
    claims.seq = 1;
    return claims;
}

} // namespace sphair::tests
