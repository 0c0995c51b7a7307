#include "ui/deployments/DeploymentsView.h"

#include "client/PlatformClient.h"

#include "client/ApiCall.h"
#include "client/OperationsClient.h"
#include "client/Queries.h"
#include "models/item/DeploymentModel.h"
#include "models/item/DeploymentStepModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/deployments/DeploymentStartDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sphair::ui {

using models::Deployment;
using models::DeploymentModel;
using models::DeploymentStatus;
using models::DeploymentStepModel;

namespace {

QTableView *newTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(table->model()->columnCount() - 1,
                                                    QHeaderView::Stretch);
    return table;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DeploymentsView::DeploymentsView(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_history(new DeploymentModel(this))
    , m_steps(new DeploymentStepModel(this))
    , m_poll(new QTimer(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("deploymentsView"));
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &DeploymentsView::loadDetail);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &DeploymentsView::reload);
    buildUi();
    updateActions();
    reload();
}

DeploymentsView::~DeploymentsView()
{
    for (const auto &call : {m_historyCall, m_detailCall, m_actionCall}) {
        if (call)
            call->cancel();
    }
}

void DeploymentsView::buildUi()
{
    m_startButton = new QPushButton(tr("&Start deployment…"), this);
    m_startButton->setObjectName(QStringLiteral("startDeploymentButton"));
    m_rollbackButton = new QPushButton(tr("&Roll back…"), this);
    m_rollbackButton->setObjectName(QStringLiteral("rollbackDeploymentButton"));
    m_rollbackButton->setToolTip(tr("Puts the version before back; only the latest deployment "
                                    "that succeeded can be rolled back."));
    m_cancelButton = new QPushButton(tr("&Cancel scheduled"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelDeploymentButton"));
    m_refreshButton = new QPushButton(tr("Re&fresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshDeploymentsButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deploymentsMessage"));
    m_message->setTextFormat(Qt::PlainText);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_startButton);
    actions->addWidget(m_rollbackButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_refreshButton);
    actions->addWidget(m_message, 1);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("deploymentStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"));
    for (const QString &code : models::deploymentStatusCodes()) {
        const auto status = models::deploymentStatusFromCode(code);
        m_statusFilter->addItem(models::deploymentStatusDisplayName(*status), code);
    }
    m_versionFilter = new QLineEdit(this);
    m_versionFilter->setObjectName(QStringLiteral("deploymentVersionFilter"));
    m_versionFilter->setPlaceholderText(tr("e.g. 2.14"));
    m_versionFilter->setClearButtonEnabled(true);
    m_versionFilter->setMaxLength(Deployment::kMaxVersionLength);
    m_dateRange = new QCheckBox(tr("Started &between"), this);
    m_dateRange->setObjectName(QStringLiteral("deploymentDateRangeCheck"));
    m_fromEdit = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_fromEdit->setObjectName(QStringLiteral("deploymentFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_toEdit = new QDateEdit(QDate::currentDate(), this);
    m_toEdit->setObjectName(QStringLiteral("deploymentToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toEdit->setAccessibleName(tr("To"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("S&tatus:"), m_statusFilter, this));
    filters->addWidget(m_statusFilter);
    filters->addWidget(buddyLabel(tr("&Version:"), m_versionFilter, this));
    filters->addWidget(m_versionFilter);
    filters->addWidget(m_dateRange);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_toEdit);
    filters->addStretch(1);

    m_historyTable = newTable(QStringLiteral("deploymentHistoryTable"), m_history, this);
    m_historyTable->setAccessibleName(tr("Deployment history"));

    m_detailTitle = new QLabel(tr("Select a deployment to see its steps."), this);
    m_detailTitle->setObjectName(QStringLiteral("deploymentDetailTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailInfo = new QLabel(this);
    m_detailInfo->setObjectName(QStringLiteral("deploymentDetailInfo"));
    m_detailInfo->setTextFormat(Qt::PlainText);
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepsTable = newTable(QStringLiteral("deploymentStepsTable"), m_steps, this);
    m_stepsTable->setAccessibleName(tr("Steps"));
    m_stepLog = new QPlainTextEdit(this);
    m_stepLog->setObjectName(QStringLiteral("deploymentStepLog"));
    m_stepLog->setReadOnly(true);
    m_stepLog->setAccessibleName(tr("Step log"));
    m_stepLog->setPlaceholderText(tr("The selected step's log"));
    m_stepLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *stepsSplit = new QSplitter(Qt::Horizontal, this);
    stepsSplit->addWidget(m_stepsTable);
    stepsSplit->addWidget(m_stepLog);
    stepsSplit->setStretchFactor(0, 3);
    stepsSplit->setStretchFactor(1, 2);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addWidget(stepsSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_historyTable);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    setTabOrder(m_startButton, m_rollbackButton);
    setTabOrder(m_rollbackButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_statusFilter);
    setTabOrder(m_statusFilter, m_versionFilter);
    setTabOrder(m_versionFilter, m_dateRange);
    setTabOrder(m_dateRange, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_historyTable);
    setTabOrder(m_historyTable, m_stepsTable);
    setTabOrder(m_stepsTable, m_stepLog);

    connect(m_startButton, &QPushButton::clicked, this, &DeploymentsView::openStartDialog);
    connect(m_rollbackButton, &QPushButton::clicked, this, &DeploymentsView::rollBackSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &DeploymentsView::cancelSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        reload();
        loadDetail();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            &DeploymentsView::filtersChanged);
    connect(m_versionFilter, &QLineEdit::textChanged, this, [this] { m_filterDelay->start(); });
    connect(m_dateRange, &QCheckBox::toggled, this, &DeploymentsView::filtersChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &DeploymentsView::filtersChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &DeploymentsView::filtersChanged);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QUuid id = current.data(DeploymentModel::IdRole).toUuid();
                if (id != m_selected)
                    selectDeployment(id);
            });
    connect(m_stepsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeploymentsView::showStepLog);
    connect(m_steps, &QAbstractItemModel::dataChanged, this, &DeploymentsView::showStepLog);
}

bool DeploymentsView::isFollowing() const
{
    return m_poll->isActive() || (!m_detailCall.isNull() && m_detail.isActive());
}

void DeploymentsView::setPollInterval(int milliseconds)
{
    m_pollMs = std::max(10, milliseconds);
}

void DeploymentsView::filtersChanged()
{
    m_fromEdit->setEnabled(m_dateRange->isChecked());
    m_toEdit->setEnabled(m_dateRange->isChecked());
    m_filterDelay->stop();
    reload();
}

void DeploymentsView::setStatusFilter(std::optional<DeploymentStatus> status)
{
    const int at = status ? m_statusFilter->findData(models::deploymentStatusCode(*status)) : 0;
    m_statusFilter->setCurrentIndex(std::max(0, at));
}

void DeploymentsView::setVersionFilter(const QString &version)
{
    m_versionFilter->setText(version);
    m_filterDelay->stop();
    reload();
}

void DeploymentsView::setDateRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    if (from.isValid())
        m_fromEdit->setDate(from);
    if (to.isValid())
        m_toEdit->setDate(to);
    const bool on = from.isValid() || to.isValid();
    if (m_dateRange->isChecked() != on)
        m_dateRange->setChecked(on); // reloads
    else
        filtersChanged();
}

void DeploymentsView::reload()
{
    // Before the first sign-in there is nothing to ask; the tab reloads when it happens.
    if (!m_context || !m_context->client() || !m_context->client()->isSignedIn())
        return;
    if (m_historyCall)
        m_historyCall->cancel();
    client::DeploymentQuery query;
    query.limit = kHistoryLimit;
    if (const QString code = m_statusFilter->currentData().toString(); !code.isEmpty())
        query.status = models::deploymentStatusFromCode(code);
    query.version = m_versionFilter->text().trimmed();
    if (m_dateRange->isChecked()) {
        query.from = m_fromEdit->date().startOfDay();
        query.to = m_toEdit->date().addDays(1).startOfDay();
    }
    m_historyCall =
        m_context->operations().list(query, [this](models::Result<models::Page<Deployment>> page) {
            m_historyCall = nullptr;
            if (!page) {
                showMessage(tr("The history could not be loaded: %1").arg(page.error().message));
                m_context->reportError(tr("Loading the deployment history"), page.error());
                emit historyLoaded();
                return;
            }
            m_history->setDeployments(page->items);
            if (page->total > page->items.size()) {
                showMessage(tr("Showing the newest %1 of %2 deployments.")
                                .arg(page->items.size())
                                .arg(page->total));
            } else {
                showMessage(tr("%n deployment(s)", nullptr, static_cast<int>(page->total)));
            }
            const int row = m_history->rowOf(m_selected);
            if (row >= 0) {
                const QSignalBlocker block(m_historyTable->selectionModel());
                m_historyTable->selectRow(row);
            }
            emit historyLoaded();
        });
}

void DeploymentsView::selectDeployment(const QUuid &id)
{
    if (id != m_selected) {
        m_selected = id;
        m_detail = Deployment();
        m_steps->clear();
        m_stepLog->clear();
        m_poll->stop();
        m_wasActive = false;
        m_followedStep = -1;
    }
    const int row = m_history->rowOf(id);
    if (row >= 0 && m_historyTable->currentIndex().row() != row) {
        const QSignalBlocker block(m_historyTable->selectionModel());
        m_historyTable->selectRow(row);
    }
    loadDetail();
}

void DeploymentsView::loadDetail()
{
    if (!m_context || m_selected.isNull())
        return;
    if (m_detailCall)
        m_detailCall->cancel();
    const QUuid id = m_selected;
    m_detailCall = m_context->operations().deployment(
        id, [this, id](models::Result<client::Versioned<Deployment>> loaded) {
            m_detailCall = nullptr;
            if (id != m_selected)
                return;
            if (!loaded) {
                showMessage(
                    tr("The deployment could not be loaded: %1").arg(loaded.error().message));
                // Keep following: the next poll may reach the server again.
                if (m_detail.isActive() && !m_detail.id.isNull())
                    m_poll->start(m_pollMs);
                return;
            }
            showDetail(loaded->value);
        });
}

void DeploymentsView::showDetail(const Deployment &deployment)
{
    m_detail = deployment;
    m_steps->setSteps(deployment.steps);
    m_history->updateDeployment(deployment);
    if (!m_stepsTable->currentIndex().isValid() && m_steps->rowCount() > 0) {
        m_stepsTable->selectRow(0);
        m_followedStep = 0;
    }
    // While it runs, the step running is the one to read, unless the user picked another.
    const int current = m_stepsTable->currentIndex().row();
    if (deployment.isActive() && (current < 0 || current == m_followedStep)) {
        for (int row = 0; row < m_steps->rowCount(); ++row) {
            if (m_steps->stepAt(row).status == models::DeploymentStepStatus::Running) {
                m_stepsTable->selectRow(row);
                m_followedStep = row;
                break;
            }
        }
    }
    const QString status = models::deploymentStatusDisplayName(deployment.status);
    m_detailTitle->setText(deployment.rollbackOf.isNull()
                               ? tr("Version %1 · %2").arg(deployment.version, status)
                               : tr("Rollback to %1 · %2").arg(deployment.version, status));
    QStringList info;
    if (!deployment.startedBy.isEmpty())
        info.append(tr("Started by %1").arg(deployment.startedBy));
    if (deployment.startedAt.isValid())
        info.append(tr("started %1").arg(DeploymentModel::timeText(deployment.startedAt)));
    else if (deployment.scheduledFor.isValid())
        info.append(tr("scheduled for %1 (when its maintenance window starts)")
                        .arg(DeploymentModel::timeText(deployment.scheduledFor)));
    if (deployment.finishedAt.isValid())
        info.append(tr("finished %1").arg(DeploymentModel::timeText(deployment.finishedAt)));
    info.append(tr("traffic on %1").arg(models::deploymentColorCode(deployment.activeColor)));
    if (!deployment.rollbackOf.isNull())
        info.append(tr("rolls back an earlier deployment"));
    if (!deployment.reason.isEmpty())
        info.append(tr("started outside a window because: %1").arg(deployment.reason));
    m_detailInfo->setText(info.join(QStringLiteral(" · ")));

    if (deployment.isActive()) {
        m_wasActive = true;
        m_poll->start(m_pollMs);
    } else {
        m_poll->stop();
        if (m_wasActive) {
            // It has just finished: other rows may have changed with it (a rollback's target).
            m_wasActive = false;
            reload();
        }
    }
    updateActions();
    emit deploymentLoaded(deployment);
}

void DeploymentsView::showStepLog()
{
    const QModelIndex current = m_stepsTable->currentIndex();
    const QString log =
        current.isValid() ? current.data(DeploymentStepModel::OutputRole).toString() : QString();
    if (m_stepLog->toPlainText() != log) {
        m_stepLog->setPlainText(log);
        m_stepLog->moveCursor(QTextCursor::End);
    }
}

void DeploymentsView::updateActions()
{
    const bool busy = !m_actionCall.isNull();
    const bool loaded = !m_detail.id.isNull() && m_detail.id == m_selected;
    m_rollbackButton->setEnabled(!busy && loaded && m_detail.status == DeploymentStatus::Succeeded
                                 && m_detail.rollbackOf.isNull());
    m_cancelButton->setEnabled(!busy && loaded && m_detail.status == DeploymentStatus::Scheduled);
}

void DeploymentsView::openStartDialog()
{
    if (!m_context)
        return;
    auto *dialog = new DeploymentStartDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeploymentStartDialog::started, this, &DeploymentsView::follow);
    dialog->open();
}

void DeploymentsView::follow(const Deployment &deployment)
{
    m_history->updateDeployment(deployment);
    showMessage(deployment.status == DeploymentStatus::Scheduled
                    ? tr("Deployment of %1 scheduled.").arg(deployment.version)
                    : tr("Deployment of %1 started.").arg(deployment.version));
    selectDeployment(deployment.id);
}

void DeploymentsView::rollBackSelected()
{
    if (!m_rollbackButton->isEnabled())
        return;
    const QUuid id = m_detail.id;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Roll back"),
        tr("Roll back version %1? The version before goes back into service, under maintenance "
           "mode for the time it takes.")
            .arg(m_detail.version),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deploymentRollbackConfirm"));
    box->button(QMessageBox::Yes)->setText(tr("&Roll back"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            rollBack(id);
    });
    box->open();
}

void DeploymentsView::rollBack(const QUuid &id)
{
    if (!m_context)
        return;
    m_actionCall =
        m_context->operations().rollbackDeployment(id, [this](models::Result<Deployment> rollback) {
            m_actionCall = nullptr;
            updateActions();
            if (!rollback) {
                showMessage(tr("Not rolled back: %1").arg(rollback.error().message));
                m_context->reportError(tr("Rolling back"), rollback.error());
                return;
            }
            follow(rollback.value());
        });
    updateActions();
}

void DeploymentsView::cancelSelected()
{
    if (!m_context || !m_cancelButton->isEnabled())
        return;
    m_actionCall = m_context->operations().cancelDeployment(
        m_detail.id, [this](models::Result<Deployment> cancelled) {
            m_actionCall = nullptr;
            updateActions();
            if (!cancelled) {
                showMessage(tr("Not cancelled: %1").arg(cancelled.error().message));
                m_context->reportError(tr("Cancelling the deployment"), cancelled.error());
                return;
            }
            showMessage(tr("Deployment of %1 cancelled.").arg(cancelled->version));
            showDetail(cancelled.value());
        });
    updateActions();
}

void DeploymentsView::showMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace sphair::ui
