#include "client/ConnectionProfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sphair;
using client::ConnectionProfile;
using client::Environment;

// Which addresses a profile may talk to, and which profiles are well-formed.
class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowLoopback");
        QTest::addColumn<QString>("error"); // empty: allowed
        QTest::newRow("https") << QStringLiteral("https://platform.example.com") << false
                               << QString();
        QTest::newRow("https loopback")
            << QStringLiteral("https://127.0.0.1:8443") << false << QString();
        QTest::newRow("http remote") << QStringLiteral("http://platform.example.com") << false
                                     << QStringLiteral("insecure_url");
        QTest::newRow("http remote, loopback allowed")
            << QStringLiteral("http://platform.example.com") << true
            << QStringLiteral("insecure_url");
        QTest::newRow("http private address, loopback allowed")
            << QStringLiteral("http://10.0.0.1:8080") << true << QStringLiteral("insecure_url");
        QTest::newRow("http loopback, not allowed")
            << QStringLiteral("http://127.0.0.1:8080") << false << QStringLiteral("insecure_url");
        QTest::newRow("http loopback, allowed")
            << QStringLiteral("http://127.0.0.1:8080") << true << QString();
        QTest::newRow("http 127.3.2.1, allowed")
            << QStringLiteral("http://127.3.2.1") << true << QString();
        QTest::newRow("http ::1, allowed")
            << QStringLiteral("http://[::1]:8080") << true << QString();
        QTest::newRow("http localhost, allowed")
            << QStringLiteral("http://localhost:8080") << true << QString();
        QTest::newRow("http localhost.evil.com, allowed")
            << QStringLiteral("http://localhost.evil.com") << true
            << QStringLiteral("insecure_url");
        QTest::newRow("ftp") << QStringLiteral("ftp://platform.example.com") << true
                             << QStringLiteral("invalid_url");
        QTest::newRow("no host") << QStringLiteral("https:///admin") << true
                                 << QStringLiteral("invalid_url");
    }
    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowLoopback);
        QFETCH(QString, error);
        ConnectionProfile profile;
        profile.allowPlainHttpLoopback = allowLoopback;
        const auto allowed = profile.checkUrl(QUrl(url));
        if (error.isEmpty()) {
            QVERIFY2(allowed.ok(), qPrintable(allowed.error().message));
        } else {
            QVERIFY(!allowed.ok());
            QCOMPARE(allowed.error().code, error);
            QVERIFY(!allowed.error().message.isEmpty());
        }
    }

    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("field"); // empty: valid
        const QString pin = QString::fromLatin1(QByteArray(32, 'x').toBase64());
        QTest::newRow("valid") << QStringLiteral("Production")
                               << QStringLiteral("https://a.example") << pin
                               << QStringLiteral("#aa0000") << QString();
        QTest::newRow("no pin yet") << QStringLiteral("New") << QStringLiteral("https://a.example")
                                    << QString() << QString() << QString();
        QTest::newRow("empty name") << QString() << QStringLiteral("https://a.example") << pin
                                    << QString() << QStringLiteral("name");
        QTest::newRow("padded name")
            << QStringLiteral(" Prod") << QStringLiteral("https://a.example") << pin << QString()
            << QStringLiteral("name");
        QTest::newRow("short pin") << QStringLiteral("P") << QStringLiteral("https://a.example")
                                   << QStringLiteral("AAAA") << QString() << QStringLiteral("pin");
        QTest::newRow("bad colour") << QStringLiteral("P") << QStringLiteral("https://a.example")
                                    << pin << QStringLiteral("red") << QStringLiteral("colour");
        QTest::newRow("user in url")
            << QStringLiteral("P") << QStringLiteral("https://root:pw@a.example") << pin
            << QString() << QStringLiteral("base_url");
        QTest::newRow("plain http") << QStringLiteral("P") << QStringLiteral("http://a.example")
                                    << pin << QString() << QStringLiteral("url");
    }
    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, pin);
        QFETCH(QString, colour);
        QFETCH(QString, field);
        ConnectionProfile profile;
        profile.name = name;
        profile.baseUrl = QUrl(url);
        profile.pin = pin;
        profile.colour = colour;
        const auto valid = profile.validate();
        if (field.isEmpty()) {
            QVERIFY2(valid.ok(), qPrintable(valid.error().message));
        } else {
            QVERIFY(!valid.ok());
            const QString named = valid.error().details.value(QStringLiteral("field")).toString();
            QVERIFY2(named == field || valid.error().details.contains(field), qPrintable(named));
        }
    }

    void missingCaFileIsInvalid()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("P");
        profile.baseUrl = QUrl(QStringLiteral("https://a.example"));
        QTemporaryDir dir;
        profile.caFile = dir.filePath(QStringLiteral("missing.pem"));
        QCOMPARE(profile.validate().error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("ca_file"));
    }

    void environments()
    {
        for (const QString &code : client::environmentCodes()) {
            const auto environment = client::environmentFromCode(code);
            QVERIFY(environment);
            QCOMPARE(client::environmentCode(*environment), code);
            QVERIFY(!client::environmentDisplayName(*environment).isEmpty());
        }
        QVERIFY(!client::environmentFromCode(u"prod"));
        ConnectionProfile profile;
        profile.environment = Environment::Production;
        QCOMPARE(profile.effectiveColour(),
                 client::defaultEnvironmentColour(Environment::Production));
        profile.colour = QStringLiteral("#123456");
        QCOMPARE(profile.effectiveColour(), QStringLiteral("#123456"));
        QVERIFY(client::defaultEnvironmentColour(Environment::Production)
                != client::defaultEnvironmentColour(Environment::Sandbox));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
