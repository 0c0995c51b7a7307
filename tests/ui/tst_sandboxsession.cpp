#include "ui/MainWindow.h"
#include "ui/SandboxSession.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sphair;

// `sphair-admin --sandbox`: the real sphair-platformd starts as a child, the console trusts its
// pin, signs in with the one-time password and shows the sandbox environment on the window.
class TestSandboxSession : public QObject
{
    Q_OBJECT
private slots:
    void startsSignsInAndShowsTheEnvironment()
    {
        QTemporaryDir dir;
        ui::MainWindow window;
        ui::SandboxSession session;
        QObject::connect(&session, &ui::SandboxSession::progress, &window,
                         &ui::MainWindow::showStatus);
        QString failure;
        QObject::connect(&session, &ui::SandboxSession::failed, &window,
                         [&failure](const models::Error &error) { failure = error.message; });
        QObject::connect(&session, &ui::SandboxSession::connected, &window,
                         [&window](const client::ConnectionProfile &profile, const QString &) {
                             window.showEnvironment(
                                 profile.name, client::environmentDisplayName(profile.environment),
                                 profile.effectiveColour());
                         });
        QSignalSpy connected(&session, &ui::SandboxSession::connected);
        window.show();
        session.start(QStringLiteral(SPHAIR_PLATFORMD), dir.filePath(QStringLiteral("sandbox")));
        QTRY_VERIFY2_WITH_TIMEOUT(connected.count() == 1 || !failure.isEmpty(),
                                  "no answer from the sandbox", 120000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(connected.at(0).at(1).toString(), QStringLiteral("admin"));
        auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(environment);
        QVERIFY2(environment->text().contains(QStringLiteral("SANDBOX")),
                 qPrintable(environment->text()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
    }
};

QTEST_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"
