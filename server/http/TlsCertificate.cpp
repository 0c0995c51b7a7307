#include "server/http/TlsCertificate.h"

#include "server/http/Logging.h"
#include "server/services/ServerText.h"

#include <QFile>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>

#include <filesystem>
#include <memory>
#include <system_error>

namespace sphair::server {

namespace {

template<typename T, void (*Free)(T *)>
struct OpenSslDeleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using ExtensionPtr =
    std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString openSslErrors()
{
    const QString errors = TlsCertificate::takeOpenSslErrors();
    return errors.isEmpty() ? tr("unknown OpenSSL error") : errors;
}

models::Error certificateError(const QString &message)
{
    return {QStringLiteral("certificate_failed"), message, {}};
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

bool isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.')
            && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

bool isIpAddress(const QString &address)
{
    const QByteArray text = address.toLatin1();
    unsigned char buffer[16];
    return inet_pton(AF_INET, text.constData(), buffer) == 1
        || inet_pton(AF_INET6, text.constData(), buffer) == 1;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const QByteArray &value)
{
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Writes `data` to a new file next to `path` with `permissions` from the start, then renames
// it over `path`, so a reader never sees a half-written file or a key with loose permissions.
models::Status writeFileReplacing(const QString &path, const QByteArray &data,
                                  QFileDevice::Permissions permissions)
{
    const QString temporary = path + QStringLiteral(".tmp-")
        + QString::number(QRandomGenerator::global()->generate64(), 36);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)) {
        return models::Status::failure(
            QStringLiteral("write_failed"),
            tr("Cannot create “%1”: %2").arg(temporary, file.errorString()));
    }
    const bool written = file.write(data) == data.size() && file.flush();
    file.close();
    std::error_code error;
    if (written) {
        std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                                std::filesystem::path(QFile::encodeName(path).toStdString()),
                                error);
    }
    if (!written || error) {
        QFile::remove(temporary);
        return models::Status::failure(
            QStringLiteral("write_failed"),
            tr("Cannot write “%1”: %2")
                .arg(path,
                     error ? QString::fromLocal8Bit(error.message().c_str()) : file.errorString()));
    }
    return models::Status::success();
}

models::Result<QString> pinOf(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate), &der);
    if (length <= 0)
        return certificateError(
            tr("Cannot read the certificate's public key: %1").arg(openSslErrors()));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const bool hashed = EVP_Digest(der, static_cast<std::size_t>(length), digest, &digestLength,
                                   EVP_sha256(), nullptr)
        == 1;
    OPENSSL_free(der);
    if (!hashed)
        return certificateError(tr("Cannot hash the public key: %1").arg(openSslErrors()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(digestLength))
            .toBase64());
}

} // namespace

QString TlsCertificate::takeOpenSslErrors()
{
    QStringList messages;
    while (const unsigned long code = ERR_get_error()) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        messages.append(QString::fromLatin1(text));
    }
    return messages.join(QStringLiteral("; "));
}

models::Result<QString> TlsCertificate::createSelfSigned(const QString &certificatePath,
                                                         const QString &keyPath,
                                                         const Options &options)
{
    ERR_clear_error();
    if (certificatePath.isEmpty() || keyPath.isEmpty() || certificatePath == keyPath)
        return certificateError(tr("The certificate and the key need two different file names."));
    if (options.validityDays < 1 || options.validityDays > 3650)
        return certificateError(tr("The validity must be between 1 and 3650 days."));
    QStringList altNames;
    for (const QString &name : options.dnsNames) {
        if (!isDnsName(name))
            return certificateError(tr("“%1” is not a valid DNS name.").arg(name));
        altNames.append(QStringLiteral("DNS:") + name);
    }
    for (const QString &address : options.ipAddresses) {
        if (!isIpAddress(address))
            return certificateError(tr("“%1” is not an IP address.").arg(address));
        altNames.append(QStringLiteral("IP:") + address);
    }
    if (altNames.isEmpty())
        return certificateError(tr("The certificate needs at least one DNS name or address."));

    const KeyPtr key(options.keyType == KeyType::Ed25519
                         ? EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")
                         : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return certificateError(tr("Cannot create a key pair: %1").arg(openSslErrors()));

    const X509Ptr certificate(X509_new());
    unsigned char serial[16];
    if (!certificate || RAND_bytes(serial, sizeof serial) != 1)
        return certificateError(tr("Cannot create a certificate: %1").arg(openSslErrors()));
    serial[0] &= 0x7f; // a positive serial number, as RFC 5280 asks
    const BignumPtr serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray commonName = options.commonName.toUtf8();
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    // A little back-dated, so a client whose clock is slightly behind still accepts it.
    const bool built = X509_set_version(certificate.get(), 2) == 1 && serialNumber
        && BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(certificate.get()))
        && X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -5L * 60)
        && X509_time_adj_ex(X509_getm_notAfter(certificate.get()), options.validityDays, 0, nullptr)
        && X509_set_pubkey(certificate.get(), key.get()) == 1
        && X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0)
            == 1
        && X509_set_issuer_name(certificate.get(), name) == 1
        && addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(certificate.get(), &context, NID_key_usage, "critical,digitalSignature")
        && addExtension(certificate.get(), &context, NID_ext_key_usage, "serverAuth")
        && addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
        && addExtension(certificate.get(), &context, NID_subject_alt_name,
                        altNames.join(QLatin1Char(',')).toLatin1())
        // Ed25519 signs the message itself: no separate digest.
        && X509_sign(certificate.get(), key.get(),
                     options.keyType == KeyType::Ed25519 ? nullptr : EVP_sha256())
            > 0;
    if (!built)
        return certificateError(tr("Cannot create a certificate: %1").arg(openSslErrors()));

    const BioPtr certificateBio(BIO_new(BIO_s_mem()));
    // Secure memory BIO: the buffer holding the private key is wiped when freed.
    const BioPtr keyBio(BIO_new(BIO_s_secmem()));
    if (!certificateBio || !keyBio
        || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1) {
        return certificateError(tr("Cannot encode the certificate: %1").arg(openSslErrors()));
    }

    char *keyData = nullptr;
    const long keySize = BIO_get_mem_data(keyBio.get(), &keyData);
    // Borrows the BIO's buffer instead of copying the key into ordinary memory.
    const QByteArray keyPem = QByteArray::fromRawData(keyData, static_cast<qsizetype>(keySize));
    const models::Status keyWritten =
        writeFileReplacing(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!keyWritten)
        return keyWritten.error();
    const models::Status certificateWritten =
        writeFileReplacing(certificatePath, bioContents(certificateBio.get()),
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                               | QFileDevice::ReadOther);
    if (!certificateWritten)
        return certificateWritten.error();

    models::Result<QString> pin = pinOf(certificate.get());
    if (pin)
        qCInfo(lcHttp).noquote() << "created a self-signed certificate" << certificatePath;
    return pin;
}

models::Result<QString> TlsCertificate::spkiPinOfFile(const QString &certificatePath)
{
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return models::Result<QString>::failure(
            QStringLiteral("read_failed"),
            tr("Cannot read “%1”: %2").arg(certificatePath, file.errorString()));
    }
    return spkiPinOfPem(file.readAll());
}

models::Result<QString> TlsCertificate::spkiPinOfPem(const QByteArray &pem)
{
    ERR_clear_error();
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    const X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)
                                  : nullptr);
    if (!certificate)
        return certificateError(tr("The file holds no PEM certificate: %1").arg(openSslErrors()));
    return pinOf(certificate.get());
}

models::Result<QString> TlsCertificate::spkiPinOfDer(const QByteArray &der)
{
    ERR_clear_error();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    const X509Ptr certificate(d2i_X509(nullptr, &data, static_cast<long>(der.size())));
    if (!certificate)
        return certificateError(tr("The data is not a DER certificate: %1").arg(openSslErrors()));
    return pinOf(certificate.get());
}

} // namespace sphair::server
