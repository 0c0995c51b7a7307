#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QString>

namespace sphair::client {

// The SPKI pin of a certificate: base64 of SHA-256 over its DER SubjectPublicKeyInfo, the
// value sphair-platformd prints and HPKP / curl --pinnedpubkey use. It identifies the key, so
// it survives a certificate renewed with the same key.
class SpkiPin
{
public:
    // Empty when the certificate is null or its DER cannot be read.
    static QString of(const QSslCertificate &certificate);
    // The SubjectPublicKeyInfo element (tag and length included) of a DER certificate;
    // empty when the DER is not a certificate.
    static QByteArray subjectPublicKeyInfo(const QByteArray &certificateDer);
    // Base64 of exactly 32 bytes.
    static bool isWellFormed(const QString &pin);
    // Same 32 bytes (ignores base64 padding and surrounding spaces).
    static bool matches(const QString &expected, const QString &actual);
    // subject, issuer and expires_at of a certificate, for the trust-on-first-use dialog.
    static QJsonObject describe(const QSslCertificate &certificate);
};

} // namespace sphair::client
