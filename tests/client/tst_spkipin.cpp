#include "client/SpkiPin.h"
#include "server/http/TlsCertificate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sphair;
using client::SpkiPin;

// The client's SPKI pin of a certificate equals the one the server prints for it.
class TestSpkiPin : public QObject
{
    Q_OBJECT
private slots:
    void matchesTheServersPin_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::newRow("P-256") << int(server::TlsCertificate::KeyType::EcP256);
        QTest::newRow("Ed25519") << int(server::TlsCertificate::KeyType::Ed25519);
    }
    void matchesTheServersPin()
    {
        QFETCH(int, keyType);
        QTemporaryDir dir;
        const QString certificate = dir.filePath(QStringLiteral("c.pem"));
        server::TlsCertificate::Options options;
        options.keyType = static_cast<server::TlsCertificate::KeyType>(keyType);
        const auto pin = server::TlsCertificate::createSelfSigned(
            certificate, dir.filePath(QStringLiteral("k.pem")), options);
        QVERIFY2(pin.ok(), qPrintable(pin.error().message));
        const auto certificates = QSslCertificate::fromPath(certificate);
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(SpkiPin::of(certificates.first()), pin.value());
        QVERIFY(SpkiPin::isWellFormed(pin.value()));
        QVERIFY(SpkiPin::matches(pin.value(), QLatin1Char(' ') + pin.value()));
        const QJsonObject described = SpkiPin::describe(certificates.first());
        QVERIFY(described.value(QStringLiteral("subject"))
                    .toString()
                    .contains(QStringLiteral("localhost")));
        QVERIFY(!described.value(QStringLiteral("expires_at")).toString().isEmpty());
    }

    void differentKeysDiffer()
    {
        QTemporaryDir dir;
        const auto a = server::TlsCertificate::createSelfSigned(
            dir.filePath(QStringLiteral("a.pem")), dir.filePath(QStringLiteral("ak.pem")));
        const auto b = server::TlsCertificate::createSelfSigned(
            dir.filePath(QStringLiteral("b.pem")), dir.filePath(QStringLiteral("bk.pem")));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!SpkiPin::matches(a.value(), b.value()));
        QVERIFY(!SpkiPin::matches(QString(), QString()));
    }

    void malformedInput()
    {
        QVERIFY(SpkiPin::of(QSslCertificate()).isEmpty());
        QVERIFY(SpkiPin::subjectPublicKeyInfo(QByteArray()).isEmpty());
        QVERIFY(SpkiPin::subjectPublicKeyInfo(QByteArray("\x30\x82\xff\xff", 4)).isEmpty());
        QVERIFY(SpkiPin::subjectPublicKeyInfo(QByteArray(100, '\x30')).isEmpty());
        QVERIFY(!SpkiPin::isWellFormed(QStringLiteral("not base64!")));
        QVERIFY(!SpkiPin::isWellFormed(QString::fromLatin1(QByteArray(31, 'a').toBase64())));
    }
};

QTEST_GUILESS_MAIN(TestSpkiPin)
#include "tst_spkipin.moc"
