#include "server/ServerLauncher.h"
#include "server/http/TlsCertificate.h"
#include "tests/support/PlatformFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

#include <memory>

using namespace sphair;
using namespace sphair::server;

// ServerLauncher on a real SQLite database in a temporary folder: what sphair-platformd
// prints for each kind of start, and that the platform it starts really answers.
class TestServerLauncher : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsAnAdminWithoutServing()
    {
        ServerOptions options = sqliteOptions();
        options.createAdmin =
            ServerOptions::AdminAccount {QStringLiteral("alice"), models::AdminRole::Support};
        ServerLauncher launcher(options);
        const auto line = launcher.run();
        QVERIFY2(line.ok(), qPrintable(line.error().message));
        QCOMPARE(line->value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QVERIFY(line->value(QStringLiteral("password")).toString().size() >= 12);
        QVERIFY(!line->contains(QStringLiteral("url")));
        QVERIFY(!launcher.server()->http().isRunning());
    }

    void servesPlainHttpOnLoopback()
    {
        ServerOptions options = sqliteOptions();
        options.platform.http.allowPlainHttp = true;
        ServerLauncher launcher(options);
        const auto line = launcher.run();
        QVERIFY2(line.ok(), qPrintable(line.error().message));
        QCOMPARE(line->value(QStringLiteral("event")).toString(), QStringLiteral("ready"));
        const QString url = line->value(QStringLiteral("url")).toString();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        QVERIFY(!line->contains(QStringLiteral("spki_sha256")));
        // The socket listens once run() answers; the accept loop starts on its own thread.
        QVERIFY(launcher.server()->http().waitUntilReady(std::chrono::seconds(10)));
        launcher.stop();
        QVERIFY(!launcher.server()->http().isRunning());
    }

    void aSelfSignedCertificateKeepsItsPin()
    {
        ServerOptions options = sqliteOptions();
        options.selfSignedDir = m_dir->filePath(QStringLiteral("made/on/demand"));
        QString pin;
        {
            ServerLauncher launcher(options);
            const auto line = launcher.run();
            QVERIFY2(line.ok(), qPrintable(line.error().message));
            QVERIFY(line->value(QStringLiteral("url")).toString().startsWith(u"https://"));
            pin = line->value(QStringLiteral("spki_sha256")).toString();
            const auto filePin = TlsCertificate::spkiPinOfFile(
                options.selfSignedDir + QStringLiteral("/certificate.pem"));
            QVERIFY(filePin.ok());
            QCOMPARE(pin, filePin.value());
        }
        // A restart reuses the certificate, so clients keep their pin.
        ServerLauncher again(options);
        const auto line = again.run();
        QVERIFY2(line.ok(), qPrintable(line.error().message));
        QCOMPARE(line->value(QStringLiteral("spki_sha256")).toString(), pin);
    }

    void aSandboxTellsHowToSignIn()
    {
        ServerOptions options;
        options.sandboxDir = m_dir->filePath(QStringLiteral("sandbox"));
        options.platform.passwordLimits = PasswordHasher::Limits::forTests();
        ServerLauncher launcher(options);
        const auto line = launcher.run();
        QVERIFY2(line.ok(), qPrintable(line.error().message));
        QCOMPARE(line->value(QStringLiteral("sandbox_dir")).toString(), options.sandboxDir);
        QCOMPARE(line->value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
        QVERIFY(!line->value(QStringLiteral("one_time_password")).toString().isEmpty());
        QVERIFY(line->value(QStringLiteral("spki_sha256")).toString().size() > 40);
        // The one-time password really signs in.
        tests::ApiClient client(line->value(QStringLiteral("url")).toString(),
                                options.sandboxDir + QStringLiteral("/tls/certificate.pem"));
        const auto reply = client.post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("admin")},
             {QStringLiteral("password"), line->value(QStringLiteral("one_time_password"))}});
        QCOMPARE(reply.status, 200);
    }

    void failuresNameWhatWentWrong()
    {
        // A file where the certificate folder should be.
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ServerOptions options = sqliteOptions();
        options.selfSignedDir = blocker + QStringLiteral("/tls");
        ServerLauncher launcher(options);
        const auto line = launcher.run();
        QVERIFY(!line.ok());
        QCOMPARE(line.error().code, QStringLiteral("tls_folder_unavailable"));
        QVERIFY2(line.error().message.contains(options.selfSignedDir),
                 qPrintable(line.error().message));
        QCOMPARE(launcher.server(), nullptr);
    }

private:
    ServerOptions sqliteOptions() const
    {
        ServerOptions options;
        options.platform.sqlitePath = m_dir->filePath(QStringLiteral("platform.db"));
        options.platform.http.port = 0;
        options.platform.http.threads = 2;
        options.platform.passwordLimits = PasswordHasher::Limits::forTests();
        return options;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestServerLauncher)
#include "tst_serverlauncher.moc"
