#include "client/PlatformClient.h"
#include "ui/MainWindow.h"
#include "ui/SandboxSession.h"
#include "ui/common/ConsoleContext.h"
#include "ui/shell/ConsoleController.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sphair;

// `sphair-admin --sandbox`: the real sphair-platformd starts as a child, the console trusts its
// pin, replaces the one-time password, signs in and shows the sandbox environment on the window,
// all through the same controller and client as a normal start (as app/console/main.cpp).
class TestSandboxSession : public QObject
{
    Q_OBJECT
private slots:
    void startsSignsInAndShowsTheEnvironment()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        QNetworkAccessManager network;
        client::PlatformClient::Options options;
        options.rememberSessions = false;
        client::PlatformClient platformClient(&network, options);
        ui::ConsoleContext context(&platformClient, &settings, nullptr);
        ui::MainWindow window;
        new ui::shell::ConsoleController(&window, &context);
        ui::SandboxSession session(&platformClient);
        QCOMPARE(session.client(), &platformClient);
        QString failure;
        QObject::connect(&session, &ui::SandboxSession::failed, &window,
                         [&failure](const models::Error &error) { failure = error.message; });
        QSignalSpy connected(&session, &ui::SandboxSession::connected);
        // The one-time password is changed before the console's client signs in: no page ever
        // sees a session that could only change its password.
        int oneTimeSessionsSeen = 0;
        QObject::connect(&platformClient, &client::PlatformClient::sessionChanged, &window,
                         [&platformClient, &oneTimeSessionsSeen] {
                             if (auto current = platformClient.session();
                                 current && current->mustChangePassword)
                                 ++oneTimeSessionsSeen;
                         });
        window.show();
        session.start(QStringLiteral(SPHAIR_PLATFORMD), dir.filePath(QStringLiteral("sandbox")));
        QTRY_VERIFY2_WITH_TIMEOUT(connected.count() == 1 || !failure.isEmpty(),
                                  "no answer from the sandbox", 120000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(connected.at(0).at(1).toString(), QStringLiteral("admin"));
        // The context's client is the one signed in.
        QVERIFY(context.client()->isSignedIn());
        QVERIFY(!context.client()->session()->mustChangePassword);
        QCOMPARE(oneTimeSessionsSeen, 0);
        auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(environment);
        // The profile is named after its environment: said once, not "SANDBOX — Sandbox".
        QCOMPARE(environment->text(), QStringLiteral("SANDBOX"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("environmentBanner"));
        QVERIFY(banner);
        QCOMPARE(banner->text(), QStringLiteral("SANDBOX"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"))->text(),
                 QStringLiteral("Connected"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("sessionLabel"))->text(),
                 QStringLiteral("Signed in as admin"));
    }
};

QTEST_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"
