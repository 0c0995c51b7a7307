#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "models/domain/AdminRole.h"
#include "models/item/FeatureMatrixFilterProxy.h"
#include "models/item/FeatureMatrixModel.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/ui/companies/CompanyTestSupport.h"
#include "ui/common/ConsoleContext.h"
#include "ui/features/FeatureSettingsPanel.h"
#include "ui/features/FeaturesPage.h"
#include "ui/features/TierTemplatesView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace sphair;
using sphair::models::FeatureMatrixModel;
using sphair::ui::FeaturesPage;

namespace {
constexpr int kWaitMs = 30000;
} // namespace

// The Features tab against a real platform: loading the matrix, toggling cells with Space,
// the unlicensed confirmation, undo, applying one change set and reading it back, a stale
// company (412) and its reload, the settings side panel, and the tier templates' preview.
class TestFeaturesPage : public QObject
{
    Q_OBJECT

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<FeaturesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QString m_idA;
    QString m_idB;

    FeatureMatrixModel *model() const { return m_page->model(); }

    // The server's features of a company read through the console's client.
    std::optional<models::CompanyFeatureSet> featuresThroughClient(const QString &id)
    {
        std::optional<models::CompanyFeatureSet> features;
        bool done = false;
        m_fixture.context()->companies().companyFeatures(
            QUuid(id), [&](models::Result<client::Versioned<models::CompanyFeatureSet>> result) {
                if (result)
                    features = result->value;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
            return std::nullopt;
        return features;
    }

    static bool enabledIn(const models::CompanyFeatureSet &set, const QString &code)
    {
        for (const models::FeatureState &state : set.features) {
            if (state.code == code)
                return state.enabled;
        }
        return false;
    }

    static QJsonObject configIn(const models::CompanyFeatureSet &set, const QString &code)
    {
        for (const models::FeatureState &state : set.features) {
            if (state.code == code)
                return state.config;
        }
        return {};
    }

    // Makes the cell current in the matrix view and presses Space.
    void pressSpaceOn(int sourceRow, int column)
    {
        const QModelIndex proxyIndex =
            m_page->proxy()->mapFromSource(model()->index(sourceRow, column));
        QVERIFY(proxyIndex.isValid());
        m_page->table()->setCurrentIndex(proxyIndex);
        QTest::keyClick(m_page->table(), Qt::Key_Space);
    }

    // A feature of the small tier's template (on) and one outside it (off).
    QString smallOn() const
    {
        return models::FeatureCatalog::tierTemplate(models::Tier::Small).first();
    }
    QString smallOff() const
    {
        const QStringList on = models::FeatureCatalog::tierTemplate(models::Tier::Small);
        for (const QString &code : models::FeatureCatalog::codes()) {
            if (!on.contains(code))
                return code;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        tests::ApiClient &admin = m_fixture.platform().admin();
        m_idA = tests::createCompanyOnServer(admin, QStringLiteral("FEAT-A"),
                                             QStringLiteral("Feature Alpha"))
                    .value(QStringLiteral("id"))
                    .toString();
        m_idB = tests::createCompanyOnServer(admin, QStringLiteral("FEAT-B"),
                                             QStringLiteral("Feature Bravo"))
                    .value(QStringLiteral("id"))
                    .toString();
        QVERIFY(!m_idA.isEmpty());
        QVERIFY(!m_idB.isEmpty());
        QVERIFY(!tests::createCompanyOnServer(admin, QStringLiteral("FEAT-C"),
                                              QStringLiteral("Feature Charlie"),
                                              QStringLiteral("medium"), 20)
                     .isEmpty());
        QVERIFY(!smallOff().isEmpty());

        m_page = std::make_unique<FeaturesPage>(m_fixture.context());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 600);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &FeaturesPage::loaded);
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded(), kWaitMs);
    }

    void cleanupTestCase()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
    }

    void matrixShowsTheServersFeatures()
    {
        QCOMPARE(model()->columnCount(), 1 + models::FeatureCatalog::codes().size());
        const int row = model()->rowOf(QUuid(m_idA));
        QVERIFY(row >= 0);
        QVERIFY(model()->isLoaded(row));
        const auto server = featuresThroughClient(m_idA);
        QVERIFY(server);
        for (const models::FeatureState &state : server->features) {
            const QModelIndex cell = model()->index(row, model()->columnOf(state.code));
            QCOMPARE(cell.data(FeatureMatrixModel::EnabledRole).toBool(), state.enabled);
            QCOMPARE(cell.data(FeatureMatrixModel::LicensedRole).toBool(), state.licensed);
        }
        // The frozen column shows the company column only; the matrix hides it.
        auto *frozen = m_page->findChild<QTableView *>(QStringLiteral("featureCompanyTable"));
        QVERIFY(frozen);
        QVERIFY(!frozen->isColumnHidden(0));
        QVERIFY(frozen->isColumnHidden(1));
        QVERIFY(m_page->table()->isColumnHidden(0));
        // The companies start A to Z.
        QCOMPARE(frozen->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QStringList shown;
        for (int shownRow = 0; shownRow < m_page->proxy()->rowCount(); ++shownRow)
            shown.append(m_page->proxy()->index(shownRow, 0).data().toString());
        QStringList sorted = shown;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(shown, sorted);
        QVERIFY(shown.first().startsWith(QStringLiteral("FEAT-A")));

        // Search narrows the rows.
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("featureSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("feature bravo"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        search->clear();
        QCOMPARE(m_page->proxy()->rowCount(), model()->rowCount());
    }

    void loadsTheMatrixPageByPage()
    {
        const qint64 total = m_fixture.platform()
                                 .admin()
                                 .get(QStringLiteral("/admin/companies?limit=1"))
                                 .json()
                                 .value(QStringLiteral("total"))
                                 .toInteger(-1);
        QVERIFY(total >= 3);
        // Two companies a request: several pages. A second refresh while the first load runs
        // cancels it, so no page lands twice.
        m_page->setPageSize(2);
        QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
        m_page->refresh();
        QVERIFY(!m_page->isLoaded());
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded(), kWaitMs);
        QCOMPARE(model()->rowCount(), int(total));
        QVERIFY(inserted.count() >= int((total - 1) / 2)); // the pages after the first
        QSet<QUuid> ids;
        for (int row = 0; row < model()->rowCount(); ++row) {
            QVERIFY(model()->isLoaded(row));
            ids.insert(model()->companyAt(row).id);
        }
        QCOMPARE(ids.size(), int(total));
        auto *state = m_page->findChild<QLabel *>(QStringLiteral("featuresLoadLabel"));
        QVERIFY(state);
        QCOMPARE(state->text(),
                 QStringLiteral("Loaded %1 of %1 companies.").arg(model()->rowCount()));
        m_page->setPageSize(FeaturesPage::kPageSize);
    }

    void toggleTwoCellsApplyAndReadBack()
    {
        const int row = model()->rowOf(QUuid(m_idA));
        const int onColumn = model()->columnOf(smallOn());
        const int offColumn = model()->columnOf(smallOff());
        QVERIFY(model()->effectiveEnabled(row, onColumn));
        QVERIFY(!model()->effectiveEnabled(row, offColumn));

        // Switching a feature off needs no confirmation.
        pressSpaceOn(row, onColumn);
        QCOMPARE(model()->stagedCellCount(), 1);
        QVERIFY(!model()->effectiveEnabled(row, onColumn));

        // Switching on a feature the company's (absent) license lacks asks first.
        QVERIFY(!model()->isLicensed(row, offColumn));
        pressSpaceOn(row, offColumn);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY(
            (confirm = m_page->findChild<QMessageBox *>(QStringLiteral("confirmUnlicensedDialog")))
            != nullptr);
        QCOMPARE(model()->stagedCellCount(), 1); // nothing staged before the answer
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(model()->stagedCellCount(), 2);
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("stagedSummaryLabel"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("+1 on, −1 off across 1 ")),
                 qPrintable(summary->text()));

        // Ctrl+Z undoes the last one, Ctrl+Shift+Z brings it back.
        QTest::keyClick(m_page->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->stagedCellCount(), 1);
        QTest::keyClick(m_page->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->stagedCellCount(), 2);

        QSignalSpy finished(m_page.get(), &FeaturesPage::applyFinished);
        m_page->findChild<QPushButton *>(QStringLiteral("applyFeaturesButton"))->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("applyFeaturesDialog")))
                    != nullptr);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("applySummaryLabel"))->text(),
                 summary->text());
        dialog->findChild<QPushButton *>(QStringLiteral("confirmApplyButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!model()->hasStagedEdits());

        const auto server = featuresThroughClient(m_idA);
        QVERIFY(server);
        QVERIFY(!enabledIn(*server, smallOn()));
        QVERIFY(enabledIn(*server, smallOff()));
        // The matrix shows the server's state now, as overrides.
        const QModelIndex cell = model()->index(row, offColumn);
        QVERIFY(cell.data(FeatureMatrixModel::ServerEnabledRole).toBool());
        QCOMPARE(cell.data(FeatureMatrixModel::SourceRole).toInt(),
                 static_cast<int>(models::FeatureSource::Override));
    }

    void staleCompanyFailsTheWholeSet()
    {
        const int rowA = model()->rowOf(QUuid(m_idA));
        const int rowB = model()->rowOf(QUuid(m_idB));
        const int column = model()->columnOf(smallOn());
        QVERIFY(model()->setCell(rowA, column, true));
        QVERIFY(model()->setCell(rowB, column, false));

        // Another admin changes FEAT-B meanwhile.
        tests::ApiClient &admin = m_fixture.platform().admin();
        const QString path = QStringLiteral("/admin/companies/%1/features").arg(m_idB);
        const tests::ApiReply current = admin.get(path);
        QCOMPARE(current.status, 200);
        const QJsonObject change {{QStringLiteral("code"), smallOff()},
                                  {QStringLiteral("enabled"), true}};
        const tests::ApiReply changed =
            admin.put(path, {{QStringLiteral("changes"), QJsonArray {change}}},
                      {{QByteArray("If-Match"), current.header("ETag")}});
        QCOMPARE(changed.status, 200);

        QSignalSpy finished(m_page.get(), &FeaturesPage::applyFinished);
        m_page->findChild<QPushButton *>(QStringLiteral("applyFeaturesButton"))->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("applyFeaturesDialog")))
                    != nullptr);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmApplyButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        // Nothing applied, the edits kept, FEAT-B named.
        QCOMPARE(model()->stagedCellCount(), 2);
        auto *stale = m_page->findChild<QLabel *>(QStringLiteral("staleCompaniesLabel"));
        QVERIFY(stale->isVisibleTo(m_page.get()));
        QVERIFY(stale->text().contains(QStringLiteral("FEAT-B")));
        QVERIFY(!stale->text().contains(QStringLiteral("FEAT-A")));
        const auto serverA = featuresThroughClient(m_idA);
        QVERIFY(serverA);
        QVERIFY(!enabledIn(*serverA, smallOn()));

        // Reload FEAT-B: its new version is taken, the staged edits stay; apply again.
        m_page->findChild<QPushButton *>(QStringLiteral("reloadStaleButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(model()
                                     ->index(rowB, model()->columnOf(smallOff()))
                                     .data(FeatureMatrixModel::ServerEnabledRole)
                                     .toBool(),
                                 kWaitMs);
        QCOMPARE(model()->stagedCellCount(), 2);
        m_page->findChild<QPushButton *>(QStringLiteral("applyFeaturesButton"))->click();
        QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("applyFeaturesDialog")))
                    != nullptr);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmApplyButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        const auto serverB = featuresThroughClient(m_idB);
        QVERIFY(serverB);
        QVERIFY(!enabledIn(*serverB, smallOn()));
        QVERIFY(enabledIn(*serverB, smallOff()));
    }

    void discardReturnsToTheServersState()
    {
        const int row = model()->rowOf(QUuid(m_idA));
        const bool before = model()->effectiveEnabled(row, 1);
        QVERIFY(model()->toggleCell(row, 1));
        m_page->findChild<QPushButton *>(QStringLiteral("discardFeaturesButton"))->click();
        QVERIFY(!model()->hasStagedEdits());
        QCOMPARE(model()->effectiveEnabled(row, 1), before);
    }

    // The settings side panel follows the current cell: typed editors with the schema's
    // limits, Reset, Apply against the real server, and a refused apply (412) that keeps the
    // edits until the company is reloaded and the settings applied again.
    void settingsPanelEditsAndAppliesSettings()
    {
        auto *panel = m_page->settingsPanel();
        QVERIFY(panel);
        auto *apply = panel->findChild<QPushButton *>(QStringLiteral("applySettingsButton"));
        auto *reset = panel->findChild<QPushButton *>(QStringLiteral("resetSettingsButton"));
        auto *empty = panel->findChild<QLabel *>(QStringLiteral("featureSettingsEmptyLabel"));
        QVERIFY(apply && reset && empty);
        const int row = model()->rowOf(QUuid(m_idA));
        const auto makeCurrent = [this](int sourceRow, int column) {
            m_page->table()->setCurrentIndex(
                m_page->proxy()->mapFromSource(model()->index(sourceRow, column)));
        };

        // The company column is no feature: nothing to edit.
        makeCurrent(row, FeatureMatrixModel::kCompanyColumn);
        QVERIFY(!panel->isEnabled());

        makeCurrent(row, model()->columnOf(QStringLiteral("white_label")));
        QVERIFY(panel->isEnabled());
        QVERIFY(empty->isVisibleTo(panel));
        QCOMPARE(empty->text(), QStringLiteral("This feature has no settings."));
        QVERIFY(!apply->isEnabled());

        makeCurrent(row, model()->columnOf(QStringLiteral("calendar")));
        auto *weekStart = panel->findChild<QComboBox *>(QStringLiteral("setting_week_starts_on"));
        QVERIFY(weekStart);
        QCOMPARE(weekStart->count(), 3);
        QCOMPARE(weekStart->currentData().toString(), QStringLiteral("monday"));

        makeCurrent(row, model()->columnOf(QStringLiteral("api_access")));
        QVERIFY(!empty->isVisibleTo(panel));
        auto *title = panel->findChild<QLabel *>(QStringLiteral("featureSettingsTitle"));
        QVERIFY(title->text().contains(QStringLiteral("API access")));
        QVERIFY(title->text().contains(QStringLiteral("FEAT-A")));
        auto *rate = panel->findChild<QSpinBox *>(QStringLiteral("setting_rate_limit_per_minute"));
        auto *hooks = panel->findChild<QCheckBox *>(QStringLiteral("setting_webhooks"));
        auto *label =
            panel->findChild<QLineEdit *>(QStringLiteral("setting_webhook_signing_label"));
        QVERIFY(rate && hooks && label);
        QCOMPARE(rate->minimum(), 10);
        QCOMPARE(rate->maximum(), 10000);
        QCOMPARE(rate->value(), 600);
        QVERIFY(!hooks->isChecked());
        QCOMPARE(label->maxLength(), 64);
        QCOMPARE(label->text(), QStringLiteral("sphair"));
        // Each editor has a label whose mnemonic moves the focus to it.
        int buddies = 0;
        for (QLabel *each : panel->findChildren<QLabel *>()) {
            if (each->buddy() == rate || each->buddy() == hooks || each->buddy() == label)
                ++buddies;
        }
        QCOMPARE(buddies, 3);

        // Edit by keyboard, then Reset returns the server's values.
        rate->setFocus();
        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("1500"));
        QCOMPARE(rate->value(), 1500);
        QTest::mouseClick(hooks, Qt::LeftButton, {}, QPoint(4, hooks->height() / 2));
        QVERIFY(hooks->isChecked());
        QVERIFY(apply->isEnabled());
        reset->click();
        QCOMPARE(rate->value(), 600);
        QVERIFY(!hooks->isChecked());
        QVERIFY(!apply->isEnabled());

        // Apply sends the changed settings; the server has them afterwards.
        rate->setValue(1500);
        hooks->setChecked(true);
        QSignalSpy finished(m_page.get(), &FeaturesPage::settingsApplyFinished);
        apply->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        auto server = featuresThroughClient(m_idA);
        QVERIFY(server);
        QJsonObject config = configIn(*server, QStringLiteral("api_access"));
        QCOMPARE(config.value(QLatin1String("rate_limit_per_minute")).toInt(), 1500);
        QVERIFY(config.value(QLatin1String("webhooks")).toBool());
        QCOMPARE(rate->value(), 1500);
        QVERIFY(!apply->isEnabled()); // nothing differs from the server now
        QCOMPARE(model()->serverConfig(row, model()->columnOf(QStringLiteral("api_access"))),
                 config);

        // Someone else changes FEAT-A meanwhile: the apply is refused, the edit stays.
        tests::ApiClient &admin = m_fixture.platform().admin();
        const QString path = QStringLiteral("/admin/companies/%1/features").arg(m_idA);
        const QJsonObject change {{QStringLiteral("code"), QStringLiteral("calendar")},
                                  {QStringLiteral("enabled"), false}};
        QCOMPARE(admin
                     .put(path, {{QStringLiteral("changes"), QJsonArray {change}}},
                          {{QByteArray("If-Match"), admin.get(path).header("ETag")}})
                     .status,
                 200);
        rate->setValue(2000);
        apply->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QCOMPARE(rate->value(), 2000);
        QVERIFY(hooks->isChecked());
        QVERIFY(apply->isEnabled());
        auto *stale = m_page->findChild<QLabel *>(QStringLiteral("staleCompaniesLabel"));
        QVERIFY(stale->isVisibleTo(m_page.get()));
        QVERIFY(stale->text().contains(QStringLiteral("FEAT-A")));
        server = featuresThroughClient(m_idA);
        QVERIFY(server);
        QCOMPARE(configIn(*server, QStringLiteral("api_access"))
                     .value(QLatin1String("rate_limit_per_minute"))
                     .toInt(),
                 1500);

        // Reload the company: the edit survives it and applies now.
        m_page->findChild<QPushButton *>(QStringLiteral("reloadStaleButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model()
                                      ->index(row, model()->columnOf(QStringLiteral("calendar")))
                                      .data(FeatureMatrixModel::ServerEnabledRole)
                                      .toBool(),
                                 kWaitMs);
        QCOMPARE(rate->value(), 2000);
        apply->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kWaitMs);
        QCOMPARE(finished.at(2).at(0).toBool(), true);
        server = featuresThroughClient(m_idA);
        QVERIFY(server);
        QCOMPARE(configIn(*server, QStringLiteral("api_access"))
                     .value(QLatin1String("rate_limit_per_minute"))
                     .toInt(),
                 2000);
    }

    void tierTemplatesPreviewForSuperadmin()
    {
        ui::TierTemplatesView *templates = m_page->tierTemplates();
        QTRY_VERIFY_WITH_TIMEOUT(templates->isEditable(), kWaitMs);
        auto *table = templates->findChild<QTableWidget *>(QStringLiteral("tierTemplatesTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), models::FeatureCatalog::codes().size());
        // Switch the first feature of the small tier; the server says how many companies change.
        // A feature no company overrides (the tests above override smallOn and smallOff).
        QTableWidgetItem *item = nullptr;
        for (int row = 0; row < table->rowCount() && item == nullptr; ++row) {
            const QString code = table->item(row, 0)->data(Qt::UserRole).toString();
            if (code != smallOn() && code != smallOff())
                item = table->item(row, 0);
        }
        QVERIFY(item);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        QSignalSpy previewed(templates, &ui::TierTemplatesView::previewed);
        templates->findChild<QPushButton *>(QStringLiteral("previewTemplatesButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, kWaitMs);
        QVERIFY(previewed.at(0).at(0).toLongLong() >= 1);
        QVERIFY(previewed.at(0).at(1).toLongLong() >= 3);
        QVERIFY(templates->findChild<QLabel *>(QStringLiteral("templatesPreviewLabel"))
                    ->text()
                    .contains(QString::number(previewed.at(0).at(0).toLongLong())));
    }

    void tierTemplatesReadOnlyForOthers()
    {
        const auto signedIn =
            m_fixture.signInAs(QStringLiteral("support1"), models::AdminRole::Support);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        ui::TierTemplatesView *templates = m_page->tierTemplates();
        QSignalSpy loaded(templates, &ui::TierTemplatesView::loaded);
        templates->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        QVERIFY(!templates->isEditable());
        QVERIFY(!templates->findChild<QPushButton *>(QStringLiteral("saveTemplatesButton"))
                     ->isVisibleTo(templates));
        auto *table = templates->findChild<QTableWidget *>(QStringLiteral("tierTemplatesTable"));
        QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsUserCheckable));
    }
};

QTEST_MAIN(TestFeaturesPage)
#include "tst_featurespage.moc"
