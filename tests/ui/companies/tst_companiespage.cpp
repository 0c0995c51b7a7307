#include "client/PlatformClient.h"
#include "models/item/CompanyFilterProxy.h"
#include "models/item/CompanyTableModel.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/ui/companies/CompanyTestSupport.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/companies/CompaniesPage.h"
#include "ui/companies/CompanyDetailPane.h"
#include "ui/companies/CompanyDialog.h"
#include "ui/companies/CompanyStatusDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sphair;
using sphair::models::Company;
using sphair::models::CompanyStatus;
using sphair::models::CompanyTableModel;
using sphair::ui::CompaniesPage;

namespace {
constexpr int kWaitMs = 30000;
constexpr int kBulk = 120;
} // namespace

// The Companies tab against a real platform: paging, search, filters, sort, the detail
// pane, suspend/activate/delete with their confirmations, CSV export and failures.
class TestCompaniesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        tests::ApiClient &admin = m_fixture.platform().admin();
        const QStringList tiers {QStringLiteral("small"), QStringLiteral("medium"),
                                 QStringLiteral("large")};
        const QList<int> users {10, 30, 50};
        for (int i = 1; i <= kBulk; ++i) {
            const QString number = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("BULK-") + number,
                                                  QStringLiteral("Bulk ") + number, tiers.at(i % 3),
                                                  users.at(i % 3))
                         .isEmpty());
        }
        // Sorted by name, this one comes after every bulk company: not on the first page.
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("ZZ-HIDDEN"),
                                              QStringLiteral("Zulu Hidden Works"))
                     .isEmpty());
        // Three to sort: names, codes and tiers in different orders.
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("SORT-A"),
                                              QStringLiteral("Sorting Charlie"),
                                              QStringLiteral("large"), 40)
                     .isEmpty());
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("SORT-B"),
                                              QStringLiteral("Sorting Alpha"),
                                              QStringLiteral("small"), 5)
                     .isEmpty());
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("SORT-C"),
                                              QStringLiteral("Sorting Bravo"),
                                              QStringLiteral("medium"), 20)
                     .isEmpty());
        // One suspended by another admin, one to suspend and activate, one to delete.
        const QJsonObject suspended = tests::createCompanyOnServer(
            admin, QStringLiteral("SUSP-01"), QStringLiteral("Suspended Already"));
        QVERIFY(!suspended.isEmpty());
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/companies/%1/suspend")
                               .arg(suspended.value(QStringLiteral("id")).toString()),
                           {{QStringLiteral("reason"), QStringLiteral("unpaid")}})
                     .status,
                 200);
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("ACT-01"),
                                              QStringLiteral("Action Mining"),
                                              QStringLiteral("small"), 8)
                     .isEmpty());
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("DEL-01"),
                                              QStringLiteral("Doomed Dairy"))
                     .isEmpty());
        // Names a spreadsheet must not run, and CSV quoting.
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("CSV-EQ"),
                                              QStringLiteral("=HYPERLINK(\"http://x\")"))
                     .isEmpty());
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("CSV-QT"),
                                              QStringLiteral("Comma, \"Quoted\" Ltd"))
                     .isEmpty());
        // A company with an audit trail: created, changed, suspended, activated.
        const QJsonObject audited = tests::createCompanyOnServer(admin, QStringLiteral("AUD-01"),
                                                                 QStringLiteral("Audited Apples"),
                                                                 QStringLiteral("small"), 8);
        QVERIFY(!audited.isEmpty());
        const QString auditedId = audited.value(QStringLiteral("id")).toString();
        const tests::ApiReply current = tests::companyOnServer(admin, auditedId);
        QJsonObject renamed = current.json();
        renamed.insert(QStringLiteral("name"), QStringLiteral("Audited Apples Ltd"));
        QCOMPARE(admin
                     .put(QStringLiteral("/admin/companies/") + auditedId, renamed,
                          {{QByteArray("If-Match"), current.header("ETag")}})
                     .status,
                 200);
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/companies/%1/suspend").arg(auditedId),
                           {{QStringLiteral("reason"), QStringLiteral("audit test")}})
                     .status,
                 200);
        QCOMPARE(
            admin.post(QStringLiteral("/admin/companies/%1/activate").arg(auditedId), {}).status,
            200);
        m_total = tests::totalOnServer(admin, QString());
        QVERIFY(m_total > CompaniesPage::kPageSize * 2);
    }

    void init()
    {
        m_page = std::make_unique<CompaniesPage>(m_fixture.context());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0 && !m_page->isLoading(), kWaitMs);
    }

    void cleanup()
    {
        ui::FileChooser::setOverride({});
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
    }

    void firstPageLoads()
    {
        // The server's page size, not everything at once.
        QCOMPARE(m_page->model()->rowCount(), CompaniesPage::kPageSize);
        QVERIFY(!m_page->isFullyLoaded());
        QCOMPARE(label("companiesCountLabel")->text(),
                 QStringLiteral("%1 of %2 shown").arg(CompaniesPage::kPageSize).arg(m_total));
        QCOMPARE(m_page->table()->model(), m_page->proxy());
        // Sorted by name like the server: the first row is the '=' company.
        QCOMPARE(m_page->proxy()->index(0, CompanyTableModel::CodeColumn).data().toString(),
                 QStringLiteral("CSV-EQ"));
    }

    void scrollingFetchesEveryPage()
    {
        QSignalSpy pages(m_page.get(), &CompaniesPage::pageLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_page->table()->scrollToBottom(), m_page->model()->rowCount() == m_total), kWaitMs);
        QVERIFY(pages.count() >= int(m_total / CompaniesPage::kPageSize));
        QVERIFY(m_page->isFullyLoaded());
        QVERIFY(!m_page->model()->canFetchMore({}));
        QSet<QUuid> ids;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            ids.insert(m_page->model()->companyAt(row).id);
        QCOMPARE(ids.size(), int(m_total));
        QCOMPARE(label("companiesCountLabel")->text(),
                 QStringLiteral("%1 of %1 shown").arg(m_total));
    }

    void searchAsYouTypeFindsCompaniesNotYetLoaded()
    {
        QCOMPARE(m_page->model()->rowOf(idOf(QStringLiteral("ZZ-HIDDEN"))), -1);
        QLineEdit *search = widget<QLineEdit>("companySearchEdit");
        QTest::keyClicks(search, QStringLiteral("bulk 00"));
        // The loaded rows are filtered at once, before the server is asked.
        QCOMPARE(m_page->proxy()->rowCount(), 9);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("hidden"));
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->proxy()->rowCount(), 1, kWaitMs);
        QCOMPARE(m_page->proxy()->index(0, CompanyTableModel::CodeColumn).data().toString(),
                 QStringLiteral("ZZ-HIDDEN"));
        QCOMPARE(label("companiesCountLabel")->text(), QStringLiteral("1 of 1 shown"));
        // Clearing the search lists the first page of everything again.
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->proxy()->rowCount(), CompaniesPage::kPageSize, kWaitMs);
    }

    void tierFilter()
    {
        auto *tier = widget<QComboBox>("tierFilterCombo");
        tier->setCurrentIndex(tier->findData(int(models::Tier::Large)));
        const qint64 large =
            tests::totalOnServer(m_fixture.platform().admin(), QStringLiteral("tier=large"));
        QVERIFY(large > 0 && large < CompaniesPage::kPageSize);
        // The server lists every large company, including those not loaded before.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->proxy()->rowCount(), int(large), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isFullyLoaded() && !m_page->isLoading(), kWaitMs);
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            QCOMPARE(m_page->proxy()->index(row, 0).data(CompanyTableModel::TierRole).toInt(),
                     int(models::Tier::Large));
        QCOMPARE(m_page->model()->rowCount(), int(large));
    }

    void statusFilter()
    {
        auto *status = widget<QComboBox>("statusFilterCombo");
        status->setCurrentIndex(status->findData(int(CompanyStatus::Suspended)));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isFullyLoaded() && !m_page->isLoading()
                                     && m_page->proxy()->rowCount() == 1,
                                 kWaitMs);
        QCOMPARE(m_page->proxy()->index(0, CompanyTableModel::CodeColumn).data().toString(),
                 QStringLiteral("SUSP-01"));
        // Back to every live company.
        status->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->proxy()->rowCount(), CompaniesPage::kPageSize, kWaitMs);
    }

    void sortByClickingHeaders()
    {
        searchFor(QStringLiteral("sort-"), 3);
        QHeaderView *header = m_page->table()->horizontalHeader();
        const auto clickHeader = [header](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        };
        clickHeader(CompanyTableModel::TierColumn);
        QCOMPARE(shownCodes(),
                 (QStringList {QStringLiteral("SORT-B"), QStringLiteral("SORT-C"),
                               QStringLiteral("SORT-A")}));
        clickHeader(CompanyTableModel::TierColumn);
        QCOMPARE(shownCodes(),
                 (QStringList {QStringLiteral("SORT-A"), QStringLiteral("SORT-C"),
                               QStringLiteral("SORT-B")}));
        clickHeader(CompanyTableModel::NameColumn);
        QCOMPARE(shownCodes(),
                 (QStringList {QStringLiteral("SORT-B"), QStringLiteral("SORT-C"),
                               QStringLiteral("SORT-A")}));
        clickHeader(CompanyTableModel::CodeColumn);
        QCOMPARE(shownCodes(),
                 (QStringList {QStringLiteral("SORT-A"), QStringLiteral("SORT-B"),
                               QStringLiteral("SORT-C")}));
        // Sorting by code descends on the second click; the full list is already here.
        clickHeader(CompanyTableModel::CodeColumn);
        QCOMPARE(shownCodes(),
                 (QStringList {QStringLiteral("SORT-C"), QStringLiteral("SORT-B"),
                               QStringLiteral("SORT-A")}));
        for (int column = 0; column < CompanyTableModel::ColumnCount; ++column) {
            clickHeader(column);
            QCOMPARE(header->sortIndicatorSection(), column);
            QCOMPARE(m_page->proxy()->rowCount(), 3);
        }
    }

    void detailPaneShowsAuditAndUsers()
    {
        searchFor(QStringLiteral("AUD-01"), 1);
        ui::CompanyDetailPane *detail = m_page->detailPane();
        QSignalSpy loaded(detail, &ui::CompanyDetailPane::loaded);
        QVERIFY(m_page->selectCompany(idOf(QStringLiteral("AUD-01"))));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && detail->isLoaded(), kWaitMs);
        QCOMPARE(widget<QLabel>("companyDetailCode")->text(), QStringLiteral("AUD-01"));
        QCOMPARE(widget<QLabel>("companyDetailName")->text(), QStringLiteral("Audited Apples Ltd"));
        auto *audit = widget<QListWidget>("companyAuditList");
        QCOMPARE(audit->count(), 4);
        // Newest first: who, what and when.
        QCOMPARE(audit->item(0)->data(Qt::UserRole).toString(), QStringLiteral("company.activate"));
        QCOMPARE(audit->item(1)->data(Qt::UserRole).toString(), QStringLiteral("company.suspend"));
        QVERIFY(audit->item(1)->text().contains(QStringLiteral("audit test")));
        QCOMPARE(audit->item(3)->data(Qt::UserRole).toString(), QStringLiteral("company.create"));
        QVERIFY(audit->item(0)->text().contains(QStringLiteral("root")));
        QVERIFY(audit->item(0)->text().contains(QDate::currentDate().toString(Qt::ISODate))
                || audit->item(0)->text().contains(
                    QDate::currentDate().addDays(-1).toString(Qt::ISODate)));
        auto *users = widget<QProgressBar>("companyUsersBar");
        QCOMPARE(users->maximum(), 8);
        QCOMPARE(users->value(), 0);
        QCOMPARE(users->text(), QStringLiteral("0 / 8"));
        QCOMPARE(users->property("level").toString(), QStringLiteral("ok"));
        QCOMPARE(widget<QLabel>("companyDetailLicenseStatus")->text(),
                 models::licenseDisplayStatusDisplayName(models::LicenseDisplayStatus::None));
    }

    void detailPaneIgnoresTheCompanySelectedBefore()
    {
        searchFor(QStringLiteral("BULK-00"), 9);
        ui::CompanyDetailPane *detail = m_page->detailPane();
        // Select one, then another before the first answered.
        QVERIFY(m_page->selectCompany(idOf(QStringLiteral("BULK-001"))));
        QVERIFY(!detail->isLoaded());
        QVERIFY(m_page->selectCompany(idOf(QStringLiteral("BULK-002"))));
        QTRY_VERIFY_WITH_TIMEOUT(detail->isLoaded(), kWaitMs);
        // Once no call is open, every answer that will ever come (BULK-001's too) has come.
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.context()->client()->openCalls(), 0, kWaitMs);
        QCOMPARE(detail->company()->code, QStringLiteral("BULK-002"));
        QCOMPARE(widget<QLabel>("companyDetailCode")->text(), QStringLiteral("BULK-002"));
        QVERIFY(detail->current().has_value());
        QCOMPARE(detail->current()->value.code, QStringLiteral("BULK-002"));
        for (const models::AuditEntry &entry : detail->auditEntries())
            QCOMPARE(entry.companyId, idOf(QStringLiteral("BULK-002")));
        QCOMPARE(detail->auditEntries().size(), 1);
    }

    void suspendAndActivateWithConfirmation()
    {
        searchFor(QStringLiteral("ACT-01"), 1);
        const QUuid id = idOf(QStringLiteral("ACT-01"));
        QVERIFY(m_page->selectCompany(id));
        auto *suspend = widget<QPushButton>("suspendCompanyButton");
        auto *activate = widget<QPushButton>("activateCompanyButton");
        QVERIFY(suspend->isEnabled());
        QVERIFY(!activate->isEnabled());

        QTest::mouseClick(suspend, Qt::LeftButton);
        ui::CompanyStatusDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<ui::CompanyStatusDialog *>(
                                      QStringLiteral("companyStatusDialog")))
                                     && dialog->isVisible(),
                                 kWaitMs);
        // It names what it affects.
        const QString message =
            dialog->findChild<QLabel *>(QStringLiteral("companyStatusMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("Action Mining")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("ACT-01")));
        QVERIFY(message.contains(QStringLiteral("0 user")));
        QVERIFY(message.contains(QStringLiteral("API calls")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyStatusReasonEdit")),
                         QStringLiteral("contract paused"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("companyStatusConfirmButton")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(companyRow(id).status, CompanyStatus::Suspended, kWaitMs);
        QCOMPARE(m_page->proxy()->index(0, CompanyTableModel::StatusColumn).data().toString(),
                 models::companyStatusDisplayName(CompanyStatus::Suspended));
        QCOMPARE(serverStatus(id), QStringLiteral("suspended"));
        QVERIFY(!suspend->isEnabled());
        QVERIFY(activate->isEnabled());
        // The reason reached the audit log.
        const QJsonArray audit = m_fixture.platform()
                                     .admin()
                                     .get(QStringLiteral("/admin/companies/%1/audit")
                                              .arg(id.toString(QUuid::WithoutBraces)))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("company.suspend"));
        QCOMPARE(audit.at(0)
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("contract paused"));

        QTest::mouseClick(activate, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<ui::CompanyStatusDialog *>(
                                      QStringLiteral("companyStatusDialog")))
                                     && dialog->isVisible()
                                     && dialog->change()
                                         == ui::CompanyStatusDialog::Change::Activate,
                                 kWaitMs);
        QVERIFY(dialog->message().contains(QStringLiteral("regain")));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("companyStatusConfirmButton")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(companyRow(id).status, CompanyStatus::Active, kWaitMs);
        QCOMPARE(serverStatus(id), QStringLiteral("active"));
    }

    void cancellingTheConfirmationChangesNothing()
    {
        searchFor(QStringLiteral("SORT-A"), 1);
        const QUuid id = idOf(QStringLiteral("SORT-A"));
        QVERIFY(m_page->selectCompany(id));
        QTest::mouseClick(widget<QPushButton>("suspendCompanyButton"), Qt::LeftButton);
        ui::CompanyStatusDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<ui::CompanyStatusDialog *>(
                                      QStringLiteral("companyStatusDialog")))
                                     && dialog->isVisible(),
                                 kWaitMs);
        dialog->reject();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.context()->client()->openCalls(), 0, kWaitMs);
        QCOMPARE(serverStatus(id), QStringLiteral("active"));
        QCOMPARE(companyRow(id).status, CompanyStatus::Active);
    }

    void softDeleteNeedsTheTypedCode()
    {
        searchFor(QStringLiteral("DEL-01"), 1);
        const QUuid id = idOf(QStringLiteral("DEL-01"));
        QVERIFY(m_page->selectCompany(id));
        // The Delete key on the table asks too.
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_page->findChild<QDialog *>(QStringLiteral("typedConfirmDialog")))
                && dialog->isVisible(),
            kWaitMs);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("typedConfirmEdit"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("typedConfirmButton"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("typedConfirmMessage"))
                    ->text()
                    .contains(QStringLiteral("Doomed Dairy")));
        QTest::keyClicks(edit, QStringLiteral("DEL-02"));
        QVERIFY(!confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(serverStatus(id), QStringLiteral("active"));

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("DEL-01"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(id), -1, kWaitMs);
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        QCOMPARE(tests::findOnServer(m_fixture.platform().admin(), QStringLiteral("DEL-01"),
                                     QStringLiteral("deleted"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("deleted"));
    }

    void csvExportsWhatIsShown()
    {
        searchFor(QStringLiteral("csv-"), 2);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("companies.csv"));
        ui::FileChooser::setOverride(
            [path](ui::FileChooser::Mode mode, const QString &, const QString &, const QString &) {
                return mode == ui::FileChooser::Mode::Save ? path : QString();
            });
        QSignalSpy infos(m_fixture.context(), &ui::ConsoleContext::infoReported);
        QTest::mouseClick(widget<QPushButton>("exportCsvButton"), Qt::LeftButton);
        QCOMPARE(infos.count(), 1);
        QVERIFY2(
            infos.at(0).at(0).toString().startsWith(QStringLiteral("Exported 2 companies to ")),
            qPrintable(infos.at(0).at(0).toString()));
        QVERIFY(infos.at(0).at(0).toString().contains(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        csv.remove(0, 3);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
                 QByteArray("Code,Name,Tier,Users / max,License,License expires,Status\r"));
        // Sorted by name as shown: '=' before 'C'; the formula is neutralised and quoted.
        QCOMPARE(lines.at(1),
                 QByteArray(
                     "CSV-EQ,\"'=HYPERLINK(\"\"http://x\"\")\",Small,0 / 10,No license,,Active\r"));
        QCOMPARE(
            lines.at(2),
            QByteArray("CSV-QT,\"Comma, \"\"Quoted\"\" Ltd\",Small,0 / 10,No license,,Active\r"));
        QCOMPARE(lines.at(3), QByteArray());
    }

    void keyboardOpensTheDialogs()
    {
        searchFor(QStringLiteral("SORT-B"), 1);
        QVERIFY(m_page->selectCompany(idOf(QStringLiteral("SORT-B"))));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        ui::CompanyDialog *dialog = m_page->findChild<ui::CompanyDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ui::CompanyDialog::Mode::Edit);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("companyCodeEdit"))->text(),
                 QStringLiteral("SORT-B"));
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<ui::CompanyDialog *>());

        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_N, Qt::ControlModifier);
        dialog = m_page->findChild<ui::CompanyDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ui::CompanyDialog::Mode::Create);
        dialog->reject();
    }

    void createThroughThePageListsTheCompany()
    {
        QTest::mouseClick(widget<QPushButton>("newCompanyButton"), Qt::LeftButton);
        ui::CompanyDialog *dialog = m_page->findChild<ui::CompanyDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyCodeEdit")),
                         QStringLiteral("PAGE-01"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyNameEdit")),
                         QStringLiteral("Page Created"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyEmailEdit")),
                         QStringLiteral("ops@page.example.com"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("companyDialogSaveButton")),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectedCompany()
                                     && m_page->selectedCompany()->code == QLatin1String("PAGE-01"),
                                 kWaitMs);
        QVERIFY(!tests::findOnServer(m_fixture.platform().admin(), QStringLiteral("PAGE-01"))
                     .isEmpty());
        ++m_total;
    }

    void splitterSizesAreRemembered()
    {
        auto *splitter = widget<QSplitter>("companiesSplitter");
        splitter->setSizes({900, 300});
        const QList<int> sizes = splitter->sizes();
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset(); // saves the sizes
        init();
        QCOMPARE(widget<QSplitter>("companiesSplitter")->sizes(), sizes);
    }

    void usersBarWarnsNearTheLimit()
    {
        ui::CompanyDetailPane *detail = m_page->detailPane();
        auto *users = widget<QProgressBar>("companyUsersBar");
        Company company;
        company.id = QUuid::createUuid(); // unknown to the server: only the row is shown
        company.code = QStringLiteral("FAKE-01");
        company.name = QStringLiteral("Nearly Full");
        company.maxUsers = 10;
        company.userCount = 9;
        detail->showCompany(company);
        QCOMPARE(users->property("level").toString(), QStringLiteral("warning"));
        QCOMPARE(users->value(), 9);
        QCOMPARE(users->text(), QStringLiteral("9 / 10"));
        company.userCount = 12; // over the limit (the limit was lowered)
        detail->showCompany(company);
        QCOMPARE(users->property("level").toString(), QStringLiteral("full"));
        QCOMPARE(users->value(), 10);
        QCOMPARE(users->text(), QStringLiteral("12 / 10"));
        company.userCount = 5;
        detail->showCompany(company);
        QCOMPARE(users->property("level").toString(), QStringLiteral("ok"));
        detail->showCompany(std::nullopt);
        QVERIFY(!widget<QLabel>("companyDetailPlaceholder")->isHidden());
    }

    // Last: it stops the server.
    void failuresKeepTheRows()
    {
        const int rows = m_page->model()->rowCount();
        QSignalSpy errors(m_fixture.context(), &ui::ConsoleContext::errorReported);
        m_fixture.platform().stop();
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1 && !m_page->isLoading(), kWaitMs);
        QCOMPARE(m_page->model()->rowCount(), rows);
        QCOMPARE(m_page->proxy()->rowCount(), rows);
    }

private:
    template<typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s on the page", name);
        return found;
    }
    QLabel *label(const char *name) const { return widget<QLabel>(name); }

    // Types a search and waits until the server's answer lists `expected` rows, all loaded.
    void searchFor(const QString &text, int expected)
    {
        QLineEdit *search = widget<QLineEdit>("companySearchEdit");
        search->clear();
        QTest::keyClicks(search, text);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isFullyLoaded() && !m_page->isLoading()
                                     && m_page->proxy()->rowCount() == expected,
                                 kWaitMs);
    }

    QStringList shownCodes() const
    {
        QStringList codes;
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            codes.append(
                m_page->proxy()->index(row, CompanyTableModel::CodeColumn).data().toString());
        return codes;
    }

    QUuid idOf(const QString &code)
    {
        return QUuid::fromString(tests::findOnServer(m_fixture.platform().admin(), code)
                                     .value(QStringLiteral("id"))
                                     .toString());
    }

    Company companyRow(const QUuid &id) const
    {
        const int row = m_page->model()->rowOf(id);
        return row < 0 ? Company() : m_page->model()->companyAt(row);
    }

    QString serverStatus(const QUuid &id)
    {
        return tests::companyOnServer(m_fixture.platform().admin(),
                                      id.toString(QUuid::WithoutBraces))
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<CompaniesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    qint64 m_total = 0;
};

QTEST_MAIN(TestCompaniesPage)
#include "tst_companiespage.moc"
