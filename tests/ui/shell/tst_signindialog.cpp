#include "client/ConnectionProfiles.h"
#include "client/PlatformClient.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/common/ConsoleContext.h"
#include "ui/shell/ChangePasswordDialog.h"
#include "ui/shell/ProfileEditorDialog.h"
#include "ui/shell/SignInDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sphair;
using client::ConnectionProfile;
using client::ConnectionProfiles;
using client::PlatformClient;
using ui::shell::ChangePasswordDialog;
using ui::shell::SignInDialog;

namespace {
constexpr int kWaitMs = 30000;
}

// The sign-in dialog against the real platform over TLS: trust on first use with the
// fingerprint shown, a hard refusal on a pin mismatch, a wrong password, and a one-time
// password that must be changed.
class TestSignInDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sphair-test-bus");
        auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void cleanup() { m_dialog.reset(); }

    void trustOnFirstUseShowsTheFingerprint()
    {
        const QString password = QStringLiteral("tofu's long password");
        QVERIFY(createAdmin(QStringLiteral("tofu"), password));
        QVERIFY(saveProfile(QStringLiteral("Unpinned"), QString()));
        SignInDialog *dialog = open(QStringLiteral("Unpinned"));
        QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
        typeCredentials(QStringLiteral("tofu"), password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);

        auto *panel = dialog->findChild<QFrame *>(QStringLiteral("trustPanel"));
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kWaitMs);
        QCOMPARE(label("trustFingerprintLabel")->text(), m_fixture.platform().pin());
        QVERIFY(!client()->isSignedIn());
        QVERIFY(!button("signInButton")->isEnabled());
        QVERIFY(ConnectionProfiles(settings()).find(QStringLiteral("Unpinned"))->pin.isEmpty());

        QTest::mouseClick(button("trustButton"), Qt::LeftButton);
        // Signs in again by itself.
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
        QVERIFY(client()->isSignedIn());
        QCOMPARE(client()->session()->username, QStringLiteral("tofu"));
        QCOMPARE(client()->profile().pin, m_fixture.platform().pin());
        QCOMPARE(ConnectionProfiles(settings()).find(QStringLiteral("Unpinned"))->pin,
                 m_fixture.platform().pin());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
    }

    void distrustSignsNobodyIn()
    {
        const QString password = QStringLiteral("wary's long password");
        QVERIFY(createAdmin(QStringLiteral("wary"), password));
        QVERIFY(saveProfile(QStringLiteral("Unpinned 2"), QString()));
        SignInDialog *dialog = open(QStringLiteral("Unpinned 2"));
        typeCredentials(QStringLiteral("wary"), password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        auto *panel = dialog->findChild<QFrame *>(QStringLiteral("trustPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kWaitMs);
        QTest::mouseClick(button("distrustButton"), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
        QVERIFY(label("signInErrorLabel")->isVisible());
        QVERIFY(!client()->isSignedIn());
        QVERIFY(client()->profile().pin.isEmpty());
        QVERIFY(ConnectionProfiles(settings()).find(QStringLiteral("Unpinned 2"))->pin.isEmpty());
        QVERIFY(dialog->isVisible());
    }

    void pinMismatchIsRefusedUntilTheProfileIsEdited()
    {
        const QString password = QStringLiteral("mallory's target password");
        QVERIFY(createAdmin(QStringLiteral("target"), password));
        const QString wrongPin = QString::fromLatin1(QByteArray(32, '\x01').toBase64());
        QVERIFY(saveProfile(QStringLiteral("Wrong pin"), wrongPin));
        SignInDialog *dialog = open(QStringLiteral("Wrong pin"));
        QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
        typeCredentials(QStringLiteral("target"), password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(label("signInErrorLabel")->isVisible(), kWaitMs);
        const QString refusal = label("signInErrorLabel")->text();
        QVERIFY2(refusal.contains(QStringLiteral("Refused")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("Nothing was sent")), qPrintable(refusal));
        QVERIFY(!dialog->findChild<QFrame *>(QStringLiteral("trustPanel"))->isVisible());
        QVERIFY(!client()->isSignedIn());
        QCOMPARE(client()->connectionState(), PlatformClient::ConnectionState::Untrusted);
        // No way on: retyping does not enable signing in.
        QVERIFY(!button("signInButton")->isEnabled());
        QTest::keyClicks(edit("signInPasswordEdit"), QStringLiteral("x"));
        QVERIFY(!button("signInButton")->isEnabled());
        QCOMPARE(signedIn.count(), 0);

        // Only editing the profile (the administrators confirmed the right fingerprint) does.
        QTest::mouseClick(button("signInEditProfileButton"), Qt::LeftButton);
        ui::shell::ProfileEditorDialog *editor = dialog->profileEditor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *pin = editor->findChild<QLineEdit *>(QStringLiteral("profilePinEdit"));
        QCOMPARE(pin->text(), wrongPin);
        pin->clear();
        QTest::keyClicks(pin, m_fixture.platform().pin());
        QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(ConnectionProfiles(settings()).find(QStringLiteral("Wrong pin"))->pin,
                 m_fixture.platform().pin());
        edit("signInPasswordEdit")->clear();
        QTest::keyClicks(edit("signInPasswordEdit"), password);
        QVERIFY(button("signInButton")->isEnabled());
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
        QCOMPARE(client()->session()->username, QStringLiteral("target"));
    }

    void wrongPasswordKeepsTheUserName()
    {
        QVERIFY(createAdmin(QStringLiteral("forgetful"), QStringLiteral("the right password")));
        QVERIFY(saveProfile(QStringLiteral("Pinned"), m_fixture.platform().pin()));
        SignInDialog *dialog = open(QStringLiteral("Pinned"));
        QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
        typeCredentials(QStringLiteral("forgetful"), QStringLiteral("the wrong password"));
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        // Inputs are disabled while the call runs.
        QVERIFY(!edit("signInUsernameEdit")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(label("signInErrorLabel")->isVisible(), kWaitMs);
        QCOMPARE(label("signInErrorLabel")->text(),
                 QStringLiteral("The user name or password is wrong."));
        QVERIFY(edit("signInUsernameEdit")->isEnabled());
        QCOMPARE(edit("signInUsernameEdit")->text(), QStringLiteral("forgetful"));
        QVERIFY(edit("signInPasswordEdit")->text().isEmpty());
        QVERIFY(!client()->isSignedIn());
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(dialog->isVisible());
    }

    void oneTimePasswordMustBeChanged()
    {
        auto oneTime = m_fixture.platform().server().createAdmin(QStringLiteral("newcomer"),
                                                                 models::AdminRole::Sales);
        QVERIFY2(oneTime.ok(), qPrintable(oneTime.error().message));
        QVERIFY(saveProfile(QStringLiteral("Pinned for newcomer"), m_fixture.platform().pin()));
        SignInDialog *dialog = open(QStringLiteral("Pinned for newcomer"));
        QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
        typeCredentials(QStringLiteral("newcomer"), oneTime.value());
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->changePasswordDialog() && dialog->changePasswordDialog()->isVisible(), kWaitMs);
        ChangePasswordDialog *change = dialog->changePasswordDialog();
        QCOMPARE(change->objectName(), QStringLiteral("changePasswordDialog"));
        QCOMPARE(signedIn.count(), 0);
        auto *current = change->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"));
        auto *next = change->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"));
        auto *repeat = change->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"));
        auto *submit = change->findChild<QPushButton *>(QStringLiteral("changePasswordButton"));
        auto *problem = change->findChild<QLabel *>(QStringLiteral("changePasswordErrorLabel"));
        QVERIFY(current && next && repeat && submit && problem);
        QCOMPARE(current->text(), oneTime.value());
        QVERIFY(!submit->isEnabled());

        // Too short for the server's rule (12 characters).
        QTest::keyClicks(next, QStringLiteral("short"));
        QTest::keyClicks(repeat, QStringLiteral("short"));
        QVERIFY(!submit->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("12")));
        // Long enough, but not repeated exactly.
        next->clear();
        repeat->clear();
        const QString chosen = QStringLiteral("newcomer's own password");
        QTest::keyClicks(next, chosen);
        QTest::keyClicks(repeat, chosen + QLatin1Char('!'));
        QVERIFY(!submit->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("match")));
        repeat->clear();
        QTest::keyClicks(repeat, chosen);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
        QVERIFY(!signedIn.first().first().value<models::AdminSession>().mustChangePassword);
        QVERIFY(!dialog->isVisible());

        // The server took it: the new password signs in and need not be changed again.
        const tests::ApiReply login = m_fixture.platform().client().post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("newcomer")},
             {QStringLiteral("password"), chosen}});
        QCOMPARE(login.status, 200);
        QVERIFY(!login.json()
                     .value(QStringLiteral("admin"))
                     .toObject()
                     .value(QStringLiteral("must_change_password"))
                     .toBool(true));
    }

    void remembersProfileAndUserNameButNeverThePassword()
    {
        const QString password = QStringLiteral("memorable password 42");
        QVERIFY(createAdmin(QStringLiteral("regular"), password));
        QVERIFY(saveProfile(QStringLiteral("Daily"), m_fixture.platform().pin()));
        QVERIFY(saveProfile(QStringLiteral("Other"), m_fixture.platform().pin()));
        SignInDialog *dialog = open(QStringLiteral("Daily"));
        QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
        typeCredentials(QStringLiteral("regular"), password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
        QCOMPARE(ConnectionProfiles(settings()).lastUsed(), QStringLiteral("Daily"));

        // Another console start: a client with no profile yet, the same settings.
        QNetworkAccessManager network;
        PlatformClient::Options options;
        options.rememberSessions = false;
        PlatformClient fresh(&network, options);
        ui::ConsoleContext context(&fresh, settings(), nullptr);
        m_dialog = std::make_unique<SignInDialog>(&context);
        m_dialog->open();
        QCOMPARE(m_dialog->profileName(), QStringLiteral("Daily"));
        QCOMPARE(edit("signInUsernameEdit")->text(), QStringLiteral("regular"));
        QVERIFY(edit("signInPasswordEdit")->text().isEmpty());
        settings()->sync();
        for (const QString &key : settings()->allKeys())
            QVERIFY2(!settings()->value(key).toString().contains(password), qPrintable(key));
        m_dialog.reset();
    }

private:
    PlatformClient *client() const { return m_fixture.client(); }
    QSettings *settings() const { return m_fixture.settings(); }

    bool createAdmin(const QString &username, const QString &password)
    {
        auto created =
            m_fixture.platform().server().createAdmin(username, models::AdminRole::Sales, password);
        if (!created)
            qWarning("%s", qPrintable(created.error().message));
        return created.ok();
    }

    bool saveProfile(const QString &name, const QString &pin)
    {
        ConnectionProfile profile = m_fixture.profile();
        profile.name = name;
        profile.pin = pin;
        auto added = ConnectionProfiles(settings()).add(profile);
        if (!added)
            qWarning("%s", qPrintable(added.error().message));
        return added.ok();
    }

    SignInDialog *open(const QString &profileName)
    {
        m_dialog = std::make_unique<SignInDialog>(m_fixture.context());
        m_dialog->setProfileName(profileName);
        m_dialog->open();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            qWarning("the sign-in dialog was not shown");
        if (m_dialog->profileName() != profileName)
            qWarning("the profile %s was not selected", qPrintable(profileName));
        return m_dialog.get();
    }

    void typeCredentials(const QString &username, const QString &password)
    {
        edit("signInUsernameEdit")->clear();
        QTest::keyClicks(edit("signInUsernameEdit"), username);
        edit("signInPasswordEdit")->clear();
        QTest::keyClicks(edit("signInPasswordEdit"), password);
    }

    QLineEdit *edit(const char *name) const
    {
        auto *found = m_dialog->findChild<QLineEdit *>(QLatin1String(name));
        if (!found)
            qFatal("no line edit %s", name);
        return found;
    }
    QPushButton *button(const char *name) const
    {
        auto *found = m_dialog->findChild<QPushButton *>(QLatin1String(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }
    QLabel *label(const char *name) const
    {
        auto *found = m_dialog->findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label %s", name);
        return found;
    }

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<SignInDialog> m_dialog;
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
