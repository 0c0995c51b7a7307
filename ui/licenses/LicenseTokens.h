#pragma once

#include "licensing/LicenseClaims.h"
#include "models/domain/LicenseRecord.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

// Conversions between tokens, claims and the rows of the licenses table, shared by the page
// and its dialogs.
namespace sphair::ui::LicenseTokens {

// The claims and kid of a token this console signed itself, read WITHOUT checking the
// signature (for showing a pending license; never for trusting one). Claims are parsed
// strictly, as of `now`.
models::Result<models::LicenseRecord> pendingRecord(const QByteArray &token, const QDateTime &now);

// The informational .lic headers for a record (company, tier, users, expiry, license id).
QMap<QString, QString> headersFor(const models::LicenseRecord &record);

// A .lic file's text for a record's token.
QByteArray licenseFileText(const models::LicenseRecord &record, const QByteArray &token);

// "ACME-01-1a2b3c4d.lic".
QString suggestedFileName(const models::LicenseRecord &record);

} // namespace sphair::ui::LicenseTokens
