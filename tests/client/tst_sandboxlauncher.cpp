#include "client/PlatformClient.h"
#include "client/SandboxLauncher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <optional>

#include <sys/types.h>

using namespace sphair;
using namespace std::chrono_literals;
using client::ConnectionProfile;
using client::PlatformClient;
using client::SandboxInfo;
using client::SandboxLauncher;

namespace {

constexpr int kReadyWaitMs = 60000;
constexpr int kWaitMs = 20000;

QString platformd()
{
    return QStringLiteral(SPHAIR_PLATFORMD);
}

// Is a process with this id still there (not even a zombie)?
bool processExists(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
}

// Writes an executable shell script standing in for sphair-platformd.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// The first error a failed() spy caught, for messages; empty without one.
QString errorText(const QSignalSpy &failed)
{
    if (failed.isEmpty())
        return {};
    const auto error = failed.first().first().value<models::Error>();
    return error.code + QStringLiteral(": ") + error.message;
}

} // namespace

// SandboxLauncher with the real sphair-platformd as its child: the ready line, signing in
// with the one-time password over the pinned certificate, stopping, restarting on the same
// folder, and every way a start can fail without hanging.
class TestSandboxLauncher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No keychain here: sessions live in memory (see tst_sessionkeychain).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sphair-test-bus");
        QVERIFY2(QFileInfo(platformd()).isExecutable(), qPrintable(platformd()));
    }

    void locatesPlatformdNextToTheApplication()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("console")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("platformd")));
        const QString appDir = root.filePath(QStringLiteral("console"));
        const QString installed = appDir + QStringLiteral("/sphair-platformd");
        const QString buildTree = root.filePath(QStringLiteral("platformd/sphair-platformd"));
        QCOMPARE(SandboxLauncher::platformdCandidates(appDir), QStringList({installed, buildTree}));

        // None there: the installed path, so an error can name it.
        QCOMPARE(SandboxLauncher::locatePlatformd(appDir), installed);
        // Build tree.
        QVERIFY(QFile::copy(QStringLiteral("/bin/true"), buildTree));
        QCOMPARE(SandboxLauncher::locatePlatformd(appDir), buildTree);
        // Installed wins.
        QVERIFY(QFile::copy(QStringLiteral("/bin/true"), installed));
        QCOMPARE(SandboxLauncher::locatePlatformd(appDir), installed);
        // A file that is not executable does not count.
        QVERIFY(QFile::setPermissions(installed, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(SandboxLauncher::locatePlatformd(appDir), buildTree);

        QVERIFY(SandboxLauncher::defaultSandboxDir().endsWith(QStringLiteral("/sandbox")));
    }

    void startsSignsInStopsAndRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sandboxDir = dir.filePath(QStringLiteral("sandbox"));

        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        launcher.start(platformd(), sandboxDir);
        QCOMPARE(ready.count(), 0); // never from inside start()
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() > 0, kReadyWaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(errorText(failed)));
        QVERIFY(launcher.isRunning());

        const auto info = ready.first().at(0).value<SandboxInfo>();
        const auto profile = ready.first().at(1).value<ConnectionProfile>();
        QCOMPARE(info.url.scheme(), QStringLiteral("https"));
        QCOMPARE(info.url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(info.url.port() > 0);
        QVERIFY(!info.pin.isEmpty());
        QCOMPARE(info.username, QStringLiteral("admin"));
        QVERIFY(!info.oneTimePassword.isEmpty());
        QVERIFY(!info.dir.isEmpty());
        QCOMPARE(profile.name, QStringLiteral("Sandbox"));
        QCOMPARE(profile.environment, client::Environment::Sandbox);
        QCOMPARE(profile.baseUrl, info.url);
        QCOMPARE(profile.pin, info.pin);
        QVERIFY2(profile.validate().ok(), qPrintable(profile.validate().error().message));
        for (const QString &line : launcher.stderrTail())
            QVERIFY(!line.contains(info.oneTimePassword));

        // A real client over the pinned certificate signs in with the one-time password.
        {
            QNetworkAccessManager manager;
            PlatformClient::Options options;
            options.timeout = 10s;
            options.rememberSessions = false;
            PlatformClient platform(&manager, options);
            platform.setProfile(profile);
            std::optional<models::Result<models::AdminSession>> login;
            platform.login(info.username, info.oneTimePassword,
                           [&login](models::Result<models::AdminSession> answer) {
                               login.emplace(std::move(answer));
                           });
            QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), kWaitMs);
            QVERIFY2(
                login->ok(),
                qPrintable(login->error().code + QStringLiteral(": ") + login->error().message));
            QCOMPARE(login->value().username, QStringLiteral("admin"));
            QVERIFY(platform.isSignedIn());
        }

        // stop(): the child goes away.
        const qint64 pid = launcher.processId();
        QVERIFY(pid > 0);
        QVERIFY(processExists(pid));
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kWaitMs);
        QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);
        QCOMPARE(launcher.processId(), 0);
        QVERIFY(!processExists(pid));
        QCOMPARE(failed.count(), 0);

        // The same folder again: the same certificate, so the same pin.
        launcher.start(platformd(), sandboxDir);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2 || failed.count() > 0, kReadyWaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(errorText(failed)));
        QCOMPARE(ready.last().at(0).value<SandboxInfo>().pin, info.pin);

        // The destructor stops the child.
        const qint64 second = launcher.processId();
        QVERIFY(processExists(second));
        {
            auto *owned = new SandboxLauncher;
            QSignalSpy ownedReady(owned, &SandboxLauncher::ready);
            QSignalSpy ownedFailed(owned, &SandboxLauncher::failed);
            owned->start(platformd(), dir.filePath(QStringLiteral("other")));
            QTRY_VERIFY_WITH_TIMEOUT(ownedReady.count() == 1 || ownedFailed.count() > 0,
                                     kReadyWaitMs);
            QVERIFY2(ownedFailed.isEmpty(), qPrintable(errorText(ownedFailed)));
            const qint64 ownedPid = owned->processId();
            delete owned;
            QVERIFY(!processExists(ownedPid));
        }
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, kWaitMs);
        QVERIFY(!processExists(second));
    }

    void missingBinaryFails()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-platformd"));
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(missing, dir.filePath(QStringLiteral("sandbox")));
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        const auto error = failed.first().first().value<models::Error>();
        QCOMPARE(error.code, QStringLiteral("sandbox_binary_missing"));
        QVERIFY2(error.message.contains(missing), qPrintable(error.message));
        QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);
    }

    void binaryExitingAtOnceFails()
    {
        QTemporaryDir dir;
        const QString script =
            writeScript(dir, QStringLiteral("dies"), "echo 'database is on fire' >&2\nexit 3");
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        launcher.start(script, dir.filePath(QStringLiteral("sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        const auto error = failed.first().first().value<models::Error>();
        QCOMPARE(error.code, QStringLiteral("sandbox_exited"));
        QVERIFY2(error.message.contains(QStringLiteral("exit code 3")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("database is on fire")),
                 qPrintable(error.message));
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);

        // /bin/false too.
        launcher.start(QStringLiteral("/bin/false"), dir.filePath(QStringLiteral("sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs);
        QCOMPARE(failed.last().first().value<models::Error>().code,
                 QStringLiteral("sandbox_exited"));
        QVERIFY(!failed.last().first().value<models::Error>().message.isEmpty());
    }

    void silentBinaryTimesOut()
    {
        QTemporaryDir dir;
        const QString script =
            writeScript(dir, QStringLiteral("silent"), "echo 'thinking' >&2\nexec sleep 60");
        SandboxLauncher launcher;
        launcher.setStartTimeout(500ms);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        launcher.start(script, dir.filePath(QStringLiteral("sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        const auto error = failed.first().first().value<models::Error>();
        QCOMPARE(error.code, QStringLiteral("sandbox_timeout"));
        QVERIFY2(error.message.contains(QStringLiteral("thinking")), qPrintable(error.message));
        // The child is killed, and failed() is not repeated.
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kWaitMs);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);
    }

    void malformedLineFails()
    {
        QTemporaryDir dir;
        const QString script = writeScript(dir, QStringLiteral("garbled"),
                                           "echo 'password hunter2 not json'\nexec sleep 60");
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        launcher.start(script, dir.filePath(QStringLiteral("sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        const auto error = failed.first().first().value<models::Error>();
        QCOMPARE(error.code, QStringLiteral("sandbox_malformed"));
        QVERIFY(!error.message.contains(QStringLiteral("hunter2")));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kWaitMs);

        // A ready line without a pin is refused too.
        const QString noPin = writeScript(
            dir, QStringLiteral("nopin"),
            "echo '{\"event\":\"ready\",\"url\":\"https://127.0.0.1:1\",\"username\":\"admin\","
            "\"one_time_password\":\"x\"}'\nexec sleep 60");
        launcher.start(noPin, dir.filePath(QStringLiteral("sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs);
        const auto second = failed.last().first().value<models::Error>();
        QCOMPARE(second.code, QStringLiteral("sandbox_malformed"));
        QVERIFY2(second.message.contains(QStringLiteral("spki_sha256")),
                 qPrintable(second.message));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, kWaitMs);
    }

    void stopEscalatesToKill()
    {
        QTemporaryDir dir;
        const QString script = writeScript(
            dir, QStringLiteral("stubborn"),
            "trap '' TERM\n"
            "echo '{\"event\":\"ready\",\"url\":\"https://127.0.0.1:1\",\"spki_sha256\":\"p\","
            "\"username\":\"admin\",\"one_time_password\":\"secret\"}'\n"
            "while true; do sleep 1; done");
        SandboxLauncher launcher;
        launcher.setStopGracePeriod(300ms);
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(script, dir.filePath(QStringLiteral("sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kWaitMs);
        const qint64 pid = launcher.processId();
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kWaitMs);
        QVERIFY(!processExists(pid));
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
