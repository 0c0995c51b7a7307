#include "client/PlatformClient.h"
#include "models/domain/ColourContrast.h"
#include "models/item/CompanyTableModel.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/ui/companies/CompanyTestSupport.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/whitelabel/BrandComparisonView.h"
#include "ui/whitelabel/BrandPreviewWidget.h"
#include "ui/whitelabel/WhiteLabelPage.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sphair;
using sphair::models::CompanySettings;
using sphair::ui::WhiteLabelPage;

namespace {
constexpr int kWaitMs = 30000;
}

// The White-label tab against a real platform: the live preview, the checks beside the
// fields, saving with If-Match (round trip, 409 on a taken subdomain, 412 conflict), image
// upload, the "discard or keep" question and the side-by-side comparison.
class TestWhiteLabelPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        for (const auto &[code, name] :
             {std::pair {"WL-ALPHA", "Alpha Brand"}, std::pair {"WL-BETA", "Beta Brand"},
              std::pair {"WL-GAMMA", "Gamma Brand"}, std::pair {"WL-DELTA", "Delta Brand"}}) {
            const QJsonObject created = tests::createCompanyOnServer(
                m_fixture.platform().admin(), QLatin1String(code), QLatin1String(name));
            QVERIFY(!created.isEmpty());
            m_ids.insert(QLatin1String(code),
                         QUuid(created.value(QStringLiteral("id")).toString()));
        }
        m_page = std::make_unique<WhiteLabelPage>(m_fixture.context());
        m_page->resize(1400, 900);
        QSignalSpy loaded(m_page.get(), &WhiteLabelPage::listLoaded);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() >= 3, kWaitMs);
    }

    void cleanupTestCase()
    {
        ui::FileChooser::setOverride({});
        m_page.reset();
    }

    void cleanup()
    {
        // Each test starts from the server's values.
        if (m_page->isDirty()) {
            m_page->revert();
            QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_page->isDirty(), kWaitMs);
        }
    }

    void searchFiltersTheList()
    {
        auto *search = widget<QLineEdit>("whiteLabelSearchEdit");
        QTest::keyClicks(search, QStringLiteral("beta"));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->list()->model()->rowCount(), 1, kWaitMs);
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->list()->model()->rowCount() >= 3, kWaitMs);
    }

    void colourEditUpdatesThePreview()
    {
        open("WL-ALPHA");
        ui::BrandPreviewWidget *preview = m_page->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->renderCount() > 0, kWaitMs);
        const int before = preview->renderCount();
        auto *primary = widget<QLineEdit>("brandPrimaryColorEdit");
        primary->selectAll();
        QTest::keyClicks(primary, QStringLiteral("#123456"));
        QCOMPARE(preview->spec().primaryColour, QColor(QStringLiteral("#123456")));
        QTRY_VERIFY(preview->renderCount() > before);
        // Typing text shows at once too.
        QTest::keyClicks(widget<QLineEdit>("brandLoginTitleEdit"), QStringLiteral("Welcome!"));
        QCOMPARE(preview->spec().loginTitle, QStringLiteral("Welcome!"));
        QVERIFY(m_page->isDirty());
        QVERIFY(button("brandSaveButton")->isEnabled());
    }

    void lowContrastWarnsAndTheSuggestionFixesIt()
    {
        open("WL-ALPHA");
        auto *accent = widget<QLineEdit>("brandAccentColorEdit");
        accent->selectAll();
        QTest::keyClicks(accent, QStringLiteral("#DDDDDD")); // light grey links on white
        auto *warning = widget<QLabel>("brandAccentColorWarning");
        QVERIFY(warning->isVisible());
        const double ratio = models::ColourContrast::contrastRatio(u"#DDDDDD", u"#FFFFFF");
        QVERIFY2(warning->text().contains(m_page->locale().toString(ratio, 'f', 2)),
                 qPrintable(warning->text()));
        // A warning does not block saving.
        QVERIFY(button("brandSaveButton")->isEnabled());
        QPushButton *suggest = button("brandAccentColorSuggest");
        QVERIFY(suggest->isVisible());
        QTest::mouseClick(suggest, Qt::LeftButton);
        const QString fixed = accent->text();
        QVERIFY(fixed != QStringLiteral("#DDDDDD"));
        QVERIFY(models::ColourContrast::contrastRatio(fixed, u"#FFFFFF") >= 4.5);
        QVERIFY(!warning->isVisible());
        QVERIFY(!suggest->isVisible());
        QCOMPARE(m_page->preview()->spec().accentColour, QColor(fixed));
    }

    void invalidValuesBlockSave()
    {
        open("WL-ALPHA");
        auto *subdomain = widget<QLineEdit>("brandSubdomainEdit");
        QTest::keyClicks(subdomain, QStringLiteral("-bad"));
        QVERIFY(widget<QLabel>("brandSubdomainError")->isVisible());
        QVERIFY(!button("brandSaveButton")->isEnabled());
        subdomain->clear();
        QTest::keyClicks(subdomain, QStringLiteral("www")); // reserved
        QVERIFY(widget<QLabel>("brandSubdomainError")->isVisible());
        QVERIFY(!button("brandSaveButton")->isEnabled());
        subdomain->clear();
        QTest::keyClicks(subdomain, QStringLiteral("alpha-ok"));
        QVERIFY(!widget<QLabel>("brandSubdomainError")->isVisible());
        QVERIFY(button("brandSaveButton")->isEnabled());

        auto *domain = widget<QLineEdit>("brandDomainEdit");
        QTest::keyClicks(domain, QStringLiteral("not a domain"));
        QVERIFY(widget<QLabel>("brandDomainError")->isVisible());
        QVERIFY(!button("brandSaveButton")->isEnabled());
        domain->clear();
        QVERIFY(button("brandSaveButton")->isEnabled());

        auto *primary = widget<QLineEdit>("brandPrimaryColorEdit");
        primary->selectAll();
        QTest::keyClicks(primary, QStringLiteral("#12"));
        QVERIFY(widget<QLabel>("brandPrimaryColorWarning")->isVisible());
        QVERIFY(!button("brandSaveButton")->isEnabled());
    }

    void saveRoundTrip()
    {
        open("WL-ALPHA");
        auto *name = widget<QLineEdit>("brandDisplayNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Alpha Portal"));
        QTest::keyClicks(widget<QLineEdit>("brandSubdomainEdit"), QStringLiteral("alpha-portal"));
        widget<QPlainTextEdit>("brandLoginMessageEdit")
            ->setPlainText(QStringLiteral("Line one\n<b>not bold</b>"));
        QSignalSpy saved(m_page.get(), &WhiteLabelPage::saved);
        QTest::mouseClick(button("brandSaveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QVERIFY(!m_page->isDirty());
        QVERIFY(!button("brandSaveButton")->isEnabled());
        const CompanySettings server = settingsOnServer("WL-ALPHA");
        QCOMPARE(server.displayName, QStringLiteral("Alpha Portal"));
        QCOMPARE(server.customSubdomain, QStringLiteral("alpha-portal"));
        QCOMPARE(server.loginMessage, QStringLiteral("Line one\n<b>not bold</b>"));
        QCOMPARE(m_page->serverSettings().version, server.version);
    }

    void takenSubdomainIsShownOnTheField()
    {
        open("WL-BETA");
        QTest::keyClicks(widget<QLineEdit>("brandSubdomainEdit"), QStringLiteral("alpha-portal"));
        QVERIFY(button("brandSaveButton")->isEnabled());
        QSignalSpy failed(m_page.get(), &WhiteLabelPage::saveFailed);
        QTest::mouseClick(button("brandSaveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        auto *error = widget<QLabel>("brandSubdomainError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(widget<QLineEdit>("brandSubdomainEdit")->text(), QStringLiteral("alpha-portal"));
        QVERIFY(m_page->isDirty());
        QVERIFY(!button("brandSaveButton")->isEnabled());
    }

    void conflictShowsTheServersValuesAndKeepsTheEdit()
    {
        open("WL-GAMMA");
        auto *name = widget<QLineEdit>("brandDisplayNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Mine"));
        // Someone else saves meanwhile, through the client.
        changeOnServer("WL-GAMMA", QStringLiteral("Theirs"));

        QSignalSpy failed(m_page.get(), &WhiteLabelPage::saveFailed);
        QTest::mouseClick(button("brandSaveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QVERIFY(widget<QGroupBox>("conflictPanel")->isVisible());
        QVERIFY(
            widget<QLabel>("conflictTheirsDisplayName")->text().contains(QStringLiteral("Theirs")));
        QVERIFY(widget<QLabel>("conflictMineDisplayName")->text().contains(QStringLiteral("Mine")));
        QCOMPARE(name->text(), QStringLiteral("Mine"));

        // Take theirs: the form shows the server's values.
        QTest::mouseClick(button("useTheirsButton"), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Theirs"));
        QVERIFY(!widget<QGroupBox>("conflictPanel")->isVisible());
        QVERIFY(!m_page->isDirty());

        // Again, and overwrite this time.
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Mine again"));
        changeOnServer("WL-GAMMA", QStringLiteral("Theirs again"));
        QTest::mouseClick(button("brandSaveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs);
        QSignalSpy saved(m_page.get(), &WhiteLabelPage::saved);
        QTest::mouseClick(button("useMineButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(settingsOnServer("WL-GAMMA").displayName, QStringLiteral("Mine again"));
    }

    void uploadedLogoSetsTheUrlAndThePreview()
    {
        open("WL-BETA");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logo.png"));
        QImage logo(200, 100, QImage::Format_ARGB32);
        logo.fill(QColor(QStringLiteral("#0A7A3B")));
        QVERIFY(logo.save(path, "PNG"));
        ui::FileChooser::setOverride([path](auto, auto, auto, auto) { return QString(path); });
        QSignalSpy changed(m_page.get(), &WhiteLabelPage::imageChanged);
        QTest::mouseClick(button("brandLogoChoose"), Qt::LeftButton);
        QVERIFY(!button("brandLogoChoose")->isEnabled()); // while it uploads
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kWaitMs);
        QVERIFY(!m_page->serverSettings().logoUrl.isEmpty());
        QCOMPARE(settingsOnServer("WL-BETA").logoUrl, m_page->serverSettings().logoUrl);
        QCOMPARE(m_page->preview()->spec().logo.size(), QSize(200, 100));
        QVERIFY(button("brandLogoRemove")->isEnabled());

        // A tiny favicon is accepted with a warning.
        const QString favicon = dir.filePath(QStringLiteral("favicon.png"));
        QImage small(8, 8, QImage::Format_ARGB32);
        small.fill(Qt::red);
        QVERIFY(small.save(favicon, "PNG"));
        ui::FileChooser::setOverride(
            [favicon](auto, auto, auto, auto) { return QString(favicon); });
        QTest::mouseClick(button("brandFaviconChoose"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, kWaitMs);
        QVERIFY(widget<QLabel>("brandFaviconMessage")->isVisible());
        QVERIFY(widget<QLabel>("brandFaviconMessage")->text().contains(QStringLiteral("8 × 8")));

        // A file that is not an image is refused, with a clear message on its row.
        const QString text = dir.filePath(QStringLiteral("fake.png"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PNG at all");
        file.close();
        ui::FileChooser::setOverride([text](auto, auto, auto, auto) { return QString(text); });
        QTest::mouseClick(button("brandLoginBackgroundChoose"), Qt::LeftButton);
        auto *message = widget<QLabel>("brandLoginBackgroundMessage");
        QTRY_VERIFY_WITH_TIMEOUT(
            message->isVisible() && button("brandLoginBackgroundChoose")->isEnabled(), kWaitMs);
        QVERIFY2(message->text().contains(QStringLiteral("refused"))
                     || message->text().contains(QStringLiteral("decode")),
                 qPrintable(message->text()));
        QVERIFY(m_page->serverSettings().loginBackgroundUrl.isEmpty());

        // Removing the logo clears it on the server.
        QTest::mouseClick(button("brandLogoRemove"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, kWaitMs);
        QVERIFY(m_page->serverSettings().logoUrl.isEmpty());
        QVERIFY(m_page->preview()->spec().logo.isNull());
        ui::FileChooser::setOverride({});
    }

    void uploadDuringAConflictWaitsForTheChoice()
    {
        open("WL-DELTA");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logo.png"));
        QImage logo(160, 80, QImage::Format_ARGB32);
        logo.fill(QColor(QStringLiteral("#21409A")));
        QVERIFY(logo.save(path, "PNG"));
        ui::FileChooser::setOverride([path](auto, auto, auto, auto) { return QString(path); });
        changeOnServer("WL-DELTA", QStringLiteral("Theirs meanwhile"));

        // The upload meets the other admin's change: the conflict panel, nothing uploaded.
        QTest::mouseClick(button("brandLogoChoose"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QGroupBox>("conflictPanel")->isVisible(), kWaitMs);
        auto *message = widget<QLabel>("brandLogoMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("uploaded after that")),
                 qPrintable(message->text()));
        QVERIFY(settingsOnServer("WL-DELTA").logoUrl.isEmpty());
        QVERIFY(
            widget<QLabel>("conflictTheirsDisplayName")->text().contains(QStringLiteral("Theirs")));

        // Taking theirs loads their values and then uploads the chosen logo onto them.
        QSignalSpy changed(m_page.get(), &WhiteLabelPage::imageChanged);
        QTest::mouseClick(button("useTheirsButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kWaitMs);
        const CompanySettings onServer = settingsOnServer("WL-DELTA");
        QCOMPARE(onServer.displayName, QStringLiteral("Theirs meanwhile"));
        QVERIFY(!onServer.logoUrl.isEmpty());
        QCOMPARE(m_page->serverSettings().logoUrl, onServer.logoUrl);
        QCOMPARE(m_page->preview()->spec().logo.size(), QSize(160, 80));
        QVERIFY(!message->isVisible());
        QVERIFY(!m_page->isDirty());
        ui::FileChooser::setOverride({});
    }

    void switchingWithUnsavedEditsAsks()
    {
        open("WL-ALPHA");
        auto *title = widget<QLineEdit>("brandLoginTitleEdit");
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Unsaved title"));
        QVERIFY(m_page->isDirty());

        // Keep: the form stays on Alpha with the edit.
        m_page->selectCompany(m_ids.value(QStringLiteral("WL-BETA")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox")))
                    && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepEditingButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!box || !box->isVisible());
        QCOMPARE(m_page->currentCompanyId(), m_ids.value(QStringLiteral("WL-ALPHA")));
        QCOMPARE(title->text(), QStringLiteral("Unsaved title"));
        // The list goes back to the edited company (queued, after the click's selection).
        QTRY_COMPARE(
            m_page->list()->currentIndex().data(models::CompanyTableModel::IdRole).toUuid(),
            m_ids.value(QStringLiteral("WL-ALPHA")));
        QCOMPARE(m_page->list()->selectionModel()->selectedRows().size(), 1);

        // Discard: the other company opens.
        m_page->selectCompany(m_ids.value(QStringLiteral("WL-BETA")));
        QPointer<QMessageBox> second;
        QTRY_VERIFY((second = m_page->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox")))
                    && second->isVisible() && second != box);
        QTest::mouseClick(second->findChild<QPushButton *>(QStringLiteral("discardButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->currentCompanyId()
                                         == m_ids.value(QStringLiteral("WL-BETA"))
                                     && !m_page->isBusy(),
                                 kWaitMs);
        QVERIFY(!m_page->isDirty());
        QCOMPARE(m_page->list()->currentIndex().data(models::CompanyTableModel::IdRole).toUuid(),
                 m_ids.value(QStringLiteral("WL-BETA")));
    }

    void compareShowsTheSelectedBrands()
    {
        open("WL-ALPHA");
        // An unsaved edit: picking a second row for comparing keeps the form as it is.
        QTest::keyClicks(widget<QLineEdit>("brandLoginTitleEdit"), QStringLiteral(" (draft)"));
        QVERIFY(m_page->isDirty());
        QTableView *list = m_page->list();
        QModelIndex gamma;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(models::CompanyTableModel::IdRole).toUuid()
                == m_ids.value(QStringLiteral("WL-GAMMA")))
                gamma = index;
        }
        QVERIFY(gamma.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          list->visualRect(gamma).center());
        QPushButton *compare = button("compareButton");
        QTRY_VERIFY(compare->isEnabled());
        QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
        auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
        QVERIFY(!box || !box->isVisible());
        QCOMPARE(m_page->currentCompanyId(), m_ids.value(QStringLiteral("WL-ALPHA")));
        QVERIFY(m_page->isDirty());

        QTest::mouseClick(compare, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->comparison() && m_page->comparison()->isVisible(),
                                 kWaitMs);
        QCOMPARE(m_page->comparison()->count(), 2);
        QStringList names;
        QStringList titles;
        for (qsizetype i = 0; i < m_page->comparison()->count(); ++i) {
            names << m_page->comparison()->preview(i)->spec().displayName;
            titles << m_page->comparison()->preview(i)->spec().loginTitle;
        }
        QVERIFY2(names.contains(QStringLiteral("Alpha Portal")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("Mine again")), qPrintable(names.join(u',')));
        // The edited company is compared as the form shows it.
        QVERIFY2(titles.filter(QStringLiteral("(draft)")).size() == 1,
                 qPrintable(titles.join(u',')));
    }

private:
    template<typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    QPushButton *button(const char *name) const { return widget<QPushButton>(name); }

    void open(const char *code)
    {
        const QUuid id = m_ids.value(QLatin1String(code));
        QVERIFY(m_page->selectCompany(id));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->currentCompanyId() == id && !m_page->isBusy()
                                     && m_page->serverSettings().version > 0,
                                 kWaitMs);
    }

    CompanySettings settingsOnServer(const char *code)
    {
        std::optional<CompanySettings> got;
        m_fixture.context()->companies().companySettings(
            m_ids.value(QLatin1String(code)),
            [&got](models::Result<client::Versioned<CompanySettings>> result) {
                if (result)
                    got = result->value;
            });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, kWaitMs))
            qWarning("the settings of %s did not arrive", code);
        return got.value_or(CompanySettings {});
    }

    // Another admin changes the display name (through the client, with its own ETag).
    void changeOnServer(const char *code, const QString &displayName)
    {
        const QUuid id = m_ids.value(QLatin1String(code));
        std::optional<client::Versioned<CompanySettings>> current;
        m_fixture.context()->companies().companySettings(
            id, [&current](models::Result<client::Versioned<CompanySettings>> result) {
                if (result)
                    current = result.value();
            });
        QTRY_VERIFY_WITH_TIMEOUT(current.has_value(), kWaitMs);
        CompanySettings changed = current->value;
        changed.displayName = displayName;
        bool done = false;
        m_fixture.context()->companies().updateCompanySettings(
            id, changed, current->etag,
            [&done](const models::Result<client::Versioned<CompanySettings>> &result) {
                QVERIFY2(result.ok(), qPrintable(result.error().message));
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
    }

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<WhiteLabelPage> m_page;
    QHash<QString, QUuid> m_ids;
};

QTEST_MAIN(TestWhiteLabelPage)
#include "tst_whitelabelpage.moc"
