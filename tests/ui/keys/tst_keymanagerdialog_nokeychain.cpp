#include "licensing/vault/KeyVault.h"
#include "ui/common/ConsoleContext.h"
#include "ui/keys/KeyManagerDialog.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sphair;
using sphair::ui::KeyManagerDialog;

// With no keychain backend (no D-Bus session) the key manager says so clearly and adds no
// key; without a platform client it cannot register and says why.
class TestKeyManagerDialogNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void generateReportsTheMissingKeychain()
    {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"),
                 "run this test through its CTest wrapper, which hides the D-Bus session");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        licensing::KeyVault vault(&settings, QStringLiteral("SPHAiR key manager no-backend"));
        ui::ConsoleContext context(nullptr, &settings, &vault);
        QSignalSpy errors(&context, &ui::ConsoleContext::errorReported);

        KeyManagerDialog dialog(&context);
        dialog.show();
        auto *registerButton = dialog.findChild<QPushButton *>(QStringLiteral("registerKeyButton"));
        QVERIFY(registerButton);
        QVERIFY(!registerButton->isEnabled());
        QVERIFY(registerButton->toolTip().contains(QStringLiteral("Sign in")));

        dialog.findChild<QPushButton *>(QStringLiteral("generateKeyButton"))->click();
        QDialog *labelDialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            labelDialog = dialog.findChild<QDialog *>(QStringLiteral("keyLabelDialog"));
            return labelDialog && labelDialog->isVisible();
        }));
        labelDialog->findChild<QLineEdit *>(QStringLiteral("keyLabelEdit"))
            ->setText(QStringLiteral("Nowhere"));
        QTest::mouseClick(labelDialog->findChild<QPushButton *>(QStringLiteral("keyLabelOkButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);

        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).value<models::Error>().code,
                 QStringLiteral("keychain_unavailable"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("keyMessageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("keychain")));
        QVERIFY(vault.keys().isEmpty());
        QCOMPARE(
            dialog.findChild<QTableView *>(QStringLiteral("issuerKeysTable"))->model()->rowCount(),
            0);
        // Generating stays possible once the keychain is back.
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("generateKeyButton"))->isEnabled());
    }
};

QTEST_MAIN(TestKeyManagerDialogNoKeychain)
#include "tst_keymanagerdialog_nokeychain.moc"
