#pragma once

#include "models/domain/FeatureCatalogDocument.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class FeatureMatrixFilterProxy;
class FeatureMatrixModel;
} // namespace sphair::models

namespace sphair::ui {

class ConsoleContext;
class FeatureSettingsPanel;
class TierTemplatesView;

// The Features tab: every company (rows) × the catalog's features (columns), with the
// company column and the header frozen, search, tier, status and drift filters and sorting.
// Clicking a cell or pressing Space toggles it; bulk actions switch a feature on or off for
// the selected companies or reset them to their tier template. Edits are staged (marked in
// their cells, undone with Ctrl+Z and redone with Ctrl+Shift+Z) until Apply, which shows the
// diff and sends one atomic change set; a 412 names the companies to reload and keeps the
// staged edits. A side panel (FeatureSettingsPanel) beside the matrix edits the settings of
// the current cell's feature and sends them at once as a one-company change set. A second tab
// shows the tier templates (editable by a superadmin).
//
// Object names: featureSearchEdit, featureTierFilterCombo, featureStatusFilterCombo,
// featureDriftCheck, featureMatrixTable, featureCompanyTable (the frozen column),
// bulkFeatureCombo, bulkOnButton, bulkOffButton, resetTemplateButton, undoFeaturesButton,
// redoFeaturesButton, stagedSummaryLabel, applyFeaturesButton, discardFeaturesButton,
// staleCompaniesLabel, reloadStaleButton, featuresLoadLabel, refreshFeaturesButton,
// featuresViewTabs, tierTemplatesView, featureSettingsPanel; dialogs applyFeaturesDialog,
// confirmUnlicensedDialog, discardFeaturesDialog.
class FeaturesPage : public QWidget
{
    Q_OBJECT
public:
    // Companies (with their features) one request asks for.
    static constexpr int kPageSize = 500;

    explicit FeaturesPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~FeaturesPage() override;

    models::FeatureMatrixModel *model() const { return m_model; }
    models::FeatureMatrixFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    TierTemplatesView *tierTemplates() const { return m_templates; }
    FeatureSettingsPanel *settingsPanel() const { return m_settings; }
    // The catalog, the companies and every company's features are loaded.
    bool isLoaded() const { return m_loaded; }
    // Companies per request from the next load on (1–500; tests page through a few).
    void setPageSize(int size) { m_pageSize = size; }

public slots:
    // Loads the catalog, every company and their features again (asks first when edits are
    // staged).
    void refresh();
    // Toggles the current cell of the table.
    void toggleCurrent();
    void bulkOn();
    void bulkOff();
    void resetSelectedToTemplate();
    // Shows the staged diff and, when confirmed, sends the change set.
    void apply();
    void discard();
    // Reloads the features of the companies the last 412 named.
    void reloadStale();

signals:
    // The whole matrix is loaded (or loading failed).
    void loaded();
    // A change set was applied (or refused).
    void applyFinished(bool ok);
    // The settings panel's change set was applied (or refused).
    void settingsApplyFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void load();
    // Loads one page of companies with their features, then the next, until the last.
    void loadCompanyPage(const QString &cursor, int generation);
    void applyFilters();
    void updateActions();
    QList<int> selectedSourceRows() const;
    // Stages `enabled` for `column` of `rows`; asks first when it enables a feature that a
    // company's license does not include.
    void stageForRows(const QList<int> &rows, int column, bool enabled);
    void confirmThen(const QString &objectName, const QString &title, const QString &text,
                     const std::function<void()> &onYes);
    void sendChangeSet();
    // Shows which companies a 412 named, with the button that reloads them.
    void showStale(const QList<QUuid> &stale);
    void track(client::ApiCall *call);
    // The settings panel: beside the matrix, following its current cell.
    void setUpSettingsPanel(QBoxLayout *layout);
    void updateSettingsPanel(bool discardEdits = false);
    // Sends `changes` to the settings of the current cell's feature.
    void sendSettings(const QJsonObject &changes);

    QPointer<ConsoleContext> m_context;
    models::FeatureMatrixModel *m_model = nullptr;
    models::FeatureMatrixFilterProxy *m_proxy = nullptr;
    QTabWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_frozen = nullptr;
    TierTemplatesView *m_templates = nullptr;
    FeatureSettingsPanel *m_settings = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_drift = nullptr;
    QComboBox *m_bulkFeature = nullptr;
    QPushButton *m_bulkOn = nullptr;
    QPushButton *m_bulkOff = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_reloadStale = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_stale = nullptr;
    QLabel *m_loadState = nullptr;

    QList<QPointer<client::ApiCall>> m_calls;
    QList<QUuid> m_staleIds;
    int m_generation = 0;
    int m_pageSize = kPageSize;
    int m_companiesLoaded = 0; // by the current load
    bool m_loaded = false;
    bool m_applying = false;
};

} // namespace sphair::ui
