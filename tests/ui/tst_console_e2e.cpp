// The console end to end, as a user drives it: `sphair-admin --sandbox` (the real
// sphair-platformd as a child, its certificate pinned, signed in), an issuer key made and
// registered in the key manager (the real keychain), a company created on the Companies tab,
// a license issued for it on the Licenses tab and seen as active, then revoked and seen as
// revoked. Everything is found by object name and clicked; nothing is faked.
#include "client/PlatformClient.h"
#include "licensing/vault/KeyVault.h"
#include "models/domain/Tier.h"
#include "ui/Console.h"
#include "ui/MainWindow.h"
#include "ui/common/ConsoleContext.h"
#include "ui/companies/CompaniesPage.h"
#include "ui/licenses/LicensesPage.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sphair;

namespace {

constexpr int kWaitMs = 60000;

// The first visible widget of type T called `name` anywhere in the application.
template<typename T>
T *visible(const QString &name)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *self = qobject_cast<T *>(top);
            self && top->objectName() == name && top->isVisible())
            return self;
        const QList<T *> found = top->findChildren<T *>(name);
        for (T *widget : found) {
            if (widget->isVisible())
                return widget;
        }
    }
    return nullptr;
}

} // namespace

class TestConsoleEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run through tests/support/with-keyring.sh (gnome-keyring)");
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")),
                                                 QSettings::IniFormat);
        // Signed licenses waiting for the server go here, not into the user's data folder.
        m_settings->setValue(QStringLiteral("licenses/outbox_folder"),
                             m_dir.filePath(QStringLiteral("outbox")));
        ui::Console::Options options;
        options.sandbox = true;
        options.platformdPath = QStringLiteral(SPHAIR_PLATFORMD);
        options.sandboxDir = m_dir.filePath(QStringLiteral("sandbox"));
        options.vaultKeychainService =
            QStringLiteral("sphair-e2e-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_console = std::make_unique<ui::Console>(m_settings.get(), options);
        m_console->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->client()->isSignedIn(), kWaitMs);
        QVERIFY(m_console->window()->isVisible());
        auto *badge = m_console->window()->findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(badge);
        QVERIFY2(badge->text().contains(QStringLiteral("SANDBOX")), qPrintable(badge->text()));
    }

    void cleanupTestCase()
    {
        // Remove the key this test put in the real keychain.
        if (m_console && !m_kid.isEmpty()) {
            bool removed = false;
            m_console->vault()->remove(m_kid,
                                       [&removed](const models::Status &) { removed = true; });
            if (!QTest::qWaitFor([&removed] { return removed; }, kWaitMs))
                qWarning("the test key could not be removed from the keychain");
        }
        m_console.reset();
    }

    void makeAndRegisterAnIssuerKey()
    {
        action("keyManagerAction")->trigger();
        auto *manager = visible<QDialog>(QStringLiteral("keyManagerDialog"));
        QVERIFY(manager);
        click(manager, "generateKeyButton");
        auto *labelDialog = visible<QDialog>(QStringLiteral("keyLabelDialog"));
        QVERIFY(labelDialog);
        QTest::keyClicks(labelDialog->findChild<QLineEdit *>(QStringLiteral("keyLabelEdit")),
                         QStringLiteral("End-to-end signer"));
        click(labelDialog, "keyLabelOkButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_console->vault()->keys().size() == 1, kWaitMs);
        m_kid = m_console->vault()->keys().first().kid;

        auto *registerButton =
            manager->findChild<QPushButton *>(QStringLiteral("registerKeyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(registerButton->isEnabled(), kWaitMs);
        registerButton->click();
        auto *message = manager->findChild<QLabel *>(QStringLiteral("keyMessageLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QStringLiteral("Registered")),
                                  qPrintable(message->text()), kWaitMs);
        QVERIFY(!registerButton->isEnabled()); // registered once is enough
        manager->close();
    }

    void createACompany()
    {
        showTab(QStringLiteral("companiesPage"));
        ui::CompaniesPage *page = m_console->companiesPage();
        click(page, "newCompanyButton");
        auto *dialog = visible<QDialog>(QStringLiteral("companyDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyCodeEdit")), m_code);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyNameEdit")),
                         QStringLiteral("End To End Logistics"));
        auto *tier = dialog->findChild<QComboBox *>(QStringLiteral("companyTierCombo"));
        tier->setCurrentIndex(tier->findData(static_cast<int>(models::Tier::Small)));
        dialog->findChild<QSpinBox *>(QStringLiteral("companyMaxUsersSpin"))->setValue(8);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyEmailEdit")),
                         QStringLiteral("it@e2e-logistics.example"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("companyDialogSaveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), kWaitMs);
        QPointer<QDialog> guard(dialog);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
        auto *table = page->findChild<QTableView *>(QStringLiteral("companiesTable"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(table->model(), m_code) >= 0, kWaitMs);
    }

    void issueALicenseAndSeeItActive()
    {
        showTab(QStringLiteral("licensesPage"));
        ui::LicensesPage *page = m_console->licensesPage();
        click(page, "issueLicenseButton");
        auto *dialog = visible<QDialog>(QStringLiteral("issueLicenseDialog"));
        QVERIFY(dialog);
        auto *companies = dialog->findChild<QComboBox *>(QStringLiteral("issueCompanyCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(indexStartingWith(companies, m_code + u' ') >= 0, kWaitMs);
        companies->setCurrentIndex(indexStartingWith(companies, m_code + u' '));
        auto *keys = dialog->findChild<QComboBox *>(QStringLiteral("issueKeyCombo"));
        keys->setCurrentIndex(keys->findData(m_kid));
        auto *issue = dialog->findChild<QPushButton *>(QStringLiteral("issueButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("issueErrorLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(issue->isEnabled(), qPrintable(error->text()), kWaitMs);
        QPointer<QDialog> guard(dialog);
        issue->click();
        QTRY_VERIFY2_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(),
                                  qPrintable(guard ? error->text() : QString()), kWaitMs);

        auto *table = page->findChild<QTableView *>(QStringLiteral("licensesTable"));
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(table, m_code), tr("Active"), kWaitMs);
    }

    void revokeItAndSeeItRevoked()
    {
        ui::LicensesPage *page = m_console->licensesPage();
        auto *table = page->findChild<QTableView *>(QStringLiteral("licensesTable"));
        const int row = rowWith(table->model(), m_code);
        QVERIFY(row >= 0);
        table->selectRow(row);
        click(page, "revokeLicenseButton");
        auto *dialog = visible<QDialog>(QStringLiteral("revokeLicenseDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("revokeReasonEdit"))
            ->setPlainText(QStringLiteral("End-to-end test: contract ended"));
        dialog->findChild<QCheckBox *>(QStringLiteral("revokeConfirmCheck"))->setChecked(true);
        auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
        QVERIFY(revoke->isEnabled());
        QPointer<QDialog> guard(dialog);
        revoke->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(table, m_code), tr("Revoked"), kWaitMs);
        QVERIFY(
            !page->findChild<QPushButton *>(QStringLiteral("revokeLicenseButton"))->isEnabled());
    }

private:
    QAction *action(const char *name) const
    {
        auto *found = m_console->window()->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    static void click(QWidget *parent, const char *name)
    {
        auto *button = parent->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void showTab(const QString &objectName)
    {
        QTabWidget *tabs = m_console->window()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == objectName)
                tabs->setCurrentIndex(i);
        }
        QCOMPARE(tabs->currentWidget()->objectName(), objectName);
    }

    // The row whose first column shows `text` (the company code in both tables).
    static int rowWith(const QAbstractItemModel *model, const QString &text)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == text)
                return row;
        }
        return -1;
    }

    // What the licenses table shows in its status column for the company `code`.
    static QString statusShown(const QTableView *table, const QString &code)
    {
        const QAbstractItemModel *model = table->model();
        const int row = rowWith(model, code);
        if (row < 0)
            return {};
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            if (header == tr("Status"))
                return model->index(row, column).data().toString();
        }
        return {};
    }

    static int indexStartingWith(const QComboBox *combo, const QString &prefix)
    {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(prefix))
                return i;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::Console> m_console;
    const QString m_code = QStringLiteral("E2E-LOGISTICS");
    QString m_kid;
};

QTEST_MAIN(TestConsoleEndToEnd)
#include "tst_console_e2e.moc"
