#include "ui/licenses/LicensesPage.h"

#include "client/LicensingClient.h"
#include "client/PlatformClient.h"
#include "core/AtomicFile.h"
#include "models/item/LicenseFilterProxy.h"
#include "models/item/LicenseTableModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/CountSpinBox.h"
#include "ui/common/FileChooser.h"
#include "ui/licenses/IssueLicenseDialog.h"
#include "ui/licenses/LicenseImportDialog.h"
#include "ui/licenses/LicenseOutbox.h"
#include "ui/licenses/LicenseTokens.h"
#include "ui/licenses/RevokeLicenseDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace sphair::ui {

namespace {

constexpr int kPageSize = 100;
const QString kOutboxFolderKey = QStringLiteral("licenses/outbox_folder");

QString outboxFolder(ConsoleContext *context)
{
    if (context && context->settings()) {
        QString folder = context->settings()->value(kOutboxFolderKey).toString();
        if (!folder.isEmpty())
            return folder;
    }
    return LicenseOutbox::defaultFolder();
}

} // namespace

LicensesPage::LicensesPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_outbox(new LicenseOutbox(outboxFolder(context), this))
    , m_model(new models::LicenseTableModel(this))
    , m_proxy(new models::LicenseFilterProxy(this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_statusFilter(new QComboBox)
    , m_expiringOnly(new QCheckBox(tr("&Expiring within")))
    , m_expiringDays(new CountSpinBox(
          [](int days) { return tr(" day(s)", "after \"Expiring within\"", days); }))
    , m_issue(new QPushButton(tr("&Issue…")))
    , m_renew(new QPushButton(tr("Re&new…")))
    , m_revoke(new QPushButton(tr("&Revoke…")))
    , m_export(new QPushButton(tr("E&xport .lic…")))
    , m_import(new QPushButton(tr("I&mport .lic…")))
    , m_registerPending(new QPushButton(tr("Register &pending")))
{
    setObjectName(QStringLiteral("licensesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);

    m_table->setObjectName(QStringLiteral("licensesTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::LicenseTableModel::IssuedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_search->setObjectName(QStringLiteral("licenseSearchEdit"));
    m_search->setPlaceholderText(tr("Search company code, key or license id"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("licenseStatusFilterCombo"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (models::LicenseRowStatus status : models::allLicenseRowStatuses())
        m_statusFilter->addItem(models::licenseRowStatusDisplayName(status),
                                static_cast<int>(status));
    m_expiringOnly->setObjectName(QStringLiteral("expiringOnlyCheck"));
    m_expiringDays->setObjectName(QStringLiteral("expiringDaysSpin"));
    m_expiringDays->setRange(1, 365);
    m_expiringDays->setValue(models::LicenseRecord::kDefaultExpiringDays);

    m_issue->setObjectName(QStringLiteral("issueLicenseButton"));
    m_issue->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_issue->setToolTip(tr("Sign a new license with an issuer key (Ctrl+I)"));
    m_renew->setObjectName(QStringLiteral("renewLicenseButton"));
    m_revoke->setObjectName(QStringLiteral("revokeLicenseButton"));
    m_export->setObjectName(QStringLiteral("exportLicenseButton"));
    m_import->setObjectName(QStringLiteral("importLicenseButton"));
    m_registerPending->setObjectName(QStringLiteral("registerPendingButton"));
    m_registerPending->setToolTip(
        tr("Register every license waiting in the outbox with the platform"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_expiringOnly);
    filters->addWidget(m_expiringDays);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_issue, m_renew, m_revoke, m_export, m_import, m_registerPending})
        actions->addWidget(button);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::LicenseFilterProxy::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &LicensesPage::applyFilters);
    connect(m_expiringOnly, &QCheckBox::toggled, this, &LicensesPage::applyFilters);
    connect(m_expiringDays, &QSpinBox::valueChanged, this, &LicensesPage::applyFilters);
    connect(m_model, &models::LicenseTableModel::fetchMoreRequested, this,
            &LicensesPage::fetchNextPage);
    connect(m_outbox, &LicenseOutbox::changed, this, &LicensesPage::reloadPending);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicensesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LicensesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LicensesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LicensesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &LicensesPage::updateButtons);
    connect(m_issue, &QPushButton::clicked, this, &LicensesPage::issue);
    connect(m_renew, &QPushButton::clicked, this, &LicensesPage::renew);
    connect(m_revoke, &QPushButton::clicked, this, &LicensesPage::revoke);
    connect(m_export, &QPushButton::clicked, this, &LicensesPage::exportSelected);
    connect(m_import, &QPushButton::clicked, this, &LicensesPage::importFile);
    connect(m_registerPending, &QPushButton::clicked, this, &LicensesPage::registerPending);

    applyFilters();
    reloadPending();
    updateButtons();
}

LicensesPage::~LicensesPage() = default;

int LicensesPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void LicensesPage::applyFilters()
{
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatusFilter(
        status < 0 ? std::nullopt : std::optional(static_cast<models::LicenseRowStatus>(status)));
    // The warning colour and the filter use the same period.
    m_model->setExpiringWithinDays(m_expiringDays->value());
    m_proxy->setExpiringWithinDays(
        m_expiringOnly->isChecked() ? std::optional<int>(m_expiringDays->value()) : std::nullopt);
    m_expiringDays->setEnabled(true);
}

void LicensesPage::refresh()
{
    reloadPending();
    if (!m_context || !m_context->client())
        return;
    if (m_listCall)
        m_listCall->cancel();
    const quint64 generation = ++m_generation;
    client::LicenseQuery query;
    query.limit = kPageSize;
    QPointer<LicensesPage> self(this);
    m_listCall = m_context->licensing().list(
        query, [self, generation](models::Result<models::Page<models::LicenseRecord>> page) {
            if (!self || generation != self->m_generation)
                return;
            if (!page) {
                if (page.error().code != QLatin1String("cancelled") && self->m_context)
                    self->m_context->reportError(tr("Loading the licenses"), page.error());
                emit self->refreshed(false);
                return;
            }
            self->m_nextCursor = page->nextCursor;
            const bool more = page->hasMore();
            const bool firstLoad = !self->m_columnsFitted;
            self->m_model->setLicenses(std::move(page.value().items), more);
            if (firstLoad) { // fit the columns once; the user's widths win afterwards
                self->m_table->resizeColumnsToContents();
                self->m_columnsFitted = true;
            }
            self->updateButtons();
            emit self->refreshed(true);
        });
}

void LicensesPage::fetchNextPage()
{
    if (!m_context || !m_context->client() || m_nextCursor.isEmpty()) {
        m_model->appendPage({}, false);
        return;
    }
    client::LicenseQuery query;
    query.limit = kPageSize;
    query.cursor = m_nextCursor;
    const quint64 generation = m_generation;
    QPointer<LicensesPage> self(this);
    m_listCall = m_context->licensing().list(
        query, [self, generation](models::Result<models::Page<models::LicenseRecord>> page) {
            if (!self || generation != self->m_generation)
                return;
            if (!page) {
                if (self->m_context)
                    self->m_context->reportError(tr("Loading more licenses"), page.error());
                self->m_model->appendPage({}, true); // fetching may be tried again
                return;
            }
            self->m_nextCursor = page->nextCursor;
            const bool more = page->hasMore();
            self->m_model->appendPage(std::move(page.value().items), more);
        });
}

void LicensesPage::reloadPending()
{
    const LicenseOutbox::Listing listing = m_outbox->list();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<models::LicenseRecord> pending;
    for (const LicenseOutbox::Entry &entry : listing.entries) {
        auto record = LicenseTokens::pendingRecord(entry.token, now);
        if (record) {
            pending.append(record.value());
            continue;
        }
        // Still shown (and exportable): what the file's headers say, plainly marked.
        models::LicenseRecord unknown;
        unknown.id = entry.licenseId;
        unknown.companyCode = entry.headers.value(QStringLiteral("Company"));
        unknown.token = QString::fromLatin1(entry.token);
        pending.append(unknown);
    }
    m_model->setPendingLicenses(pending);
    for (const LicenseOutbox::Problem &problem : listing.problems) {
        if (m_context)
            m_context->reportError(tr("Reading the license outbox"), problem.error);
    }
    m_registerPending->setText(listing.entries.isEmpty()
                                   ? tr("Register &pending")
                                   : tr("Register &pending (%1)").arg(listing.entries.size()));
    updateButtons();
}

void LicensesPage::updateButtons()
{
    const int row = selectedRow();
    const bool selected = row >= 0 && row < m_model->rowCount();
    const bool pending = selected && m_model->isPendingAt(row);
    const bool active = selected && !pending
        && m_model->licenseAt(row).status == models::LicenseRecordStatus::Active;
    m_renew->setEnabled(active);
    m_revoke->setEnabled(active);
    m_export->setEnabled(selected);
    m_registerPending->setEnabled(m_model->pendingCount() > 0 && !m_registeringPending);
}

void LicensesPage::issue()
{
    openIssueDialog(nullptr);
}

void LicensesPage::renew()
{
    const int row = selectedRow();
    if (row < 0 || m_model->isPendingAt(row))
        return;
    const models::LicenseRecord license = m_model->licenseAt(row);
    openIssueDialog(&license);
}

void LicensesPage::openIssueDialog(const models::LicenseRecord *renewal)
{
    auto *dialog = new IssueLicenseDialog(m_context, m_outbox, this);
    if (!m_companies.isEmpty())
        dialog->setKnownCompanies(m_companies);
    if (renewal)
        dialog->prefillRenewal(*renewal);
    connect(dialog, &IssueLicenseDialog::companiesLoaded, this,
            [this](const QList<models::Company> &companies) { m_companies = companies; });
    connect(dialog, &IssueLicenseDialog::registered, this,
            [this](const models::LicenseRegistrationResult &result) {
                if (m_context) {
                    QString message = tr("License %1 for %2 issued and registered.")
                                          .arg(result.license.id.toString(QUuid::WithoutBraces),
                                               result.license.companyCode);
                    for (const auto &warning : result.chainWarnings)
                        message += u' ' + warning.message;
                    m_context->reportInfo(message);
                }
                refresh();
            });
    connect(dialog, &IssueLicenseDialog::keptPending, this,
            [this](const QUuid &id, const models::Error &reason) {
                if (m_context)
                    m_context->reportInfo(
                        tr("License %1 was signed but not registered (%2). It waits in the "
                           "outbox: register it later, or export it as a .lic file.")
                            .arg(id.toString(QUuid::WithoutBraces), reason.message));
                reloadPending();
            });
    dialog->open();
}

void LicensesPage::revoke()
{
    const int row = selectedRow();
    if (row < 0 || m_model->isPendingAt(row))
        return;
    auto *dialog = new RevokeLicenseDialog(m_context, m_model->licenseAt(row), this);
    connect(dialog, &RevokeLicenseDialog::revoked, this,
            [this](const models::LicenseRecord &license) {
                m_model->updateLicense(license);
                if (m_context)
                    m_context->reportInfo(
                        tr("License %1 of %2 revoked.")
                            .arg(license.id.toString(QUuid::WithoutBraces), license.companyCode));
                updateButtons();
            });
    dialog->open();
}

void LicensesPage::exportSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const models::LicenseRecord license = m_model->licenseAt(row);
    if (!license.token.isEmpty()) {
        writeLicenseFile(license, license.token.toLatin1());
        return;
    }
    if (!m_context || !m_context->client())
        return;
    // Lists may leave the token out; the license itself carries it.
    QPointer<LicensesPage> self(this);
    m_context->licensing().license(
        license.id, [self](models::Result<client::Versioned<models::LicenseRecord>> full) {
            if (!self)
                return;
            if (!full || full->value.token.isEmpty()) {
                if (self->m_context)
                    self->m_context->reportError(
                        tr("Exporting the license"),
                        full ? models::Error {QStringLiteral("no_token"),
                                              tr("The platform did not send the license's token."),
                                              {}}
                             : full.error());
                return;
            }
            self->writeLicenseFile(full->value, full->value.token.toLatin1());
        });
}

void LicensesPage::writeLicenseFile(const models::LicenseRecord &record, const QByteArray &token)
{
    const QString path = FileChooser::saveFile(this, tr("Export the license"),
                                               LicenseTokens::suggestedFileName(record),
                                               tr("License files (*.lic)"));
    if (path.isEmpty())
        return;
    if (auto written = core::AtomicFile::write(path, LicenseTokens::licenseFileText(record, token));
        !written) {
        if (m_context)
            m_context->reportError(tr("Exporting the license"), written.error());
        return;
    }
    if (m_context)
        m_context->reportInfo(tr("License of %1 saved as %2.").arg(record.companyCode, path));
}

void LicensesPage::importFile()
{
    const QString path = FileChooser::openFile(this, tr("Import a license file"),
                                               tr("License files (*.lic);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new LicenseImportDialog(m_context, m_outbox, this);
    connect(dialog, &LicenseImportDialog::registered, this, [this] { refresh(); });
    connect(dialog, &LicenseImportDialog::keptPending, this, [this] { reloadPending(); });
    dialog->open();
    dialog->load(path);
}

void LicensesPage::registerPending()
{
    if (m_registeringPending || !m_context || !m_context->client())
        return;
    const LicenseOutbox::Listing listing = m_outbox->list();
    if (listing.entries.isEmpty())
        return;
    // Oldest key counter first, so the platform sees each key's chain in order.
    struct Item
    {
        LicenseOutbox::Entry entry;
        qint64 seq = 0;
    };
    QList<Item> items;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &entry : listing.entries) {
        const auto record = LicenseTokens::pendingRecord(entry.token, now);
        items.append({entry, record ? record->seq : 0});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.seq < b.seq; });

    struct Run
    {
        QList<Item> items;
        int next = 0;
        int registered = 0;
        int kept = 0;
        QStringList refusals;
        models::Error lastRetryError {QString(), QString(), {}};
    };
    auto run = std::make_shared<Run>();
    run->items = items;
    m_registeringPending = true;
    updateButtons();
    QPointer<LicensesPage> self(this);
    auto step = std::make_shared<std::function<void()>>();
    // The step holds itself only weakly; each call in flight holds it strongly, so it lives
    // exactly as long as the run.
    std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [self, run, weakStep]() {
        const auto thisStep = weakStep.lock();
        if (!thisStep || !self || !self->m_context || !self->m_context->client())
            return;
        if (run->next >= run->items.size()) {
            self->m_registeringPending = false;
            const int refused = static_cast<int>(run->refusals.size());
            QString summary = tr("Pending licenses: %1 registered, %2 still waiting, %3 refused.")
                                  .arg(run->registered)
                                  .arg(run->kept)
                                  .arg(refused);
            if (run->kept > 0)
                summary += u' '
                    + tr("The platform could not take them now: %1")
                          .arg(run->lastRetryError.message);
            if (refused > 0) {
                self->m_context->reportError(summary,
                                             models::Error {QStringLiteral("licenses_refused"),
                                                            run->refusals.join(u'\n'),
                                                            {}});
            } else {
                self->m_context->reportInfo(summary);
            }
            self->reloadPending();
            self->refresh();
            emit self->pendingRegistrationFinished(run->registered, run->kept, refused);
            return;
        }
        const Item item = run->items.at(run->next++);
        self->m_context->licensing().registerLicense(
            QString::fromLatin1(item.entry.token),
            [self, run, thisStep,
             item](const models::Result<models::LicenseRegistrationResult> &result) {
                if (!self)
                    return;
                if (result) {
                    // Registered now or already before: either way the outbox is done with it.
                    if (auto removed = self->m_outbox->remove(item.entry.licenseId); !removed)
                        self->m_context->reportError(tr("Cleaning up the outbox"), removed.error());
                    ++run->registered;
                } else if (LicenseOutbox::isRetryLater(result.error())) {
                    ++run->kept;
                    run->lastRetryError = result.error();
                } else {
                    // Refused: it stays in the outbox (nothing is thrown away unasked), and
                    // the reason is reported.
                    run->refusals.append(
                        tr("%1: %2").arg(item.entry.licenseId.toString(QUuid::WithoutBraces),
                                         result.error().message));
                }
                (*thisStep)();
            });
    };
    (*step)();
}

} // namespace sphair::ui
