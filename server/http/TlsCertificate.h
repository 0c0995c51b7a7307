#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sphair::server {

// Self-signed TLS certificates for the sandbox and for --tls-self-signed, and the SPKI
// SHA-256 pin clients use to trust them: base64 of SHA-256 over the DER SubjectPublicKeyInfo,
// the same value as HPKP and curl --pinnedpubkey "sha256//<pin>". The pin stays the same
// when a certificate is renewed with the same key.
class TlsCertificate
{
public:
    enum class KeyType { EcP256, Ed25519 };

    struct Options
    {
        QString commonName = QStringLiteral("localhost");
        QStringList dnsNames = {QStringLiteral("localhost")};
        QStringList ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        int validityDays = 365;
        KeyType keyType = KeyType::EcP256;
    };

    // Creates a key pair and a certificate signed by it and writes both as PEM: the
    // certificate world-readable, the key (PKCS#8, unencrypted) readable by its owner only
    // (0600). Existing files are replaced. Returns the certificate's SPKI pin.
    static models::Result<QString> createSelfSigned(const QString &certificatePath,
                                                    const QString &keyPath, const Options &options);
    static models::Result<QString> createSelfSigned(const QString &certificatePath,
                                                    const QString &keyPath)
    {
        return createSelfSigned(certificatePath, keyPath, Options());
    }

    // The pin of the first certificate in a PEM file or PEM text.
    static models::Result<QString> spkiPinOfFile(const QString &certificatePath);
    static models::Result<QString> spkiPinOfPem(const QByteArray &pem);
    // The pin of a DER-encoded certificate (what a TLS client receives).
    static models::Result<QString> spkiPinOfDer(const QByteArray &der);

    // The errors queued in this thread's OpenSSL error queue, joined by "; ", and the queue
    // emptied; empty when there were none.
    static QString takeOpenSslErrors();

    // "sha256//<pin>", the form curl --pinnedpubkey takes.
    static QString curlPin(const QString &pin) { return QStringLiteral("sha256//") + pin; }
};

} // namespace sphair::server
