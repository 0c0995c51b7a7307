#include "client/PlatformClient.h"
#include "models/item/CompanyTableModel.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/ui/companies/CompanyTestSupport.h"
#include "ui/common/ConsoleContext.h"
#include "ui/companies/CompanyDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace sphair;
using sphair::models::Company;
using sphair::ui::CompanyDialog;

namespace {
constexpr int kWaitMs = 30000;
}

// CompanyDialog against a real platform: validation as you type, create, the 409 on a taken
// code, the 412 conflict and its resolution, and a session that ends while the form is open.
class TestCompanyDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QVERIFY(!tests::createCompanyOnServer(m_fixture.platform().admin(),
                                              QStringLiteral("DUP-01"), QStringLiteral("Taken"))
                     .isEmpty());
    }

    void init()
    {
        // The loaded list: one company the server does not know (only the list has it).
        m_known = std::make_unique<models::CompanyTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_known.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Company listed;
        listed.id = QUuid::createUuid();
        listed.code = QStringLiteral("LOADED-01");
        listed.name = QStringLiteral("Listed only");
        listed.maxUsers = 5;
        m_known->setCompanies({listed});
        m_dialog = std::make_unique<CompanyDialog>(m_fixture.context(), m_known.get());
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_tester.reset();
        m_known.reset();
    }

    void startsWithSaveDisabledAndNoErrors()
    {
        QVERIFY(!saveButton()->isEnabled());
        // Nothing typed yet: no field shouts at the user.
        for (const char *name :
             {"companyCodeError", "companyNameError", "companyMaxUsersError", "companyEmailError"})
            QVERIFY2(!errorShown(name), name);
        QVERIFY(!widget<QGroupBox>("conflictPanel")->isVisible());
    }

    void badCodeIsShownAsYouType()
    {
        fillValid(QStringLiteral("GOOD-01"));
        QVERIFY(saveButton()->isEnabled());
        QLineEdit *code = widget<QLineEdit>("companyCodeEdit");
        code->clear();
        QTest::keyClicks(code, QStringLiteral("1bad"));
        QCOMPARE(code->text(), QStringLiteral("1BAD")); // typed in capitals
        QVERIFY(errorShown("companyCodeError"));
        QVERIFY(!saveButton()->isEnabled());
        code->clear();
        QTest::keyClicks(code, QStringLiteral("good-02"));
        QVERIFY(!errorShown("companyCodeError"));
        QVERIFY(saveButton()->isEnabled());
    }

    void duplicateCodeFromTheLoadedList()
    {
        fillValid(QStringLiteral("LOADED-0"));
        QVERIFY(saveButton()->isEnabled());
        QTest::keyClick(widget<QLineEdit>("companyCodeEdit"), Qt::Key_1);
        QVERIFY(errorShown("companyCodeError"));
        QVERIFY(label("companyCodeError")->text().contains(QStringLiteral("LOADED-01")));
        QVERIFY(!saveButton()->isEnabled());
    }

    void duplicateCodeFromTheServer()
    {
        // DUP-01 is not in the loaded list: only the server's 409 can tell.
        fillValid(QStringLiteral("DUP-01"));
        QVERIFY(saveButton()->isEnabled());
        QSignalSpy errors(m_fixture.context(), &ui::ConsoleContext::errorReported);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(errorShown("companyCodeError"), kWaitMs);
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(widget<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Dialog Test Ltd"));
        QCOMPARE(errors.count(), 0); // a field's problem is shown on the field
        // Another code is fine again; the taken one stays taken.
        QTest::keyClick(widget<QLineEdit>("companyCodeEdit"), Qt::Key_2);
        QVERIFY(!errorShown("companyCodeError"));
        QVERIFY(saveButton()->isEnabled());
        QTest::keyClick(widget<QLineEdit>("companyCodeEdit"), Qt::Key_Backspace);
        QVERIFY(errorShown("companyCodeError"));
    }

    void badEmail()
    {
        fillValid(QStringLiteral("MAIL-01"));
        QLineEdit *email = widget<QLineEdit>("companyEmailEdit");
        email->clear();
        QTest::keyClicks(email, QStringLiteral("not-an-email"));
        QVERIFY(errorShown("companyEmailError"));
        QVERIFY(!saveButton()->isEnabled());
        QTest::keyClicks(email, QStringLiteral("@example.com"));
        QVERIFY(!errorShown("companyEmailError"));
        QVERIFY(saveButton()->isEnabled());
    }

    void emptyNameAfterTyping()
    {
        fillValid(QStringLiteral("NAME-01"));
        QLineEdit *name = widget<QLineEdit>("companyNameEdit");
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(errorShown("companyNameError"));
        QVERIFY(!saveButton()->isEnabled());
    }

    void maxUsersOverTheTierCap()
    {
        fillValid(QStringLiteral("TIER-01"));
        auto *tier = widget<QComboBox>("companyTierCombo");
        auto *users = widget<QSpinBox>("companyMaxUsersSpin");
        tier->setCurrentIndex(tier->findData(int(models::Tier::Small)));
        users->setValue(10);
        QVERIFY(!errorShown("companyMaxUsersError"));
        QVERIFY(saveButton()->isEnabled());
        users->setValue(11);
        QVERIFY(errorShown("companyMaxUsersError"));
        QVERIFY(!saveButton()->isEnabled());
        // The same number suits the medium tier.
        tier->setCurrentIndex(tier->findData(int(models::Tier::Medium)));
        QVERIFY(!errorShown("companyMaxUsersError"));
        QVERIFY(saveButton()->isEnabled());
        users->setValue(31);
        QVERIFY(errorShown("companyMaxUsersError"));
        QVERIFY(!saveButton()->isEnabled());
    }

    void createSucceeds()
    {
        fillValid(QStringLiteral("NEW-01"));
        QSignalSpy saved(m_dialog.get(), &CompanyDialog::companySaved);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        const auto company = saved.at(0).at(0).value<Company>();
        QCOMPARE(company.code, QStringLiteral("NEW-01"));
        QVERIFY(!company.id.isNull());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
        const QJsonObject stored =
            tests::findOnServer(m_fixture.platform().admin(), QStringLiteral("NEW-01"));
        QCOMPARE(stored.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Dialog Test Ltd"));
        QCOMPARE(stored.value(QStringLiteral("max_users")).toInt(), 20);
        QCOMPARE(stored.value(QStringLiteral("tier")).toString(), QStringLiteral("medium"));
    }

    void editConflictUseMine()
    {
        const Company company = createAndEdit(QStringLiteral("EDIT-01"));
        typeName(QStringLiteral("Mine"));
        changeOnServer(company.id, QStringLiteral("Theirs"));

        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QGroupBox>("conflictPanel")->isVisible(), kWaitMs);
        QCOMPARE(widget<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Mine"));
        QCOMPARE(label("conflictMineName")->text(), QStringLiteral("Mine"));
        QCOMPARE(label("conflictTheirsName")->text(), QStringLiteral("Theirs"));
        QVERIFY(m_dialog->isVisible());

        QSignalSpy saved(m_dialog.get(), &CompanyDialog::companySaved);
        QTest::mouseClick(widget<QPushButton>("useMineButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(saved.at(0).at(0).value<Company>().name, QStringLiteral("Mine"));
        QCOMPARE(serverName(company.id), QStringLiteral("Mine"));
    }

    void editConflictUseTheirs()
    {
        const Company company = createAndEdit(QStringLiteral("EDIT-02"));
        typeName(QStringLiteral("Mine again"));
        changeOnServer(company.id, QStringLiteral("Theirs again"));

        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QGroupBox>("conflictPanel")->isVisible(), kWaitMs);
        QCOMPARE(widget<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Mine again"));
        QTest::mouseClick(widget<QPushButton>("useTheirsButton"), Qt::LeftButton);
        QCOMPARE(widget<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Theirs again"));
        QVERIFY(!widget<QGroupBox>("conflictPanel")->isVisible());

        // The form now holds the current version: saving an edit of it succeeds.
        typeName(QStringLiteral("Theirs, amended"));
        QSignalSpy saved(m_dialog.get(), &CompanyDialog::companySaved);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(serverName(company.id), QStringLiteral("Theirs, amended"));
    }

    void sessionEndedKeepsTheForm()
    {
        fillValid(QStringLiteral("AUTH-01"));
        revokeConsoleSessions();
        QSignalSpy errors(m_fixture.context(), &ui::ConsoleContext::errorReported);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(errorShown("companyDialogError"), kWaitMs);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(1).value<models::Error>().code, QStringLiteral("unauthorized"));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(widget<QLineEdit>("companyCodeEdit")->text(), QStringLiteral("AUTH-01"));
        QCOMPARE(widget<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Dialog Test Ltd"));
        QCOMPARE(widget<QLineEdit>("companyEmailEdit")->text(),
                 QStringLiteral("it@dialog.example.com"));
        QCOMPARE(widget<QSpinBox>("companyMaxUsersSpin")->value(), 20);
        QVERIFY(saveButton()->isEnabled());

        // Signed in again, the same form saves.
        std::optional<bool> signedIn;
        m_fixture.client()->login(QStringLiteral("console"),
                                  tests::ConsoleFixture::passwordFor(QStringLiteral("console")),
                                  [&signedIn](auto result) { signedIn = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), kWaitMs);
        QVERIFY(*signedIn);
        QSignalSpy saved(m_dialog.get(), &CompanyDialog::companySaved);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QVERIFY(!tests::findOnServer(m_fixture.platform().admin(), QStringLiteral("AUTH-01"))
                     .isEmpty());
    }

private:
    template<typename T>
    T *widget(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s in the dialog", name);
        return found;
    }
    QLabel *label(const char *name) const { return widget<QLabel>(name); }
    QPushButton *saveButton() const { return widget<QPushButton>("companyDialogSaveButton"); }
    bool errorShown(const char *name) const
    {
        QLabel *error = label(name);
        return error->isVisibleTo(m_dialog.get()) && !error->text().isEmpty();
    }

    void fillValid(const QString &code)
    {
        QLineEdit *codeEdit = widget<QLineEdit>("companyCodeEdit");
        codeEdit->clear();
        QTest::keyClicks(codeEdit, code);
        typeName(QStringLiteral("Dialog Test Ltd"));
        auto *tier = widget<QComboBox>("companyTierCombo");
        tier->setCurrentIndex(tier->findData(int(models::Tier::Medium)));
        widget<QSpinBox>("companyMaxUsersSpin")->setValue(20);
        QLineEdit *email = widget<QLineEdit>("companyEmailEdit");
        email->clear();
        QTest::keyClicks(email, QStringLiteral("it@dialog.example.com"));
    }

    void typeName(const QString &name)
    {
        QLineEdit *edit = widget<QLineEdit>("companyNameEdit");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, name);
    }

    // A company created by another admin, opened in the dialog for editing.
    Company createAndEdit(const QString &code)
    {
        const QJsonObject json =
            tests::createCompanyOnServer(m_fixture.platform().admin(), code,
                                         QStringLiteral("Original"), QStringLiteral("small"), 5);
        auto company = Company::fromJson(json);
        if (!company)
            qFatal("cannot read the created company");
        m_dialog->editCompany(company.value());
        if (!QTest::qWaitFor(
                [this] { return m_dialog->isFormValid() && saveButton()->isEnabled(); }, kWaitMs))
            qFatal("the company did not load");
        if (m_dialog->etag().isEmpty())
            qFatal("no ETag loaded");
        return company.value();
    }

    // Another admin renames the company meanwhile.
    void changeOnServer(const QUuid &id, const QString &name)
    {
        tests::ApiClient &admin = m_fixture.platform().admin();
        const QString path = id.toString(QUuid::WithoutBraces);
        const tests::ApiReply current = tests::companyOnServer(admin, path);
        QJsonObject body = current.json();
        body.insert(QStringLiteral("name"), name);
        const tests::ApiReply changed =
            admin.put(QStringLiteral("/admin/companies/") + path, body,
                      {{QByteArray("If-Match"), current.header("ETag")}});
        QCOMPARE(changed.status, 200);
    }

    QString serverName(const QUuid &id)
    {
        return tests::companyOnServer(m_fixture.platform().admin(),
                                      id.toString(QUuid::WithoutBraces))
            .json()
            .value(QStringLiteral("name"))
            .toString();
    }

    // Ends the console's session on the server, as an administrator (or expiry) would.
    void revokeConsoleSessions()
    {
        auto revoked = m_fixture.platform().revokeSessions(QStringLiteral("console"));
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    }

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<models::CompanyTableModel> m_known;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<CompanyDialog> m_dialog;
};

QTEST_MAIN(TestCompanyDialog)
#include "tst_companydialog.moc"
