#include "client/LicensingClient.h"
#include "client/PlatformClient.h"
#include "licensing/LicenseFile.h"
#include "licensing/vault/KeyVault.h"
#include "models/item/LicenseFilterProxy.h"
#include "models/item/LicenseTableModel.h"
#include "tests/client/TcpRelay.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/licenses/IssueLicenseDialog.h"
#include "ui/licenses/LicenseImportDialog.h"
#include "ui/licenses/LicenseOutbox.h"
#include "ui/licenses/LicensesPage.h"
#include "ui/licenses/RevokeLicenseDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sphair;
using models::LicenseRowStatus;
using models::LicenseTableModel;
using sphair::tests::await;
using ui::LicensesPage;

namespace {

constexpr int kWaitMs = 60000;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// The Licenses tab against a real platform over TLS and a real keychain (gnome-keyring): issue
// through the dialog, revoke, renew, the expiring filter, export and import of .lic files, and
// the outbox when the platform cannot be reached. The console talks to the platform through a
// TCP relay that can drop every connection (a server that went away) and let them through
// again.
class TestLicensesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QVERIFY(m_dir.isValid());

        m_relay = std::make_unique<tests::TcpRelay>(m_fixture.platform().server().port());
        QVERIFY(m_relay->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        client::PlatformClient::Options options;
        options.rememberSessions = false;
        options.timeout = std::chrono::milliseconds(10000);
        m_client = std::make_unique<client::PlatformClient>(m_network.get(), options);
        client::ConnectionProfile profile = m_fixture.profile();
        profile.baseUrl = QUrl(m_relay->url());
        m_client->setProfile(profile);
        auto session = await<models::Result<models::AdminSession>>([&](auto done) {
            m_client->login(QStringLiteral("console"),
                            tests::ConsoleFixture::passwordFor(QStringLiteral("console")), done);
        });
        QVERIFY2(session.ok(), qPrintable(session.error().message));

        m_vault = std::make_unique<licensing::KeyVault>(m_fixture.settings(),
                                                        QStringLiteral("SPHAiR licenses page test ")
                                                            + QUuid::createUuid().toString());
        auto key = await<models::Result<licensing::IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("Page test key"), done); });
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        m_kid = key->kid;
        models::IssuerKey issuer;
        issuer.publicKey = key->publicPaserk();
        issuer.label = QStringLiteral("Page test key");
        issuer.validFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        issuer.maxTier = models::Tier::Large;
        issuer.maxUsersCap = 1000;
        auto registered =
            await<models::Result<client::Versioned<models::IssuerKey>>>([&](auto done) {
                client::LicensingClient(m_client.get()).registerIssuerKey(issuer, done);
            });
        QVERIFY2(registered.ok(), qPrintable(registered.error().message));
        QCOMPARE(registered->value.kid, m_kid);

        for (const QString &code : {QStringLiteral("LIC-ACTIVE"), QStringLiteral("LIC-SOON"),
                                    QStringLiteral("LIC-RENEW"), QStringLiteral("LIC-OFFLINE")})
            QVERIFY(createCompany(code));

        m_outboxFolder = m_dir.filePath(QStringLiteral("outbox"));
        m_fixture.settings()->setValue(QStringLiteral("licenses/outbox_folder"), m_outboxFolder);
        m_context = std::make_unique<ui::ConsoleContext>(m_client.get(), m_fixture.settings(),
                                                         m_vault.get());
        connect(m_context.get(), &ui::ConsoleContext::errorReported, this,
                [this](const QString &what, const models::Error &error) {
                    m_errors.append(what + QStringLiteral(": ") + error.message);
                });
        m_page = std::make_unique<LicensesPage>(m_context.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 600);
        m_page->show();
        QSignalSpy refreshed(m_page.get(), &LicensesPage::refreshed);
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), kWaitMs);
        QVERIFY(refreshed.first().first().toBool());
        QCOMPARE(m_page->model()->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        ui::FileChooser::setOverride({});
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
        if (m_vault && !m_kid.isEmpty())
            QVERIFY(await<models::Status>([&](auto done) { m_vault->remove(m_kid, done); }).ok());
    }

    void widgetsHaveTheirNames()
    {
        for (const char *name :
             {"licensesTable", "licenseSearchEdit", "licenseStatusFilterCombo", "expiringOnlyCheck",
              "expiringDaysSpin", "issueLicenseButton", "renewLicenseButton", "revokeLicenseButton",
              "exportLicenseButton", "importLicenseButton", "registerPendingButton"})
            QVERIFY2(m_page->findChild<QWidget *>(QLatin1String(name)), name);
        QCOMPARE(button("issueLicenseButton")->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
        // Nothing selected: nothing to renew, revoke or export; nothing pending.
        QVERIFY(!button("renewLicenseButton")->isEnabled());
        QVERIFY(!button("revokeLicenseButton")->isEnabled());
        QVERIFY(!button("exportLicenseButton")->isEnabled());
        QVERIFY(!button("registerPendingButton")->isEnabled());
    }

    void issueValidatesAsYouType()
    {
        ui::IssueLicenseDialog *dialog = openIssueDialog(QStringLiteral("LIC-ACTIVE"));
        QVERIFY(dialog);
        auto *issue = dialog->findChild<QPushButton *>(QStringLiteral("issueButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("issueErrorLabel"));
        auto *users = dialog->findChild<QSpinBox *>(QStringLiteral("issueMaxUsersSpin"));
        auto *tier = dialog->findChild<QComboBox *>(QStringLiteral("issueTierCombo"));
        auto *features = dialog->findChild<QListWidget *>(QStringLiteral("issueFeaturesList"));
        auto *notBefore = dialog->findChild<QDateTimeEdit *>(QStringLiteral("issueNotBeforeEdit"));
        auto *expires = dialog->findChild<QDateTimeEdit *>(QStringLiteral("issueExpiresEdit"));
        QVERIFY(issue && error && users && tier && features && notBefore && expires);
        QVERIFY2(issue->isEnabled(), qPrintable(error->text()));
        QVERIFY(error->text().isEmpty());
        // The company's tier (small) and users came along; its features from the template.
        QCOMPARE(tier->currentData().toInt(), int(models::Tier::Small));
        QCOMPARE(users->value(), 5);
        QCOMPARE(checkedFeatures(features),
                 sorted(models::FeatureCatalog::tierTemplate(models::Tier::Small)));

        users->setValue(11); // beyond the small tier
        QVERIFY(!issue->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("2 to 10")), qPrintable(error->text()));
        users->setValue(5);
        QVERIFY(issue->isEnabled());
        tier->setCurrentIndex(tier->findData(int(models::Tier::Large)));
        QCOMPARE(checkedFeatures(features),
                 sorted(models::FeatureCatalog::tierTemplate(models::Tier::Large)));
        QVERIFY(!issue->isEnabled()); // 5 users on large, and not the company's tier
        tier->setCurrentIndex(tier->findData(int(models::Tier::Small)));
        QVERIFY(issue->isEnabled());
        expires->setDateTime(notBefore->dateTime().addSecs(-3600));
        QVERIFY(!issue->isEnabled());
        QVERIFY(!error->text().isEmpty());
        dialog->reject();
        QTRY_VERIFY(m_page->findChild<ui::IssueLicenseDialog *>() == nullptr);
    }

    void issueListsTheLicenseAsActive()
    {
        QVERIFY(issue(QStringLiteral("LIC-ACTIVE"), 365));
        const int row = serverRow(QStringLiteral("LIC-ACTIVE"));
        QVERIFY(row >= 0);
        QCOMPARE(m_page->model()->statusAt(row), LicenseRowStatus::Active);
        QCOMPARE(m_page->model()->licenseAt(row).kid, m_kid);
        QCOMPARE(m_page->model()->licenseAt(row).seq, qint64(1));
        const QModelIndex status = m_page->model()->index(row, LicenseTableModel::StatusColumn);
        QCOMPARE(status.data().toString(),
                 models::licenseRowStatusDisplayName(LicenseRowStatus::Active));
        QVERIFY(QDir(m_outboxFolder).entryList(QDir::Files).isEmpty());
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    void expiringFilter()
    {
        QVERIFY(issue(QStringLiteral("LIC-SOON"), 10));
        const int soon = serverRow(QStringLiteral("LIC-SOON"));
        QVERIFY(soon >= 0);
        QCOMPARE(m_page->model()->statusAt(soon), LicenseRowStatus::Expiring);

        auto *only = m_page->findChild<QCheckBox *>(QStringLiteral("expiringOnlyCheck"));
        auto *days = m_page->findChild<QSpinBox *>(QStringLiteral("expiringDaysSpin"));
        days->setValue(30);
        only->setChecked(true);
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("LIC-SOON")});
        days->setValue(5); // ends in 10 days: not within 5
        QVERIFY(shownCodes().isEmpty());
        QCOMPARE(m_page->model()->statusAt(soon), LicenseRowStatus::Active); // same period
        days->setValue(400);
        QCOMPARE(shownCodes().size(), 2);
        only->setChecked(false);
        days->setValue(30);

        auto *statuses = m_page->findChild<QComboBox *>(QStringLiteral("licenseStatusFilterCombo"));
        statuses->setCurrentIndex(statuses->findData(int(LicenseRowStatus::Expiring)));
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("LIC-SOON")});
        statuses->setCurrentIndex(0);
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("licenseSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("active"));
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("LIC-ACTIVE")});
        search->clear();
        QCOMPARE(shownCodes().size(), 2);
    }

    void revokeWithAReason()
    {
        QVERIFY(select(QStringLiteral("LIC-ACTIVE")));
        QVERIFY(button("revokeLicenseButton")->isEnabled());
        button("revokeLicenseButton")->click();
        auto *dialog =
            m_page->findChild<ui::RevokeLicenseDialog *>(QStringLiteral("revokeLicenseDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("revokeReasonEdit"));
        auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("revokeConfirmCheck"));
        auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
        QVERIFY(reason && confirm && revoke);
        QVERIFY(!revoke->isEnabled()); // no reason yet
        confirm->setChecked(true);
        QVERIFY(!revoke->isEnabled());
        reason->setPlainText(QString(501, u'x'));
        QVERIFY(!revoke->isEnabled()); // too long
        reason->setPlainText(QStringLiteral("Customer closed the account"));
        confirm->setChecked(false);
        QVERIFY(!revoke->isEnabled()); // not confirmed
        confirm->setChecked(true);
        QVERIFY(revoke->isEnabled());
        revoke->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<ui::RevokeLicenseDialog *>() == nullptr,
                                 kWaitMs);
        const int row = serverRow(QStringLiteral("LIC-ACTIVE"));
        QCOMPARE(m_page->model()->statusAt(row), LicenseRowStatus::Revoked);
        QCOMPARE(m_page->model()->licenseAt(row).revokeReason,
                 QStringLiteral("Customer closed the account"));
        QVERIFY(!button("revokeLicenseButton")->isEnabled());
        QVERIFY(!button("renewLicenseButton")->isEnabled());
        // The platform agrees.
        auto stored =
            await<models::Result<client::Versioned<models::LicenseRecord>>>([&](auto done) {
                client::LicensingClient(m_client.get())
                    .license(m_page->model()->licenseAt(row).id, done);
            });
        QVERIFY(stored.ok());
        QCOMPARE(stored->value.status, models::LicenseRecordStatus::Revoked);
    }

    void renewSupersedesTheOldLicense()
    {
        QVERIFY(issue(QStringLiteral("LIC-RENEW"), 100));
        const QUuid oldId = m_page->model()->licenseAt(serverRow(QStringLiteral("LIC-RENEW"))).id;
        QVERIFY(select(QStringLiteral("LIC-RENEW")));
        QVERIFY(button("renewLicenseButton")->isEnabled());
        button("renewLicenseButton")->click();
        auto *dialog =
            m_page->findChild<ui::IssueLicenseDialog *>(QStringLiteral("issueLicenseDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->supersedes(), oldId);
        auto *expires = dialog->findChild<QDateTimeEdit *>(QStringLiteral("issueExpiresEdit"));
        QVERIFY(expires->dateTime() > QDateTime::currentDateTimeUtc().addDays(400));
        auto *issue = dialog->findChild<QPushButton *>(QStringLiteral("issueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(issue->isEnabled(), kWaitMs);
        issue->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<ui::IssueLicenseDialog *>() == nullptr, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(QStringLiteral("LIC-RENEW")).size() == 2
                                     && statusOf(oldId) == LicenseRowStatus::Superseded,
                                 kWaitMs);
        const QList<int> rows = rowsOf(QStringLiteral("LIC-RENEW"));
        const int renewed =
            m_page->model()->licenseAt(rows.at(0)).id == oldId ? rows.at(1) : rows.at(0);
        QCOMPARE(m_page->model()->statusAt(renewed), LicenseRowStatus::Active);
        QCOMPARE(m_page->model()->licenseAt(renewed).supersedes, oldId);
    }

    void exportAndImportALicenseFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("soon.lic"));
        QVERIFY(select(QStringLiteral("LIC-SOON")));
        QVERIFY(button("exportLicenseButton")->isEnabled());
        ui::FileChooser::setOverride([path](auto, auto, auto, auto) { return path; });
        button("exportLicenseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), kWaitMs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto parsed = licensing::LicenseFile::parse(file.readAll());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->token.startsWith("v4.public."));
        QCOMPARE(parsed->headers.value(QStringLiteral("Company")), QStringLiteral("LIC-SOON"));

        ui::LicenseImportDialog *dialog = importFile(path);
        QVERIFY(dialog);
        QVERIFY2(dialog->isValid(), qPrintable(dialog->problem()));
        const QString status =
            dialog->findChild<QLabel *>(QStringLiteral("importStatusLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Valid")), qPrintable(status));
        const QString details =
            dialog->findChild<QLabel *>(QStringLiteral("importDetailsLabel"))->text();
        QVERIFY2(details.contains(QStringLiteral("LIC-SOON")), qPrintable(details));
        QVERIFY(details.contains(m_kid));
        QVERIFY(details.contains(QStringLiteral("Users: 5")));
        auto *registerButton =
            dialog->findChild<QPushButton *>(QStringLiteral("registerImportedButton"));
        QVERIFY(registerButton->isEnabled());
        // Registering a license the platform already has changes nothing and says so.
        QSignalSpy registered(dialog, &ui::LicenseImportDialog::registered);
        registerButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, kWaitMs);
        QVERIFY(
            !registered.first().first().value<models::LicenseRegistrationResult>().newlyRegistered);
        dialog->close();
    }

    void importOfATamperedFileShowsWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("soon.lic"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        // Flip one character of the signed payload: 5 users become something else.
        const qsizetype at = text.indexOf("v4.public.") + 30;
        text[at] = text[at] == 'A' ? 'B' : 'A';
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.lic"));
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();

        ui::LicenseImportDialog *dialog = importFile(tampered);
        QVERIFY(dialog);
        QVERIFY(!dialog->isValid());
        const QString status =
            dialog->findChild<QLabel *>(QStringLiteral("importStatusLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Not valid: ")), qPrintable(status));
        QVERIFY(status.size() > QStringLiteral("Not valid: ").size());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("registerImportedButton"))
                     ->isEnabled());
        dialog->close();

        // Not a license file at all.
        const QString junk = m_dir.filePath(QStringLiteral("junk.lic"));
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write("hello\n");
        junkFile.close();
        dialog = importFile(junk);
        QVERIFY(dialog);
        QVERIFY(!dialog->isValid());
        QVERIFY(!dialog->problem().isEmpty());
        dialog->close();
    }

    void unreachablePlatformKeepsTheLicenseInTheOutbox()
    {
        // Load the dialog's company list while the platform is there, then lose it.
        ui::IssueLicenseDialog *dialog = openIssueDialog(QStringLiteral("LIC-OFFLINE"));
        QVERIFY(dialog);
        m_relay->dropNext(1000000);
        m_network->clearConnectionCache();
        auto *issue = dialog->findChild<QPushButton *>(QStringLiteral("issueButton"));
        QVERIFY(issue->isEnabled());
        QSignalSpy kept(dialog, &ui::IssueLicenseDialog::keptPending);
        issue->click();
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 2 * kWaitMs);
        const QUuid id = kept.first().first().toUuid();
        QTRY_VERIFY(m_page->findChild<ui::IssueLicenseDialog *>() == nullptr);

        // A pending row and a file in the outbox.
        const int row = m_page->model()->rowOf(id);
        QVERIFY(row >= 0);
        QVERIFY(m_page->model()->isPendingAt(row));
        QCOMPARE(m_page->model()->statusAt(row), LicenseRowStatus::Pending);
        QCOMPARE(m_page->model()->licenseAt(row).companyCode, QStringLiteral("LIC-OFFLINE"));
        QCOMPARE(QDir(m_outboxFolder).entryList(QDir::Files),
                 QStringList {id.toString(QUuid::WithoutBraces) + QStringLiteral(".lic")});
        QVERIFY(button("registerPendingButton")->isEnabled());
        // A restarted console sees it too.
        QCOMPARE(ui::LicenseOutbox(m_outboxFolder).list().entries.size(), 1);

        // A pending license can be exported.
        const QString exported = m_dir.filePath(QStringLiteral("pending.lic"));
        QVERIFY(select(id));
        ui::FileChooser::setOverride([exported](auto, auto, auto, auto) { return exported; });
        button("exportLicenseButton")->click();
        QVERIFY(QFile::exists(exported));

        // Still unreachable: registering keeps it.
        QSignalSpy finished(m_page.get(), &LicensesPage::pendingRegistrationFinished);
        button("registerPendingButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2 * kWaitMs);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(QDir(m_outboxFolder).entryList(QDir::Files).size(), 1);

        // The platform is back: register pending -> active, outbox empty.
        m_relay->dropNext(0);
        m_network->clearConnectionCache();
        finished.clear();
        m_errors.clear();
        button("registerPendingButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2 * kWaitMs);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        QVERIFY(QDir(m_outboxFolder).entryList(QDir::Files).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(id) >= 0
                                     && !m_page->model()->isPendingAt(m_page->model()->rowOf(id)),
                                 kWaitMs);
        QCOMPARE(m_page->model()->statusAt(m_page->model()->rowOf(id)), LicenseRowStatus::Active);
        QCOMPARE(m_page->model()->pendingCount(), 0);
        QVERIFY(!button("registerPendingButton")->isEnabled());
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

private:
    bool createCompany(const QString &code)
    {
        const tests::ApiReply reply = m_fixture.platform().admin().post(
            QStringLiteral("/admin/companies"),
            {{QStringLiteral("code"), code},
             {QStringLiteral("name"), code + QStringLiteral(" Ltd")},
             {QStringLiteral("tier"), QStringLiteral("small")},
             {QStringLiteral("max_users"), 5},
             {QStringLiteral("contact_email"), QStringLiteral("it@example.com")}});
        if (reply.status != 201)
            qWarning("creating %s answered %d: %s", qPrintable(code), reply.status,
                     reply.body.constData());
        return reply.status == 201;
    }

    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }

    static QStringList checkedFeatures(QListWidget *list)
    {
        QStringList codes;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                codes.append(list->item(row)->data(Qt::UserRole).toString());
        }
        codes.sort();
        return codes;
    }

    // Opens the issue dialog and picks `code` once the company list has arrived.
    ui::IssueLicenseDialog *openIssueDialog(const QString &code)
    {
        button("issueLicenseButton")->click();
        auto *dialog =
            m_page->findChild<ui::IssueLicenseDialog *>(QStringLiteral("issueLicenseDialog"));
        if (!dialog || !dialog->isVisible())
            return nullptr;
        auto *companies = dialog->findChild<QComboBox *>(QStringLiteral("issueCompanyCombo"));
        auto *keys = dialog->findChild<QComboBox *>(QStringLiteral("issueKeyCombo"));
        if (!QTest::qWaitFor(
                [&] {
                    for (int i = 0; i < companies->count(); ++i) {
                        if (companies->itemText(i).startsWith(code))
                            return true;
                    }
                    return false;
                },
                kWaitMs))
            return nullptr;
        for (int i = 0; i < companies->count(); ++i) {
            if (companies->itemText(i).startsWith(code + QStringLiteral(" ")))
                companies->setCurrentIndex(i);
        }
        keys->setCurrentIndex(keys->findData(m_kid));
        return dialog;
    }

    // Issues a license for `code` through the dialog, valid for `days`, and waits until the
    // page lists it.
    bool issue(const QString &code, int days)
    {
        const int before = static_cast<int>(rowsOf(code).size());
        ui::IssueLicenseDialog *dialog = openIssueDialog(code);
        if (!dialog)
            return false;
        auto *expires = dialog->findChild<QDateTimeEdit *>(QStringLiteral("issueExpiresEdit"));
        expires->setDateTime(QDateTime::currentDateTimeUtc().addDays(days));
        auto *issueButton = dialog->findChild<QPushButton *>(QStringLiteral("issueButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("issueErrorLabel"));
        if (!issueButton->isEnabled()) {
            qWarning("cannot issue: %s", qPrintable(error->text()));
            return false;
        }
        QPointer<ui::IssueLicenseDialog> guard(dialog);
        issueButton->click();
        if (!QTest::qWaitFor([&] { return guard.isNull() || !guard->isVisible(); }, kWaitMs)) {
            qWarning("the dialog stayed open: %s", qPrintable(error->text()));
            return false;
        }
        return QTest::qWaitFor([&] { return rowsOf(code).size() > before; }, kWaitMs);
    }

    QList<int> rowsOf(const QString &code) const
    {
        QList<int> rows;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (!m_page->model()->isPendingAt(row)
                && m_page->model()->licenseAt(row).companyCode == code)
                rows.append(row);
        }
        return rows;
    }
    int serverRow(const QString &code) const
    {
        const QList<int> rows = rowsOf(code);
        return rows.isEmpty() ? -1 : rows.first();
    }
    std::optional<LicenseRowStatus> statusOf(const QUuid &id) const
    {
        const int row = m_page->model()->rowOf(id);
        if (row < 0)
            return std::nullopt;
        return m_page->model()->statusAt(row);
    }

    QStringList shownCodes() const
    {
        QStringList codes;
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            codes.append(
                m_page->proxy()->index(row, LicenseTableModel::CompanyColumn).data().toString());
        codes.sort();
        return codes;
    }

    bool selectRow(int sourceRow)
    {
        const QModelIndex index =
            m_page->proxy()->mapFromSource(m_page->model()->index(sourceRow, 0));
        if (!index.isValid())
            return false;
        auto *table = m_page->findChild<QTableView *>(QStringLiteral("licensesTable"));
        table->selectRow(index.row());
        return m_page->selectedRow() == sourceRow;
    }
    bool select(const QString &code) { return selectRow(serverRow(code)); }
    bool select(const QUuid &id) { return selectRow(m_page->model()->rowOf(id)); }

    ui::LicenseImportDialog *importFile(const QString &path)
    {
        ui::FileChooser::setOverride([path](auto, auto, auto, auto) { return path; });
        button("importLicenseButton")->click();
        auto *dialog =
            m_page->findChild<ui::LicenseImportDialog *>(QStringLiteral("licenseImportDialog"));
        if (!dialog)
            return nullptr;
        QPointer<ui::LicenseImportDialog> guard(dialog);
        if (!QTest::qWaitFor([&] { return guard && guard->isFinished(); }, kWaitMs))
            return nullptr;
        return dialog;
    }

    tests::ConsoleFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_outboxFolder;
    std::unique_ptr<tests::TcpRelay> m_relay;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<client::PlatformClient> m_client;
    std::unique_ptr<licensing::KeyVault> m_vault;
    QString m_kid;
    std::unique_ptr<ui::ConsoleContext> m_context;
    std::unique_ptr<LicensesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QStringList m_errors;
};

QTEST_MAIN(TestLicensesPage)
#include "tst_licensespage.moc"
