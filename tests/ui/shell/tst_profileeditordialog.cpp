#include "client/ConnectionProfiles.h"
#include "client/PlatformClient.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/shell/ConnectionProfilesDialog.h"
#include "ui/shell/ProfileEditorDialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sphair;
using client::ConnectionProfile;
using client::ConnectionProfiles;
using ui::shell::ConnectionProfilesDialog;
using ui::shell::ProfileEditorDialog;

namespace {

const QString kPin = QString::fromLatin1(QByteArray(32, '\x07').toBase64());

} // namespace

// The connection profile editor validates as you type (ConnectionProfile::validate()): the
// problem is shown and Save stays disabled until there is none; Save writes QSettings.
class TestProfileEditorDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No Secret Service here: forgetSession() must fail fast, not wait for D-Bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sphair-test-bus");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("console.ini")),
                                                 QSettings::IniFormat);
    }

    void cleanup()
    {
        ui::FileChooser::setOverride({});
        m_settings.reset();
        m_dir.reset();
    }

    void emptyFormCannotBeSaved()
    {
        ProfileEditorDialog dialog(m_settings.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(errorLabel(dialog)->isVisible());
        QVERIFY(!errorLabel(dialog)->text().isEmpty());
    }

    void everyMnemonicLeadsToAField()
    {
        // A label with '&' and no buddy shows the '&' and its key does nothing.
        ProfileEditorDialog dialog(m_settings.get());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        int mnemonics = 0;
        for (const QLabel *label : labels) {
            if (!label->text().contains(u'&') || label->textFormat() == Qt::PlainText)
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(mnemonics >= 6);
    }

    void badUrlIsShownAndBlocksSaving()
    {
        ProfileEditorDialog dialog(m_settings.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(edit(dialog, "profileNameEdit"), QStringLiteral("Production"));
        QTest::keyClicks(edit(dialog, "profileUrlEdit"), QStringLiteral("platform example com"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(errorLabel(dialog)->isVisible());
        const QString problem = errorLabel(dialog)->text();
        QVERIFY(!problem.isEmpty());

        edit(dialog, "profileUrlEdit")->clear();
        QTest::keyClicks(edit(dialog, "profileUrlEdit"),
                         QStringLiteral("https://platform.example.com"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!errorLabel(dialog)->isVisible());
    }

    void plainHttpOnlyToLoopbackAndOnlyWhenAsked()
    {
        ProfileEditorDialog dialog(m_settings.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(edit(dialog, "profileNameEdit"), QStringLiteral("Local"));
        QTest::keyClicks(edit(dialog, "profileUrlEdit"),
                         QStringLiteral("http://platform.example.com"));
        auto *plain = dialog.findChild<QCheckBox *>(QStringLiteral("profilePlainHttpCheck"));
        QVERIFY(plain);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::mouseClick(plain, Qt::LeftButton, {}, QPoint(5, plain->height() / 2));
        QVERIFY(plain->isChecked());
        // Still refused: the host is not this computer.
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(errorLabel(dialog)->text().contains(QStringLiteral("http"), Qt::CaseInsensitive));

        edit(dialog, "profileUrlEdit")->clear();
        QTest::keyClicks(edit(dialog, "profileUrlEdit"), QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(plain, Qt::LeftButton, {}, QPoint(5, plain->height() / 2));
        QVERIFY(!plain->isChecked());
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void malformedPinAndTakenNameAreRefused()
    {
        QVERIFY(ConnectionProfiles(m_settings.get()).add(profile(QStringLiteral("Staging"))));
        ProfileEditorDialog dialog(m_settings.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(edit(dialog, "profileNameEdit"), QStringLiteral("Staging"));
        QTest::keyClicks(edit(dialog, "profileUrlEdit"),
                         QStringLiteral("https://staging.example.com"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(errorLabel(dialog)->text().contains(QStringLiteral("Staging")));
        QTest::keyClicks(edit(dialog, "profileNameEdit"), QStringLiteral(" 2"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog, "profilePinEdit"), QStringLiteral("not a fingerprint"));
        QVERIFY(!okButton(dialog)->isEnabled());
        edit(dialog, "profilePinEdit")->setText(kPin);
        QVERIFY(okButton(dialog)->isEnabled());
        edit(dialog, "profileCaFileEdit")->setText(m_dir->filePath(QStringLiteral("missing.pem")));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(errorLabel(dialog)->text().contains(QStringLiteral("missing.pem")));
    }

    void savesEveryFieldToSettings()
    {
        const QString caFile = m_dir->filePath(QStringLiteral("extra-ca.pem"));
        {
            QFile file(caFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN CERTIFICATE-----\n");
        }
        ui::FileChooser::setOverride([caFile](ui::FileChooser::Mode, const QString &,
                                              const QString &, const QString &) { return caFile; });
        ProfileEditorDialog dialog(m_settings.get());
        QSignalSpy saved(&dialog, &ProfileEditorDialog::profileSaved);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(edit(dialog, "profileNameEdit"), QStringLiteral("Staging (EU)"));
        QTest::keyClicks(edit(dialog, "profileUrlEdit"),
                         QStringLiteral("https://staging.example.com:8443"));
        auto *environment =
            dialog.findChild<QComboBox *>(QStringLiteral("profileEnvironmentCombo"));
        QVERIFY(environment);
        environment->setCurrentIndex(
            environment->findData(client::environmentCode(client::Environment::Staging)));
        auto *colour = dialog.findChild<QPushButton *>(QStringLiteral("profileColourButton"));
        QVERIFY(colour);
        // The effective colour is shown before one is picked.
        QVERIFY2(
            colour->text().contains(client::defaultEnvironmentColour(client::Environment::Staging)),
            qPrintable(colour->text()));
        QTest::mouseClick(colour, Qt::LeftButton);
        auto *picker = dialog.findChild<QColorDialog *>(QStringLiteral("profileColourDialog"));
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        picker->setCurrentColor(QColor(QStringLiteral("#123456")));
        picker->accept();
        QCOMPARE(colour->text(), QStringLiteral("#123456"));
        QTest::keyClicks(edit(dialog, "profilePinEdit"), kPin);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("profileCaBrowseButton")),
                          Qt::LeftButton);
        QCOMPARE(edit(dialog, "profileCaFileEdit")->text(), caFile);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(errorLabel(dialog)->text()));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        m_settings->sync();
        QSettings reread(m_dir->filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        const auto stored = ConnectionProfiles(&reread).find(QStringLiteral("Staging (EU)"));
        QVERIFY(stored);
        QCOMPARE(stored->baseUrl, QUrl(QStringLiteral("https://staging.example.com:8443")));
        QCOMPARE(stored->environment, client::Environment::Staging);
        QCOMPARE(stored->colour.toLower(), QStringLiteral("#123456"));
        QCOMPARE(stored->pin, kPin);
        QCOMPARE(stored->caFile, caFile);
        QVERIFY(!stored->allowPlainHttpLoopback);
    }

    void editingRenamesTheProfile()
    {
        ConnectionProfiles profiles(m_settings.get());
        QVERIFY(profiles.add(profile(QStringLiteral("Old name"))));
        ProfileEditorDialog dialog(m_settings.get(), QStringLiteral("Old name"));
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(edit(dialog, "profileNameEdit")->text(), QStringLiteral("Old name"));
        QCOMPARE(edit(dialog, "profilePinEdit")->text(), kPin);
        QVERIFY(okButton(dialog)->isEnabled());
        edit(dialog, "profileNameEdit")->selectAll();
        QTest::keyClicks(edit(dialog, "profileNameEdit"), QStringLiteral("New name"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!profiles.find(QStringLiteral("Old name")));
        QVERIFY(profiles.find(QStringLiteral("New name")));
        QCOMPARE(profiles.find(QStringLiteral("New name"))->pin, kPin);
    }

    void profilesDialogAddsAndRemovesWithConfirmation()
    {
        QNetworkAccessManager network;
        client::PlatformClient::Options options;
        options.rememberSessions = false;
        client::PlatformClient platformClient(&network, options);
        ui::ConsoleContext context(&platformClient, m_settings.get(), nullptr);
        ConnectionProfiles profiles(m_settings.get());
        QVERIFY(profiles.add(profile(QStringLiteral("First"))));

        ConnectionProfilesDialog dialog(&context);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profilesList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);

        // Add.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addProfileButton")),
                          Qt::LeftButton);
        ProfileEditorDialog *editor = dialog.editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::keyClicks(edit(*editor, "profileNameEdit"), QStringLiteral("Second"));
        QTest::keyClicks(edit(*editor, "profileUrlEdit"), QStringLiteral("https://second.example"));
        QTest::mouseClick(okButton(*editor), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY(profiles.find(QStringLiteral("Second")));
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("Second"));

        // Remove asks first; Cancel keeps the profile.
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeProfileButton"));
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *question = dialog.findChild<QMessageBox *>(QStringLiteral("removeProfileConfirm"));
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("Second")));
        QVERIFY(profiles.find(QStringLiteral("Second")));
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(profiles.find(QStringLiteral("Second")));
        QCOMPARE(list->count(), 2);

        // Confirmed: gone from the settings, and the client forgets its saved session.
        QSignalSpy forgotten(&platformClient, &client::PlatformClient::sessionForgotten);
        QSignalSpy keychainFailed(&platformClient, &client::PlatformClient::keychainFailed);
        QTest::mouseClick(remove, Qt::LeftButton);
        question = dialog.findChild<QMessageBox *>(QStringLiteral("removeProfileConfirm"));
        QVERIFY(question);
        QTest::mouseClick(
            question->findChild<QPushButton *>(QStringLiteral("removeProfileConfirmButton")),
            Qt::LeftButton);
        QVERIFY(!profiles.find(QStringLiteral("Second")));
        QVERIFY(profiles.find(QStringLiteral("First")));
        QCOMPARE(list->count(), 1);
        // Without a Secret Service here the keychain answers with a failure: either way the
        // removal was asked for.
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.count() + keychainFailed.count() == 1, 30000);
    }

private:
    static ConnectionProfile profile(const QString &name)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.baseUrl = QUrl(QStringLiteral("https://platform.example.com"));
        profile.environment = client::Environment::Staging;
        profile.pin = kPin;
        return profile;
    }
    static QLineEdit *edit(QDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<QLineEdit *>(QLatin1String(name));
        if (!found)
            qFatal("no line edit %s", name);
        return found;
    }
    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QLabel *errorLabel(QDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("profileErrorLabel"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestProfileEditorDialog)
#include "tst_profileeditordialog.moc"
