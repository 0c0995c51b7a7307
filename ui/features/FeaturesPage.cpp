#include "ui/features/FeaturesPage.h"

#include "client/ApiCall.h"
#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "client/Queries.h"
#include "models/domain/FeatureChangeBatch.h"
#include "models/item/FeatureMatrixFilterProxy.h"
#include "models/item/FeatureMatrixModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/features/FeatureSettingsPanel.h"
#include "ui/features/TierTemplatesView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sphair::ui {

using models::FeatureMatrixModel;

FeaturesPage::FeaturesPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new FeatureMatrixModel(this))
    , m_proxy(new models::FeatureMatrixFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &FeaturesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeaturesPage::updateActions);
    updateActions();
}

FeaturesPage::~FeaturesPage()
{
    for (const QPointer<client::ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void FeaturesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("featureSearchEdit"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search companies"));
    filters->addWidget(m_search, 1);
    m_tierFilter = new QComboBox(this);
    m_tierFilter->setObjectName(QStringLiteral("featureTierFilterCombo"));
    m_tierFilter->setAccessibleName(tr("Tier filter"));
    m_tierFilter->addItem(tr("All tiers"), -1);
    for (models::Tier tier : models::allTiers())
        m_tierFilter->addItem(models::tierDisplayName(tier), static_cast<int>(tier));
    filters->addWidget(m_tierFilter);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("featureStatusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (models::CompanyStatus status :
         {models::CompanyStatus::Active, models::CompanyStatus::Suspended})
        m_statusFilter->addItem(models::companyStatusDisplayName(status), static_cast<int>(status));
    filters->addWidget(m_statusFilter);
    m_drift = new QCheckBox(tr("Only &drift from the tier template"), this);
    m_drift->setObjectName(QStringLiteral("featureDriftCheck"));
    filters->addWidget(m_drift);
    auto *refreshButton = new QPushButton(tr("Re&load"), this);
    refreshButton->setObjectName(QStringLiteral("refreshFeaturesButton"));
    connect(refreshButton, &QPushButton::clicked, this, &FeaturesPage::refresh);
    filters->addWidget(refreshButton);
    layout->addLayout(filters);
    connect(m_search, &QLineEdit::textChanged, this, &FeaturesPage::applyFilters);
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, &FeaturesPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &FeaturesPage::applyFilters);
    connect(m_drift, &QCheckBox::toggled, this, &FeaturesPage::applyFilters);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("featuresViewTabs"));
    layout->addWidget(m_views, 1);

    // The matrix: the frozen company column on the left, the features beside it; both views
    // share the proxy, the selection and the vertical scrolling.
    auto *matrix = new QWidget(m_views);
    auto *matrixLayout = new QVBoxLayout(matrix);
    auto *views = new QHBoxLayout;
    views->setSpacing(0);
    m_frozen = new QTableView(matrix);
    m_frozen->setObjectName(QStringLiteral("featureCompanyTable"));
    m_table = new QTableView(matrix);
    m_table->setObjectName(QStringLiteral("featureMatrixTable"));
    for (QTableView *view : {m_frozen, m_table}) {
        view->setModel(m_proxy);
        view->setSortingEnabled(true);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    }
    m_frozen->setSelectionModel(m_table->selectionModel());
    m_frozen->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_frozen->verticalHeader()->hide();
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // same height as the matrix
    m_frozen->setAccessibleName(tr("Companies"));
    m_table->setAccessibleName(tr("Features of each company"));
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_table->setColumnHidden(FeatureMatrixModel::kCompanyColumn, true);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, m_table->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
            &QScrollBar::setValue);
    // Sorting by either header sorts both.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                const QSignalBlocker blocker(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(column, order);
            });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                const QSignalBlocker blocker(m_frozen->horizontalHeader());
                m_frozen->horizontalHeader()->setSortIndicator(column, order);
            });
    // A header's indicator starts descending; the companies start A to Z.
    m_frozen->sortByColumn(FeatureMatrixModel::kCompanyColumn, Qt::AscendingOrder);
    auto fitFrozen = [this] {
        for (int column = 1; column < m_proxy->columnCount(); ++column)
            m_frozen->setColumnHidden(column, true);
        m_table->setColumnHidden(FeatureMatrixModel::kCompanyColumn, true);
        m_frozen->resizeColumnToContents(FeatureMatrixModel::kCompanyColumn);
        const int width =
            qBound(160, m_frozen->columnWidth(FeatureMatrixModel::kCompanyColumn), 360);
        m_frozen->setColumnWidth(FeatureMatrixModel::kCompanyColumn, width);
        m_frozen->setFixedWidth(width + 2 * m_frozen->frameWidth());
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fitFrozen);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, fitFrozen);
    views->addWidget(m_frozen);
    views->addWidget(m_table, 1);
    setUpSettingsPanel(views);
    matrixLayout->addLayout(views, 1);

    auto *legend = new QLabel(tr("● on   ○ off   ◆ override of the tier template   "
                                 "⚠ not in the company's license   ✎ staged, not applied yet"),
                              matrix);
    legend->setObjectName(QStringLiteral("featureLegendLabel"));
    legend->setWordWrap(true);
    matrixLayout->addWidget(legend);

    auto *bulk = new QHBoxLayout;
    bulk->addWidget(new QLabel(tr("Selected companies:"), matrix));
    m_bulkFeature = new QComboBox(matrix);
    m_bulkFeature->setObjectName(QStringLiteral("bulkFeatureCombo"));
    m_bulkFeature->setAccessibleName(tr("Feature for the bulk action"));
    bulk->addWidget(m_bulkFeature);
    m_bulkOn = new QPushButton(tr("Switch o&n"), matrix);
    m_bulkOn->setObjectName(QStringLiteral("bulkOnButton"));
    connect(m_bulkOn, &QPushButton::clicked, this, &FeaturesPage::bulkOn);
    bulk->addWidget(m_bulkOn);
    m_bulkOff = new QPushButton(tr("Switch o&ff"), matrix);
    m_bulkOff->setObjectName(QStringLiteral("bulkOffButton"));
    connect(m_bulkOff, &QPushButton::clicked, this, &FeaturesPage::bulkOff);
    bulk->addWidget(m_bulkOff);
    m_reset = new QPushButton(tr("Reset to &tier template"), matrix);
    m_reset->setObjectName(QStringLiteral("resetTemplateButton"));
    connect(m_reset, &QPushButton::clicked, this, &FeaturesPage::resetSelectedToTemplate);
    bulk->addWidget(m_reset);
    bulk->addStretch(1);
    m_undo = new QPushButton(tr("&Undo"), matrix);
    m_undo->setObjectName(QStringLiteral("undoFeaturesButton"));
    m_undo->setToolTip(tr("Undo the last staged edit (Ctrl+Z)"));
    connect(m_undo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::undo);
    bulk->addWidget(m_undo);
    m_redo = new QPushButton(tr("&Redo"), matrix);
    m_redo->setObjectName(QStringLiteral("redoFeaturesButton"));
    m_redo->setToolTip(tr("Redo the staged edit undone last (Ctrl+Shift+Z)"));
    connect(m_redo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::redo);
    bulk->addWidget(m_redo);
    matrixLayout->addLayout(bulk);
    auto *undoKey = new QShortcut(QKeySequence(tr("Ctrl+Z")), this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, m_model->undoStack(), &QUndoStack::undo);
    auto *redoKey = new QShortcut(QKeySequence(tr("Ctrl+Shift+Z")), this);
    redoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(redoKey, &QShortcut::activated, m_model->undoStack(), &QUndoStack::redo);

    auto *applyRow = new QHBoxLayout;
    m_summary = new QLabel(matrix);
    m_summary->setObjectName(QStringLiteral("stagedSummaryLabel"));
    applyRow->addWidget(m_summary, 1);
    m_apply = new QPushButton(tr("&Apply…"), matrix);
    m_apply->setObjectName(QStringLiteral("applyFeaturesButton"));
    connect(m_apply, &QPushButton::clicked, this, &FeaturesPage::apply);
    applyRow->addWidget(m_apply);
    m_discard = new QPushButton(tr("D&iscard"), matrix);
    m_discard->setObjectName(QStringLiteral("discardFeaturesButton"));
    connect(m_discard, &QPushButton::clicked, this, &FeaturesPage::discard);
    applyRow->addWidget(m_discard);
    matrixLayout->addLayout(applyRow);

    auto *staleRow = new QHBoxLayout;
    m_stale = new QLabel(matrix);
    m_stale->setObjectName(QStringLiteral("staleCompaniesLabel"));
    m_stale->setWordWrap(true);
    m_stale->setVisible(false);
    staleRow->addWidget(m_stale, 1);
    m_reloadStale = new QPushButton(tr("Reload &those companies"), matrix);
    m_reloadStale->setObjectName(QStringLiteral("reloadStaleButton"));
    m_reloadStale->setVisible(false);
    connect(m_reloadStale, &QPushButton::clicked, this, &FeaturesPage::reloadStale);
    staleRow->addWidget(m_reloadStale);
    matrixLayout->addLayout(staleRow);

    m_loadState = new QLabel(matrix);
    m_loadState->setObjectName(QStringLiteral("featuresLoadLabel"));
    matrixLayout->addWidget(m_loadState);

    m_views->addTab(matrix, tr("&Matrix"));
    m_templates = new TierTemplatesView(m_context, m_views);
    m_templates->setObjectName(QStringLiteral("tierTemplatesView"));
    m_views->addTab(m_templates, tr("Tier &templates"));
    connect(m_templates, &TierTemplatesView::catalogSaved, this, &FeaturesPage::refresh);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.column() != FeatureMatrixModel::kCompanyColumn)
                    m_bulkFeature->setCurrentIndex(current.column() - 1);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeaturesPage::updateActions);
}

bool FeaturesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
    }
    // A plain click toggles the cell; with Ctrl or Shift it only selects.
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier) {
            const QModelIndex index = m_table->indexAt(mouse->position().toPoint());
            if (index.isValid()) {
                m_table->setCurrentIndex(index);
                toggleCurrent();
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FeaturesPage::refresh()
{
    if (m_model->hasStagedEdits()) {
        confirmThen(
            QStringLiteral("discardFeaturesDialog"), tr("Reload features"),
            tr("Reloading drops the staged edits (%1). Reload anyway?").arg(m_model->diffSummary()),
            [this] { load(); });
        return;
    }
    load();
}

void FeaturesPage::track(client::ApiCall *call)
{
    m_calls.removeAll(nullptr);
    if (call)
        m_calls.append(call);
}

void FeaturesPage::load()
{
    if (!m_context)
        return;
    for (const QPointer<client::ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    const int generation = ++m_generation;
    m_loaded = false;
    m_companiesLoaded = 0;
    m_staleIds.clear();
    m_stale->setVisible(false);
    m_reloadStale->setVisible(false);
    m_loadState->setText(tr("Loading the feature catalog…"));
    m_templates->refresh();
    track(m_context->companies().featureCatalog(
        [this,
         generation](models::Result<client::Versioned<models::FeatureCatalogDocument>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_loadState->setText(tr("The feature catalog could not be loaded."));
                m_context->reportError(tr("Loading the feature catalog"), result.error());
                emit loaded();
                return;
            }
            m_model->setCatalog(result->value);
            m_bulkFeature->clear();
            for (const models::FeatureCatalogDocument::Entry &entry : result->value.features)
                m_bulkFeature->addItem(entry.displayName(), entry.code);
            loadCompanyPage(QString(), generation);
        }));
}

void FeaturesPage::loadCompanyPage(const QString &cursor, int generation)
{
    client::FeatureMatrixQuery query;
    query.limit = m_pageSize;
    query.cursor = cursor;
    const bool first = cursor.isEmpty();
    track(m_context->companies().list(
        query,
        [this, generation, first](models::Result<models::Page<models::FeatureMatrixRow>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_loadState->setText(tr("The companies could not be loaded."));
                m_context->reportError(tr("Loading the companies"), result.error());
                emit loaded();
                return;
            }
            QList<models::Company> companies;
            companies.reserve(result->items.size());
            for (const models::FeatureMatrixRow &row : std::as_const(result->items))
                companies.append(row.company);
            if (first)
                m_model->setCompanies(companies);
            else
                m_model->appendCompanies(companies);
            for (const models::FeatureMatrixRow &row : std::as_const(result->items))
                m_model->setCompanyFeatures(row.features);
            m_companiesLoaded += static_cast<int>(result->items.size());
            const int total = static_cast<int>(std::max<qint64>(result->total, m_companiesLoaded));
            m_loadState->setText(
                m_companiesLoaded == 0
                    ? tr("No companies.")
                    : tr("Loaded %L1 of %Ln companies.", nullptr, total).arg(m_companiesLoaded));
            if (result->hasMore()) {
                loadCompanyPage(result->nextCursor, generation);
                return;
            }
            m_loaded = true;
            updateActions();
            emit loaded();
        }));
}

void FeaturesPage::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    const int tier = m_tierFilter->currentData().toInt();
    m_proxy->setTierFilter(tier < 0 ? std::nullopt
                                    : std::optional(static_cast<models::Tier>(tier)));
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatusFilter(
        status < 0 ? std::nullopt : std::optional(static_cast<models::CompanyStatus>(status)));
    m_proxy->setDriftOnly(m_drift->isChecked());
}

void FeaturesPage::updateActions()
{
    const bool staged = m_model->hasStagedEdits();
    const bool selected = !selectedSourceRows().isEmpty();
    m_summary->setText(m_model->diffSummary());
    m_apply->setEnabled(staged && !m_applying);
    m_discard->setEnabled(staged && !m_applying);
    m_undo->setEnabled(m_model->undoStack()->canUndo());
    m_redo->setEnabled(m_model->undoStack()->canRedo());
    m_bulkOn->setEnabled(selected && m_bulkFeature->count() > 0);
    m_bulkOff->setEnabled(selected && m_bulkFeature->count() > 0);
    m_reset->setEnabled(selected);
}

QList<int> FeaturesPage::selectedSourceRows() const
{
    QSet<int> rows;
    const QModelIndexList indexes = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
        rows.insert(m_proxy->mapToSource(index).row());
    QList<int> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

void FeaturesPage::confirmThen(const QString &objectName, const QString &title, const QString &text,
                               const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, onYes](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

void FeaturesPage::stageForRows(const QList<int> &rows, int column, bool enabled)
{
    if (column < 1 || column > m_model->featureCount())
        return;
    QStringList unlicensed;
    if (enabled) {
        for (int row : rows) {
            if (m_model->isLoaded(row) && !m_model->isLicensed(row, column)
                && !m_model->effectiveEnabled(row, column))
                unlicensed << m_model->companyAt(row).code;
        }
    }
    auto stage = [this, rows, column, enabled] {
        if (rows.size() == 1)
            m_model->setCell(rows.first(), column, enabled);
        else
            m_model->setForRows(rows, column, enabled);
    };
    if (unlicensed.isEmpty()) {
        stage();
        return;
    }
    confirmThen(QStringLiteral("confirmUnlicensedDialog"), tr("Feature not licensed"),
                tr("The license of %n company(s) does not include %1: %2.\n"
                   "Tenants cannot use it until their license does. Switch it on anyway?",
                   nullptr, static_cast<int>(unlicensed.size()))
                    .arg(m_model->codeAt(column), unlicensed.join(QStringLiteral(", "))),
                stage);
}

void FeaturesPage::toggleCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.column() == FeatureMatrixModel::kCompanyColumn
        || !m_model->isLoaded(current.row()))
        return;
    stageForRows({current.row()}, current.column(),
                 !m_model->effectiveEnabled(current.row(), current.column()));
}

void FeaturesPage::bulkOn()
{
    stageForRows(selectedSourceRows(), m_model->columnOf(m_bulkFeature->currentData().toString()),
                 true);
}

void FeaturesPage::bulkOff()
{
    stageForRows(selectedSourceRows(), m_model->columnOf(m_bulkFeature->currentData().toString()),
                 false);
}

void FeaturesPage::resetSelectedToTemplate()
{
    m_model->resetRowsToTemplate(selectedSourceRows());
}

void FeaturesPage::discard()
{
    m_model->discard();
    m_stale->setVisible(false);
    m_reloadStale->setVisible(false);
    updateActions();
}

void FeaturesPage::apply()
{
    if (!m_model->hasStagedEdits() || m_applying)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("applyFeaturesDialog"));
    dialog->setWindowTitle(tr("Apply feature changes"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *summary = new QLabel(m_model->diffSummary(), dialog);
    summary->setObjectName(QStringLiteral("applySummaryLabel"));
    summary->setTextFormat(Qt::PlainText);
    layout->addWidget(summary);
    auto *list = new QPlainTextEdit(m_model->diffLines().join(QLatin1Char('\n')), dialog);
    list->setObjectName(QStringLiteral("applyDiffList"));
    list->setReadOnly(true);
    layout->addWidget(list, 1);
    layout->addWidget(
        new QLabel(tr("All of these changes are applied together, or none."), dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    applyButton->setObjectName(QStringLiteral("confirmApplyButton"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, &FeaturesPage::sendChangeSet);
    dialog->resize(520, 360);
    dialog->open();
}

void FeaturesPage::sendChangeSet()
{
    if (!m_context || !m_model->hasStagedEdits())
        return;
    m_applying = true;
    updateActions();
    const models::FeatureChangeBatch batch = m_model->changeSet();
    track(m_context->companies().applyFeatureChanges(
        batch, [this](models::Result<models::FeatureChangeBatchResult> result) {
            m_applying = false;
            if (!result) {
                showStale(models::FeatureChangeBatch::staleCompanyIds(result.error()));
                m_context->reportError(tr("Applying the feature changes"), result.error());
                updateActions();
                emit applyFinished(false);
                return;
            }
            const QString summary = m_model->diffSummary();
            m_model->applyResult(result.value());
            m_stale->setVisible(false);
            m_reloadStale->setVisible(false);
            m_context->reportInfo(tr("Feature changes applied: %1").arg(summary));
            updateActions();
            emit applyFinished(true);
        }));
}

void FeaturesPage::showStale(const QList<QUuid> &stale)
{
    if (stale.isEmpty())
        return;
    m_staleIds = stale;
    QStringList codes;
    for (const QUuid &id : stale) {
        const int row = m_model->rowOf(id);
        codes << (row < 0 ? id.toString(QUuid::WithoutBraces) : m_model->companyAt(row).code);
    }
    m_stale->setText(tr("Nothing was applied: %n company(s) changed meanwhile "
                        "(%1). Reload them, check your edits and apply again.",
                        nullptr, static_cast<int>(stale.size()))
                         .arg(codes.join(QStringLiteral(", "))));
    m_stale->setVisible(true);
    m_reloadStale->setVisible(true);
}

void FeaturesPage::setUpSettingsPanel(QBoxLayout *layout)
{
    m_settings = new FeatureSettingsPanel(this);
    // One width whatever the cell shows, so the matrix beside it does not jump.
    m_settings->setFixedWidth(
        std::max(280, m_settings->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 46));
    layout->addWidget(m_settings);
    connect(m_settings, &FeatureSettingsPanel::applyRequested, this, &FeaturesPage::sendSettings);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateSettingsPanel(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
                if (current.isValid() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row())
                    updateSettingsPanel();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateSettingsPanel(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateSettingsPanel(); });
}

void FeaturesPage::updateSettingsPanel(bool discardEdits)
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.column() == FeatureMatrixModel::kCompanyColumn
        || !m_model->isLoaded(current.row())) {
        if (!m_settings->isBusy())
            m_settings->clear();
        return;
    }
    const models::Company &company = m_model->companyAt(current.row());
    FeatureSettingsPanel::Cell cell;
    cell.companyName = QStringLiteral("%1 (%2)").arg(company.code, company.name);
    cell.code = m_model->codeAt(current.column());
    cell.enabled = current.data(FeatureMatrixModel::ServerEnabledRole).toBool();
    cell.override =
        m_model->serverSourceAt(current.row(), current.column()) == models::FeatureSource::Override;
    cell.licensed = m_model->isLicensed(current.row(), current.column());
    cell.staged = current.data(FeatureMatrixModel::StagedRole).toBool();
    cell.config = m_model->serverConfig(current.row(), current.column());
    m_settings->showCell(cell, discardEdits);
}

void FeaturesPage::sendSettings(const QJsonObject &changes)
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!m_context || changes.isEmpty() || !current.isValid()
        || current.column() == FeatureMatrixModel::kCompanyColumn
        || !m_model->isLoaded(current.row()))
        return;
    const QUuid companyId = m_model->companyAt(current.row()).id;
    const QString code = m_model->codeAt(current.column());
    m_settings->setBusy(true);
    track(m_context->companies().applyFeatureChanges(
        m_model->settingsChangeSet(current.row(), current.column(), changes),
        [this, companyId, code](models::Result<models::FeatureChangeBatchResult> result) {
            m_settings->setBusy(false);
            if (!result) {
                // The edits stay in the panel; a 412 names the company to reload.
                showStale(models::FeatureChangeBatch::staleCompanyIds(result.error()));
                m_context->reportError(tr("Applying the feature settings"), result.error());
                emit settingsApplyFinished(false);
                return;
            }
            const int row = m_model->rowOf(companyId);
            for (const auto &company : result->companies) {
                if (row < 0 || company.companyId != companyId)
                    continue;
                // Only this company's features change; staged switch edits stay.
                models::CompanyFeatureSet features;
                features.companyId = companyId;
                features.tier = m_model->companyAt(row).tier;
                features.features = company.features;
                features.version = company.version;
                m_model->setCompanyFeatures(features);
            }
            updateSettingsPanel(true);
            m_context->reportInfo(
                tr("Settings of %1 applied.").arg(models::FeatureCatalog::displayName(code)));
            updateActions();
            emit settingsApplyFinished(true);
        }));
}

void FeaturesPage::reloadStale()
{
    if (!m_context)
        return;
    const QList<QUuid> ids = m_staleIds;
    m_staleIds.clear();
    m_stale->setVisible(false);
    m_reloadStale->setVisible(false);
    for (const QUuid &id : ids) {
        track(m_context->companies().companyFeatures(
            id, [this](models::Result<client::Versioned<models::CompanyFeatureSet>> result) {
                if (!result) {
                    m_context->reportError(tr("Reloading a company's features"), result.error());
                    return;
                }
                m_model->setCompanyFeatures(result->value);
                updateActions();
            }));
    }
}

} // namespace sphair::ui
