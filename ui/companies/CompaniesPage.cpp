#include "ui/companies/CompaniesPage.h"

#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "models/item/CompanyFilterProxy.h"
#include "models/item/CompanyTableModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/common/TypedConfirmDialog.h"
#include "ui/companies/CompanyCsvExport.h"
#include "ui/companies/CompanyDetailPane.h"
#include "ui/companies/CompanyDialog.h"
#include "ui/companies/CompanyStatusDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sphair::ui {

using models::Company;
using models::CompanyStatus;
using models::CompanyTableModel;

namespace {

const QString kSplitterKey = QStringLiteral("companies/splitterState");
constexpr int kAllData = -1;

// The server's sort key for a column, or empty when the server cannot sort by it.
QString serverSortKey(int column)
{
    switch (column) {
    case CompanyTableModel::CodeColumn:
        return QStringLiteral("code");
    case CompanyTableModel::NameColumn:
        return QStringLiteral("name");
    case CompanyTableModel::LicenseExpiryColumn:
        return QStringLiteral("license_expires_at");
    default:
        return {};
    }
}

} // namespace

bool CompaniesPage::ServerQuery::operator==(const ServerQuery &other) const
{
    return search.compare(other.search, Qt::CaseInsensitive) == 0 && tier == other.tier
        && status == other.status && sort == other.sort;
}

bool CompaniesPage::ServerQuery::covers(const ServerQuery &other) const
{
    // The server matches a case-insensitive substring of code or name, like the proxy, so a
    // longer query only narrows a shorter one it contains.
    if (!search.isEmpty() && !other.search.contains(search, Qt::CaseInsensitive))
        return false;
    if (tier && tier != other.tier)
        return false;
    if (status)
        return status == other.status;
    // Without a status the server leaves deleted companies out.
    return other.status != CompanyStatus::Deleted;
}

CompaniesPage::CompaniesPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("companiesPage"));
    m_model = new CompanyTableModel(this);
    m_proxy = new models::CompanyFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CompaniesPage::askServerIfNeeded);
    buildUi();
    restoreSplitter();

    connect(m_model, &CompanyTableModel::fetchMoreRequested, this, &CompaniesPage::fetchNextPage);
    const auto rowsChanged = [this] {
        updateCount();
        updateActions();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, rowsChanged);
    // The proxy announces filtering and sorting as layout changes.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        onCurrentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &CompaniesPage::updateActions);

    client::PlatformClient *client = m_context ? m_context->client() : nullptr;
    if (client) {
        // A new sign-in (another profile or admin) lists that platform's companies; a
        // token refresh changes nothing.
        connect(client, &client::PlatformClient::sessionChanged, this, [this, client] {
            if (client->isSignedIn() && !m_loadedOnce && !m_listCall)
                refresh();
        });
        if (client->isSignedIn())
            refresh();
    }
    updateActions();
    updateCount();
}

CompaniesPage::~CompaniesPage()
{
    if (m_context && m_context->settings())
        m_context->settings()->setValue(kSplitterKey, m_splitter->saveState());
    for (QPointer<client::ApiCall> *call : {&m_listCall, &m_pageCall, &m_actionCall}) {
        if (*call)
            (*call)->cancel();
    }
}

void CompaniesPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("companySearchEdit"));
    m_search->setPlaceholderText(tr("Code or name"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);

    m_tierFilter = new QComboBox(this);
    m_tierFilter->setObjectName(QStringLiteral("tierFilterCombo"));
    m_tierFilter->addItem(tr("All tiers"), kAllData);
    for (models::Tier tier : models::allTiers())
        m_tierFilter->addItem(models::tierDisplayName(tier), static_cast<int>(tier));
    auto *tierLabel = new QLabel(tr("T&ier:"), this);
    tierLabel->setBuddy(m_tierFilter);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->addItem(tr("Active and suspended"), kAllData);
    for (CompanyStatus status :
         {CompanyStatus::Active, CompanyStatus::Suspended, CompanyStatus::Deleted})
        m_statusFilter->addItem(models::companyStatusDisplayName(status), static_cast<int>(status));
    auto *statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_statusFilter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(tierLabel);
    filters->addWidget(m_tierFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("companiesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CompanyTableModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);

    m_detail = new CompanyDetailPane(m_context, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("companiesSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    const auto button = [this](const QString &name, const QString &text) {
        auto *created = new QPushButton(text, this);
        created->setObjectName(name);
        return created;
    };
    m_new = button(QStringLiteral("newCompanyButton"), tr("&New…"));
    m_new->setToolTip(tr("Create a company (Ctrl+N)"));
    m_edit = button(QStringLiteral("editCompanyButton"), tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected company (Enter)"));
    m_suspend = button(QStringLiteral("suspendCompanyButton"), tr("&Suspend…"));
    m_activate = button(QStringLiteral("activateCompanyButton"), tr("&Activate…"));
    m_delete = button(QStringLiteral("deleteCompanyButton"), tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the selected company (Delete)"));
    m_export = button(QStringLiteral("exportCsvButton"), tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the companies shown as a CSV file"));
    m_refresh = button(QStringLiteral("refreshCompaniesButton"), tr("Re&fresh"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("companiesCountLabel"));

    auto *actions = new QHBoxLayout;
    for (QPushButton *item : {m_new, m_edit, m_suspend, m_activate, m_delete})
        actions->addWidget(item);
    actions->addStretch(1);
    actions->addWidget(m_count);
    actions->addWidget(m_export);
    actions->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);

    connect(m_new, &QPushButton::clicked, this, &CompaniesPage::newCompany);
    connect(m_edit, &QPushButton::clicked, this, &CompaniesPage::editSelected);
    connect(m_suspend, &QPushButton::clicked, this, &CompaniesPage::suspendSelected);
    connect(m_activate, &QPushButton::clicked, this, &CompaniesPage::activateSelected);
    connect(m_delete, &QPushButton::clicked, this, &CompaniesPage::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &CompaniesPage::exportCsv);
    connect(m_refresh, &QPushButton::clicked, this, &CompaniesPage::refresh);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &CompaniesPage::editSelected);

    // Ctrl+N anywhere on the page; Enter and Delete only on the table, so the search box
    // keeps its own Enter and Delete.
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &CompaniesPage::newCompany);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *edit = new QShortcut(key, m_table);
        edit->setContext(Qt::WidgetShortcut);
        connect(edit, &QShortcut::activated, this, &CompaniesPage::editSelected);
    }
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CompaniesPage::deleteSelected);

    connect(m_search, &QLineEdit::textChanged, this, [this] { filtersChanged(true); });
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, [this] { filtersChanged(false); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { filtersChanged(false); });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                // The server can order the whole list by some columns; the rest sort the
                // loaded rows only.
                if (!serverSortKey(column).isEmpty())
                    askServerIfNeeded();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompaniesPage::onCurrentChanged);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &CompaniesPage::rearmFetching);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (m_context && m_context->settings())
            m_context->settings()->setValue(kSplitterKey, m_splitter->saveState());
    });

    setTabOrder(m_search, m_tierFilter);
    setTabOrder(m_tierFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_suspend);
    setTabOrder(m_suspend, m_activate);
    setTabOrder(m_activate, m_delete);
    setTabOrder(m_delete, m_export);
    setTabOrder(m_export, m_refresh);
}

void CompaniesPage::restoreSplitter()
{
    const QByteArray state = m_context && m_context->settings()
        ? m_context->settings()->value(kSplitterKey).toByteArray()
        : QByteArray();
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({700, 300});
}

CompaniesPage::ServerQuery CompaniesPage::wantedQuery() const
{
    ServerQuery query;
    query.search = m_search->text().trimmed();
    const int tier = m_tierFilter->currentData().toInt();
    if (tier != kAllData)
        query.tier = static_cast<models::Tier>(tier);
    const int status = m_statusFilter->currentData().toInt();
    if (status != kAllData)
        query.status = static_cast<CompanyStatus>(status);
    const QHeaderView *header = m_table->horizontalHeader();
    const QString key = serverSortKey(header->sortIndicatorSection());
    if (key.isEmpty()) {
        query.sort = m_loaded.sort; // the loaded order serves; the proxy sorts the rows
    } else {
        query.sort =
            header->sortIndicatorOrder() == Qt::DescendingOrder ? QLatin1Char('-') + key : key;
    }
    return query;
}

void CompaniesPage::applyLocalFilters()
{
    const ServerQuery wanted = wantedQuery();
    m_proxy->setSearchText(wanted.search);
    m_proxy->setTierFilter(wanted.tier);
    m_proxy->setStatusFilter(wanted.status);
}

void CompaniesPage::filtersChanged(bool debounce)
{
    applyLocalFilters();
    updateCount();
    if (debounce) {
        m_searchTimer->start();
    } else {
        m_searchTimer->stop();
        askServerIfNeeded();
    }
}

void CompaniesPage::askServerIfNeeded()
{
    if (!m_loadedOnce)
        return; // the first load is still to come, with the filters of its time
    const ServerQuery wanted = wantedQuery();
    if (wanted == m_loaded)
        return;
    // Everything the new query matches is loaded already: the proxy's view is complete.
    if (isFullyLoaded() && m_loaded.covers(wanted))
        return;
    load(wanted);
}

void CompaniesPage::refresh()
{
    m_searchTimer->stop();
    applyLocalFilters();
    load(wantedQuery());
}

void CompaniesPage::load(const ServerQuery &query)
{
    if (!m_context || !m_context->client())
        return;
    // A newer question replaces the older: its answer would be for the wrong query.
    for (QPointer<client::ApiCall> *call : {&m_listCall, &m_pageCall}) {
        if (*call)
            (*call)->cancel();
        call->clear();
    }
    client::CompanyQuery request;
    request.limit = kPageSize;
    request.search = query.search;
    request.tier = query.tier;
    request.status = query.status;
    request.sort = query.sort;
    m_listCall = m_context->companies().list(
        request, [this, query](models::Result<models::Page<Company>> result) {
            m_listCall.clear();
            if (!result) {
                // The rows stay as they were; fetching resumes when the user scrolls.
                m_fetchFailed = m_model->hasMore();
                m_context->reportError(tr("Loading the companies"), result.error());
                emit listLoaded();
                return;
            }
            const std::optional<Company> selected = selectedCompany();
            const bool firstLoad = !m_loadedOnce;
            m_loaded = query;
            m_loadedOnce = true;
            m_nextCursor = result->nextCursor;
            m_total = result->total;
            m_fetchFailed = false;
            const bool more = result->hasMore();
            m_model->setCompanies(std::move(result.value().items), more);
            if (firstLoad) // fit codes and names once; the user's widths win afterwards
                m_table->resizeColumnsToContents();
            if (selected)
                selectCompany(selected->id);
            updateCount();
            emit listLoaded();
            // The filters may have moved on while this answer was on its way.
            askServerIfNeeded();
        });
}

bool CompaniesPage::tableWantsMore() const
{
    // What QAbstractItemView checks before it fetches: the last row is in sight.
    if (!m_table->isVisible())
        return false;
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return true;
    // Not the scroll bar's range: it lags behind a reset until the next layout.
    const QRect last = m_table->visualRect(m_proxy->index(rows - 1, 0));
    return m_table->viewport()->rect().intersects(last);
}

void CompaniesPage::fetchNextPage()
{
    // While a list load runs its answer replaces the rows; the model re-arms with it.
    if (m_nextCursor.isEmpty() || m_pageCall || m_listCall || !m_context || !m_context->client())
        return;
    // Only the table scrolling to the end fetches: anything else walking the model
    // (accessibility, a model tester) must not pull the server's whole list. The request
    // is declined by arming the model again.
    // Nor is the old query paged on while a new one is about to replace the rows.
    if (!tableWantsMore() || m_searchTimer->isActive() || !(wantedQuery() == m_loaded)) {
        m_model->appendPage({}, true);
        return;
    }
    client::CompanyQuery request;
    request.limit = kPageSize;
    request.cursor = m_nextCursor;
    request.search = m_loaded.search;
    request.tier = m_loaded.tier;
    request.status = m_loaded.status;
    request.sort = m_loaded.sort;
    m_pageCall =
        m_context->companies().list(request, [this](models::Result<models::Page<Company>> result) {
            m_pageCall.clear();
            if (!result) {
                // No immediate retry: the view would ask again at once, and again.
                m_fetchFailed = true;
                m_context->reportError(tr("Loading more companies"), result.error());
                return;
            }
            m_nextCursor = result->nextCursor;
            m_total = result->total;
            const bool more = result->hasMore();
            m_model->appendPage(std::move(result.value().items), more);
            updateCount();
            emit pageLoaded();
        });
}

void CompaniesPage::rearmFetching()
{
    if (!m_fetchFailed || m_pageCall || m_listCall || m_nextCursor.isEmpty())
        return;
    m_fetchFailed = false;
    // An empty page with "more" arms the model's fetchMore again for the view.
    m_model->appendPage({}, true);
    if (m_table->verticalScrollBar()->value() == m_table->verticalScrollBar()->maximum())
        m_proxy->fetchMore({});
}

bool CompaniesPage::isLoading() const
{
    return m_listCall || m_pageCall;
}

void CompaniesPage::updateCount()
{
    const qint64 loaded = m_model->rowCount();
    const qint64 total = std::max(loaded, m_total);
    m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(total));
}

std::optional<Company> CompaniesPage::selectedCompany() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return std::nullopt;
    return m_model->companyAt(source.row());
}

bool CompaniesPage::selectCompany(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void CompaniesPage::onCurrentChanged()
{
    const std::optional<Company> selected = selectedCompany();
    const std::optional<Company> shown = m_detail->company();
    // The same company still selected (a reload, a changed row): no new calls.
    if (!selected || !shown || selected->id != shown->id)
        m_detail->showCompany(selected);
    updateActions();
}

void CompaniesPage::updateActions()
{
    const std::optional<Company> selected = selectedCompany();
    const bool live = selected && selected->status != CompanyStatus::Deleted;
    m_edit->setEnabled(live);
    m_suspend->setEnabled(selected && selected->status == CompanyStatus::Active);
    m_activate->setEnabled(selected && selected->status == CompanyStatus::Suspended);
    m_delete->setEnabled(live);
    m_export->setEnabled(m_proxy->rowCount() > 0);
}

void CompaniesPage::newCompany()
{
    if (!m_new->isEnabled())
        return;
    auto *dialog = new CompanyDialog(m_context, m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompanyDialog::companySaved, this, [this](const Company &company) {
        m_model->addCompany(company);
        selectCompany(company.id);
        m_context->reportInfo(tr("Created company %1.").arg(company.code));
    });
    dialog->open();
}

void CompaniesPage::editSelected()
{
    const std::optional<Company> selected = selectedCompany();
    if (!selected || !m_edit->isEnabled())
        return;
    auto *dialog = new CompanyDialog(m_context, m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompanyDialog::companySaved, this, [this](const Company &company) {
        applyChange(company);
        m_context->reportInfo(tr("Saved company %1.").arg(company.code));
    });
    dialog->editCompany(*selected);
    dialog->open();
}

void CompaniesPage::applyChange(const Company &company)
{
    m_model->updateCompany(company);
    const std::optional<Company> shown = m_detail->company();
    if (shown && shown->id == company.id)
        m_detail->reload();
    updateActions();
}

void CompaniesPage::withCurrentVersion(
    const Company &company, const QString &what,
    const std::function<void(const client::Versioned<Company> &)> &then)
{
    if (!m_context || !m_context->client())
        return;
    if (m_actionCall)
        m_actionCall->cancel();
    m_actionCall = m_context->companies().company(
        company.id, [this, what, then](models::Result<client::Versioned<Company>> result) {
            m_actionCall.clear();
            if (!result) {
                m_context->reportError(what, result.error());
                return;
            }
            // The row shows what the confirmation is about to name.
            m_model->updateCompany(result->value);
            then(result.value());
        });
}

void CompaniesPage::suspendSelected()
{
    if (m_suspend->isEnabled())
        changeStatus(true);
}

void CompaniesPage::activateSelected()
{
    if (m_activate->isEnabled())
        changeStatus(false);
}

void CompaniesPage::changeStatus(bool suspend)
{
    const std::optional<Company> selected = selectedCompany();
    if (!selected)
        return;
    const QString what = suspend ? tr("Suspending company %1").arg(selected->code)
                                 : tr("Activating company %1").arg(selected->code);
    withCurrentVersion(
        *selected, what, [this, suspend, what](const client::Versioned<Company> &current) {
            if ((suspend && current.value.status != CompanyStatus::Active)
                || (!suspend && current.value.status != CompanyStatus::Suspended)) {
                updateActions(); // someone else changed it already; the row now says so
                return;
            }
            auto *dialog = new CompanyStatusDialog(current.value,
                                                   suspend ? CompanyStatusDialog::Change::Suspend
                                                           : CompanyStatusDialog::Change::Activate,
                                                   this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            const QByteArray etag = current.etag;
            connect(dialog, &QDialog::accepted, this, [this, dialog, suspend, what, etag] {
                const Company company = dialog->company();
                const QString reason = dialog->reason();
                auto done = [this, suspend,
                             what](models::Result<client::Versioned<Company>> result) {
                    m_actionCall.clear();
                    if (!result) {
                        m_context->reportError(what, result.error());
                        return;
                    }
                    applyChange(result->value);
                    m_context->reportInfo(
                        suspend ? tr("Suspended company %1.").arg(result->value.code)
                                : tr("Activated company %1.").arg(result->value.code));
                };
                const client::CompaniesClient companies = m_context->companies();
                m_actionCall = suspend ? companies.suspendCompany(company.id, reason, etag, done)
                                       : companies.activateCompany(company.id, reason, etag, done);
            });
            dialog->open();
        });
}

void CompaniesPage::deleteSelected()
{
    const std::optional<Company> selected = selectedCompany();
    if (!selected || !m_delete->isEnabled())
        return;
    const QString what = tr("Deleting company %1").arg(selected->code);
    withCurrentVersion(*selected, what, [this, what](const client::Versioned<Company> &current) {
        const Company &company = current.value;
        const QString message =
            tr("Delete %1 (%2)? %n user(s) lose access and its tenant API calls are refused. "
               "The company is kept for the audit trail but can no longer be changed.",
               nullptr, company.userCount)
                .arg(company.name, company.code);
        auto *dialog = new TypedConfirmDialog(tr("Delete company %1").arg(company.code), message,
                                              company.code, tr("&Delete company"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QUuid id = company.id;
        const QString code = company.code;
        const QByteArray etag = current.etag;
        connect(dialog, &QDialog::accepted, this, [this, id, code, etag, what] {
            m_actionCall = m_context->companies().deleteCompany(
                id, etag, [this, id, code, what](const models::Status &status) {
                    m_actionCall.clear();
                    if (!status) {
                        m_context->reportError(what, status.error());
                        return;
                    }
                    // Deleted companies are listed only under the "Deleted" filter.
                    if (m_loaded.status == CompanyStatus::Deleted) {
                        refresh();
                    } else {
                        m_model->removeCompany(id);
                        if (m_total > 0)
                            --m_total;
                        updateCount();
                    }
                    m_context->reportInfo(tr("Deleted company %1.").arg(code));
                });
        });
        dialog->open();
    });
}

void CompaniesPage::exportCsv()
{
    const QString path = FileChooser::saveFile(
        this, tr("Export companies"), QStringLiteral("companies.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const models::Result<int> written = CompanyCsvExport::write(*m_proxy, path);
    if (!written) {
        m_context->reportError(tr("Exporting companies"), written.error());
        return;
    }
    m_context->reportInfo(tr("Exported %n companies to %1", nullptr, written.value()).arg(path));
}

} // namespace sphair::ui
