#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "tests/client/TcpRelay.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/MainWindow.h"
#include "ui/common/ConsoleContext.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/SignInDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <optional>

using namespace sphair;
using client::PlatformClient;
using ui::shell::ConsoleController;
using ui::shell::SignInDialog;

namespace {
constexpr int kWaitMs = 30000;

client::ApiRequest health()
{
    client::ApiRequest request = client::ApiRequest::get(QStringLiteral("/healthz"));
    request.authenticated = false;
    return request;
}
} // namespace

// ConsoleController wires the window to the context and the real client: a 401 leads back to
// sign-in without losing what is open, slow calls show progress, the connection state and the
// environment are always on show, and the window's layout is remembered.
class TestConsoleController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sphair-test-bus");
        auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void showsTheEnvironmentAndTheSession()
    {
        ui::MainWindow window;
        new ConsoleController(&window, m_fixture.context());
        QCOMPARE(label(window, "environmentLabel")->text(),
                 QStringLiteral("DEVELOPMENT — Test platform"));
        QVERIFY(label(window, "environmentBanner")->text().contains(QStringLiteral("DEVELOPMENT")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Test platform")));
        QCOMPARE(label(window, "sessionLabel")->text(), QStringLiteral("Signed in as console"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
    }

    void expiredSessionKeepsTheFormAndAsksToSignInAgain()
    {
        ui::MainWindow window;
        auto *controller = new ConsoleController(&window, m_fixture.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A form the user is half-way through, as a page's edit dialog would be.
        auto *form = new QDialog(&window);
        auto *field = new QLineEdit(form);
        field->setObjectName(QStringLiteral("formField"));
        (new QVBoxLayout(form))->addWidget(field);
        form->open();
        QVERIFY(QTest::qWaitForWindowExposed(form));
        const QString typed = QStringLiteral("Nordic Mining (half typed");
        QTest::keyClicks(field, typed);

        // The session ends on the server (revoked, as by another administrator).
        auto revoked = m_fixture.platform().revokeSessions(QStringLiteral("console"));
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
        std::optional<QString> code;
        client::CompaniesClient(m_fixture.client())
            .list(client::CompanyQuery {},
                  [&code](auto page) { code = page ? QString() : page.error().code; });
        QTRY_VERIFY_WITH_TIMEOUT(code.has_value(), kWaitMs);
        QCOMPARE(*code, QStringLiteral("unauthorized"));

        // The sign-in dialog is shown for the same profile and user; the form is untouched.
        QTRY_VERIFY_WITH_TIMEOUT(
            controller->signInDialog() && controller->signInDialog()->isVisible(), kWaitMs);
        SignInDialog *signIn = controller->signInDialog();
        QCOMPARE(signIn->profileName(), m_fixture.profile().name);
        auto *username = signIn->findChild<QLineEdit *>(QStringLiteral("signInUsernameEdit"));
        auto *password = signIn->findChild<QLineEdit *>(QStringLiteral("signInPasswordEdit"));
        QCOMPARE(username->text(), QStringLiteral("console"));
        QVERIFY(form->isVisible());
        QCOMPARE(field->text(), typed);

        QTest::keyClicks(password, tests::ConsoleFixture::passwordFor(QStringLiteral("console")));
        QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->signInDialog(), kWaitMs);
        QVERIFY(m_fixture.client()->isSignedIn());
        QVERIFY(form->isVisible());
        QCOMPARE(field->text(), typed);

        // The user retries what failed, and it works.
        code.reset();
        client::CompaniesClient(m_fixture.client())
            .list(client::CompanyQuery {},
                  [&code](auto page) { code = page ? QString() : page.error().code; });
        QTRY_VERIFY_WITH_TIMEOUT(code.has_value(), kWaitMs);
        QCOMPARE(*code, QString());
    }

    void layoutIsRememberedAcrossWindows()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        ui::ConsoleContext context(nullptr, &settings, nullptr);
        {
            ui::MainWindow first;
            new ConsoleController(&first, &context);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(840, 560);
            QTRY_COMPARE(first.size(), QSize(840, 560));
            first.tabs()->setCurrentIndex(3);
            first.close();
        }
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        ui::MainWindow second;
        new ConsoleController(&second, &context);
        QCOMPARE(second.tabs()->currentIndex(), 3);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(840, 560));
    }

    void slowCallsShowTheBusyIndicator()
    {
        tests::TcpRelay relay(QUrl(m_fixture.platform().baseUrl()).port());
        QVERIFY(relay.listen());
        relay.setMode(tests::TcpRelay::Mode::Blackhole);
        client::ConnectionProfile profile = m_fixture.profile();
        profile.baseUrl = QUrl(relay.url());
        QNetworkAccessManager network;
        PlatformClient::Options options;
        options.rememberSessions = false;
        PlatformClient slowClient(&network, options);
        slowClient.setProfile(profile);
        ui::ConsoleContext context(&slowClient, m_fixture.settings(), nullptr);
        ui::MainWindow window;
        new ConsoleController(&window, &context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *busy = window.findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
        QVERIFY(busy);
        QVERIFY(!busy->isVisible());

        QPointer<client::ApiCall> call =
            slowClient.send(health(), [](models::Result<client::ApiResponse>) {});
        QVERIFY(slowClient.openCalls() > 0);
        QVERIFY(!busy->isVisible()); // not for a call that may still be quick
        QTRY_VERIFY_WITH_TIMEOUT(busy->isVisible(), 5000);
        call->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), 5000);
    }

    void connectionStateIsShown()
    {
        QNetworkAccessManager network;
        PlatformClient::Options options;
        options.rememberSessions = false;
        options.retry = client::RetryPolicy::none();
        options.timeout = std::chrono::milliseconds(3000);
        PlatformClient stateClient(&network, options);
        ui::ConsoleContext context(&stateClient, m_fixture.settings(), nullptr);
        ui::MainWindow window;
        new ConsoleController(&window, &context);
        QLabel *state = label(window, "connectionStateLabel");
        QCOMPARE(state->text(), QStringLiteral("Not connected"));

        auto call = [&stateClient] {
            bool done = false;
            stateClient.send(health(),
                             [&done](models::Result<client::ApiResponse>) { done = true; });
            return QTest::qWaitFor([&done] { return done; }, kWaitMs);
        };
        stateClient.setProfile(m_fixture.profile());
        QVERIFY(call());
        QCOMPARE(state->text(), QStringLiteral("Connected"));

        client::ConnectionProfile wrongPin = m_fixture.profile();
        wrongPin.name = QStringLiteral("Wrong pin");
        wrongPin.pin = QString::fromLatin1(QByteArray(32, '\x02').toBase64());
        stateClient.setProfile(wrongPin);
        QVERIFY(call());
        QCOMPARE(state->text(), QStringLiteral("Not trusted"));

        // A port where nothing listens.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        client::ConnectionProfile nowhere = m_fixture.profile();
        nowhere.name = QStringLiteral("Nowhere");
        nowhere.baseUrl = QUrl(url);
        stateClient.setProfile(nowhere);
        QVERIFY(call());
        QCOMPARE(state->text(), QStringLiteral("Server unreachable"));
    }

    // Last: it ends the fixture's session.
    void signOutEndsTheSession()
    {
        ui::MainWindow window;
        new ConsoleController(&window, m_fixture.context());
        QVERIFY(m_fixture.client()->isSignedIn());
        window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.client()->isSignedIn(), kWaitMs);
        QCOMPARE(label(window, "sessionLabel")->text(), QStringLiteral("Not signed in"));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
    }

private:
    static QLabel *label(QWidget &window, const char *name)
    {
        auto *found = window.findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label %s", name);
        return found;
    }

    tests::ConsoleFixture m_fixture;
};

QTEST_MAIN(TestConsoleController)
#include "tst_consolecontroller.moc"
