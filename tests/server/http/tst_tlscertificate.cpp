// TlsCertificate: self-signed certificates (EC P-256 and Ed25519) with the right names,
// validity and file modes, and SPKI pins checked against the openssl command line.
#include "server/http/TlsCertificate.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace sphair::server;

Q_DECLARE_METATYPE(sphair::server::TlsCertificate::KeyType)

namespace {

// `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`
QString pinFromOpenSslTool(const QString &certificatePath)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return {};
    QProcess pubkey;
    pubkey.start(openssl,
                 {QStringLiteral("x509"), QStringLiteral("-in"), certificatePath,
                  QStringLiteral("-noout"), QStringLiteral("-pubkey")});
    pubkey.waitForFinished();
    QProcess der;
    der.start(openssl,
              {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"),
               QStringLiteral("der")});
    der.write(pubkey.readAllStandardOutput());
    der.closeWriteChannel();
    der.waitForFinished();
    QProcess digest;
    digest.start(openssl,
                 {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-binary")});
    digest.write(der.readAllStandardOutput());
    digest.closeWriteChannel();
    digest.waitForFinished();
    return QString::fromLatin1(digest.readAllStandardOutput().toBase64());
}

X509 *readCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = file.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return certificate;
}

} // namespace

class TestTlsCertificate : public QObject
{
    Q_OBJECT

private slots:
    void createSelfSigned_data();
    void createSelfSigned();
    void replacesExistingFiles();
    void rejectsBadOptions();
    void pinOfBadInput();
};

void TestTlsCertificate::createSelfSigned_data()
{
    QTest::addColumn<TlsCertificate::KeyType>("keyType");
    QTest::addColumn<int>("keyId");
    QTest::newRow("P-256") << TlsCertificate::KeyType::EcP256 << EVP_PKEY_EC;
    QTest::newRow("Ed25519") << TlsCertificate::KeyType::Ed25519 << EVP_PKEY_ED25519;
}

void TestTlsCertificate::createSelfSigned()
{
    QFETCH(TlsCertificate::KeyType, keyType);
    QFETCH(int, keyId);
    QTemporaryDir dir;
    const QString certificatePath = dir.filePath(QStringLiteral("c.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("k.pem"));
    TlsCertificate::Options options;
    options.keyType = keyType;
    const auto pin = TlsCertificate::createSelfSigned(certificatePath, keyPath, options);
    QVERIFY2(pin.ok(), qPrintable(pin.error().message));
    QCOMPARE(QByteArray::fromBase64(pin.value().toLatin1()).size(), 32);
    QCOMPARE(TlsCertificate::spkiPinOfFile(certificatePath).value(), pin.value());
    QCOMPARE(TlsCertificate::curlPin(pin.value()), QStringLiteral("sha256//") + pin.value());

    const QString toolPin = pinFromOpenSslTool(certificatePath);
    QVERIFY2(!toolPin.isEmpty(), "the openssl command is needed to cross-check the pin");
    QCOMPARE(toolPin, pin.value());

    QCOMPARE(QFile::permissions(keyPath)
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFile::permissions(keyPath) & QFileDevice::ReadOwner);
    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() == 2); // no temporary files left

    X509 *certificate = readCertificate(certificatePath);
    QVERIFY(certificate);
    QCOMPARE(EVP_PKEY_get_id(X509_get0_pubkey(certificate)), keyId);
    QCOMPARE(X509_check_host(certificate, "localhost", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(certificate, "127.0.0.1", 0), 1);
    QCOMPARE(X509_check_ip_asc(certificate, "::1", 0), 1);
    QCOMPARE(X509_check_host(certificate, "example.com", 0, 0, nullptr), 0);
    QCOMPARE(X509_check_ca(certificate), 0);
    // Valid now, and for about a year.
    QCOMPARE(X509_cmp_current_time(X509_get0_notBefore(certificate)), -1);
    int days = 0;
    int seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(certificate),
                           X509_get0_notAfter(certificate)));
    QCOMPARE(days, 365);
    // Self-signed: its own key verifies it.
    QCOMPARE(X509_verify(certificate, X509_get0_pubkey(certificate)), 1);
    X509_free(certificate);
}

void TestTlsCertificate::replacesExistingFiles()
{
    QTemporaryDir dir;
    const QString certificatePath = dir.filePath(QStringLiteral("c.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("k.pem"));
    QFile loose(keyPath);
    QVERIFY(loose.open(QIODevice::WriteOnly));
    loose.write("old");
    loose.close();
    QVERIFY(loose.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                 | QFileDevice::ReadOther));
    const QString first = TlsCertificate::createSelfSigned(certificatePath, keyPath).value();
    const QString second = TlsCertificate::createSelfSigned(certificatePath, keyPath).value();
    QVERIFY(first != second); // a new key each time
    QCOMPARE(TlsCertificate::spkiPinOfFile(certificatePath).value(), second);
    QVERIFY(!(QFile::permissions(keyPath) & QFileDevice::ReadOther));
}

void TestTlsCertificate::rejectsBadOptions()
{
    QTemporaryDir dir;
    const QString c = dir.filePath(QStringLiteral("c.pem"));
    const QString k = dir.filePath(QStringLiteral("k.pem"));
    TlsCertificate::Options injected;
    injected.dnsNames = {QStringLiteral("localhost,IP:10.0.0.1")};
    QCOMPARE(TlsCertificate::createSelfSigned(c, k, injected).error().code,
             QStringLiteral("certificate_failed"));
    TlsCertificate::Options badIp;
    badIp.ipAddresses = {QStringLiteral("300.1.1.1")};
    QVERIFY(!TlsCertificate::createSelfSigned(c, k, badIp).ok());
    TlsCertificate::Options tooLong;
    tooLong.validityDays = 100000;
    QVERIFY(!TlsCertificate::createSelfSigned(c, k, tooLong).ok());
    QVERIFY(!TlsCertificate::createSelfSigned(c, c).ok());
    QVERIFY(
        !TlsCertificate::createSelfSigned(dir.filePath(QStringLiteral("missing/c.pem")), k).ok());
    QVERIFY(!QFile::exists(c));
}

void TestTlsCertificate::pinOfBadInput()
{
    QCOMPARE(TlsCertificate::spkiPinOfPem("not a certificate").error().code,
             QStringLiteral("certificate_failed"));
    QCOMPARE(TlsCertificate::spkiPinOfDer("\x30\x03\x02\x01\x01").error().code,
             QStringLiteral("certificate_failed"));
    QCOMPARE(TlsCertificate::spkiPinOfFile(QStringLiteral("/nonexistent/cert.pem")).error().code,
             QStringLiteral("read_failed"));
}

QTEST_GUILESS_MAIN(TestTlsCertificate)
#include "tst_tlscertificate.moc"
