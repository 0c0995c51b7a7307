#include "ui/licenses/LicenseTokens.h"

#include "licensing/LicenseFile.h"
#include "licensing/LicenseVerifier.h"
#include "licensing/Paseto.h"

namespace sphair::ui::LicenseTokens {

models::Result<models::LicenseRecord> pendingRecord(const QByteArray &token, const QDateTime &now)
{
    auto kid = licensing::LicenseVerifier::kidOf(token);
    if (!kid)
        return kid.error();
    auto parts = licensing::Paseto::decodeUntrusted(token);
    if (!parts)
        return parts.error();
    auto claims = licensing::LicenseClaims::parse(parts->payload, now);
    if (!claims)
        return claims.error();
    return claims->toRecord(kid.value(), token);
}

QMap<QString, QString> headersFor(const models::LicenseRecord &record)
{
    licensing::LicenseClaims claims;
    claims.companyCode = record.companyCode;
    claims.tier = record.tier;
    claims.maxUsers = record.maxUsers;
    claims.expiresAt = record.expiresAt;
    claims.licenseId = record.id;
    return licensing::LicenseFile::headersFor(claims);
}

QByteArray licenseFileText(const models::LicenseRecord &record, const QByteArray &token)
{
    licensing::LicenseFile file;
    file.headers = headersFor(record);
    file.token = token;
    return file.serialize();
}

QString suggestedFileName(const models::LicenseRecord &record)
{
    const QString code =
        record.companyCode.isEmpty() ? QStringLiteral("license") : record.companyCode;
    return code + u'-' + record.id.toString(QUuid::WithoutBraces).left(8) + QStringLiteral(".lic");
}

} // namespace sphair::ui::LicenseTokens
