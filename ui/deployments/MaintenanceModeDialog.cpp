#include "ui/deployments/MaintenanceModeDialog.h"

#include "client/ApiCall.h"
#include "client/OperationsClient.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/DialogFit.h"
#include "ui/common/ErrorLabel.h"
#include "ui/shell/MaintenanceBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui {

using models::MaintenanceState;

QList<int> MaintenanceModeDialog::gracePeriods()
{
    return {60,         MaintenanceState::kDefaultRetryAfterSeconds, 15 * 60, 30 * 60, 60 * 60,
            2 * 60 * 60};
}

MaintenanceModeDialog::MaintenanceModeDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("maintenanceModeDialog"));
    setModal(true);
    setWindowTitle(tr("Maintenance mode"));
    buildUi();
    reload();
}

MaintenanceModeDialog::~MaintenanceModeDialog()
{
    if (m_call)
        m_call->cancel();
}

void MaintenanceModeDialog::buildUi()
{
    m_state = new QLabel(tr("Loading the current state…"), this);
    m_state->setObjectName(QStringLiteral("maintenanceModeStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_sessions = new QLabel(this);
    m_sessions->setObjectName(QStringLiteral("maintenanceSessionsLabel"));
    m_sessions->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("maintenanceReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Shown to every tenant, e.g. “Database upgrade, back at "
                                    "04:00”"));
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_grace = new QComboBox(this);
    m_grace->setObjectName(QStringLiteral("maintenanceGraceCombo"));
    for (int seconds : gracePeriods())
        m_grace->addItem(seconds < 3600 ? tr("%n minute(s)", nullptr, seconds / 60)
                                        : tr("%n hour(s)", nullptr, seconds / 3600),
                         seconds);
    m_grace->setCurrentIndex(m_grace->findData(MaintenanceState::kDefaultRetryAfterSeconds));
    m_graceText = new QLabel(this);
    m_graceText->setObjectName(QStringLiteral("maintenanceGraceLabel"));
    m_graceText->setWordWrap(true);
    m_error = newErrorLabel(QStringLiteral("maintenanceModeError"), this);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Now:"), m_state);
    form->addRow(tr("Sessions:"), m_sessions);
    auto *reasonCaption = new QLabel(tr("&Reason:"), this);
    reasonCaption->setBuddy(m_reason);
    form->addRow(reasonCaption, m_reason);
    auto *graceCaption = new QLabel(tr("&Grace period:"), this);
    graceCaption->setBuddy(m_grace);
    form->addRow(graceCaption, m_grace);
    form->addRow(QString(), m_graceText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_enable = buttons->addButton(tr("&Enable maintenance mode"), QDialogButtonBox::ActionRole);
    m_enable->setObjectName(QStringLiteral("enableMaintenanceButton"));
    m_disable = buttons->addButton(tr("&Disable maintenance mode"), QDialogButtonBox::ActionRole);
    m_disable->setObjectName(QStringLiteral("disableMaintenanceButton"));
    connect(m_enable, &QPushButton::clicked, this, &MaintenanceModeDialog::enable);
    connect(m_disable, &QPushButton::clicked, this, &MaintenanceModeDialog::disable);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_reason, m_state, m_sessions, m_graceText})
        field->setMinimumWidth(readableWidth(this, 60));

    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        showError({});
        updateButtons();
    });
    connect(m_grace, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    updateButtons();
}

int MaintenanceModeDialog::gracePeriod() const
{
    return m_grace->currentData().toInt();
}

QString MaintenanceModeDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MaintenanceModeDialog::reload()
{
    if (!m_context || !m_context->client())
        return;
    if (m_call)
        m_call->cancel();
    m_call = m_context->operations().maintenanceStatus(
        [this](models::Result<models::MaintenanceStatus> result) {
            m_call.clear();
            if (!result) {
                showError(result.error().message);
                updateButtons();
                return;
            }
            m_status = result.value();
            m_loaded = true;
            if (m_status.state.enabled) {
                m_reason->setPlainText(m_status.state.message);
                const int at = m_grace->findData(m_status.state.retryAfterSeconds);
                if (at >= 0)
                    m_grace->setCurrentIndex(at);
            }
            showStatus();
            updateButtons();
            emit statusLoaded(m_status);
        });
    updateButtons();
}

void MaintenanceModeDialog::showStatus()
{
    const MaintenanceState &state = m_status.state;
    if (!state.enabled) {
        m_state->setText(tr("Maintenance mode is off: tenants use the platform as usual."));
    } else {
        const QString since =
            QLocale().toString(state.startedAt.toLocalTime(), QLocale::ShortFormat);
        m_state->setText(state.startedBy.isEmpty()
                             ? tr("Maintenance mode is on since %1: %2").arg(since, state.message)
                             : tr("Maintenance mode is on since %1 (%2): %3")
                                   .arg(since, state.startedBy, state.message));
    }
    m_sessions->setText(
        tr("%n session(s) active now (signed-in admins).", nullptr, m_status.activeSessions));
}

void MaintenanceModeDialog::updateButtons()
{
    const QString reason = m_reason->toPlainText().trimmed();
    const bool ready = m_loaded && !isBusy();
    const bool reasonOk = !reason.isEmpty() && reason.size() <= MaintenanceState::kMaxMessageLength;
    m_enable->setEnabled(ready && reasonOk);
    m_enable->setText(m_status.state.enabled ? tr("&Change the reason and grace period")
                                             : tr("&Enable maintenance mode"));
    m_disable->setEnabled(ready && m_status.state.enabled);
    m_graceText->setText(
        tr("Tenants are answered 503 and told to retry after %1; signed-in users see the "
           "reason.")
            .arg(shell::MaintenanceBanner::formatDuration(gracePeriod())));
    if (reason.size() > MaintenanceState::kMaxMessageLength)
        showError(tr("The reason is %1 characters long; at most %2 are allowed.")
                      .arg(reason.size())
                      .arg(MaintenanceState::kMaxMessageLength));
}

void MaintenanceModeDialog::enable()
{
    if (!m_enable->isEnabled() || !m_context)
        return;
    showError({});
    m_call = m_context->operations().enableMaintenance(
        m_reason->toPlainText().trimmed(), gracePeriod(),
        [this](const models::Result<MaintenanceState> &result) {
            finish(result, tr("Turning maintenance mode on"));
        });
    updateButtons();
}

void MaintenanceModeDialog::disable()
{
    if (!m_disable->isEnabled() || !m_context)
        return;
    showError({});
    m_call = m_context->operations().disableMaintenance(
        [this](const models::Result<MaintenanceState> &result) {
            finish(result, tr("Turning maintenance mode off"));
        });
    updateButtons();
}

void MaintenanceModeDialog::finish(const models::Result<MaintenanceState> &result,
                                   const QString &what)
{
    m_call.clear();
    if (!result) {
        showError(result.error().message);
        if (m_context)
            m_context->reportError(what, result.error());
        updateButtons();
        return;
    }
    m_status.state = result.value();
    showStatus();
    updateButtons();
    emit stateChanged(m_status.state);
    if (m_context)
        m_context->reportInfo(m_status.state.enabled ? tr("Maintenance mode is on.")
                                                     : tr("Maintenance mode is off."));
    accept();
}

void MaintenanceModeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (isVisible())
        growToFitContents(this);
}

} // namespace sphair::ui
