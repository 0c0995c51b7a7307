#include "ui/deployments/DeploymentStartDialog.h"

#include "client/ApiCall.h"
#include "client/OperationsClient.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/DialogFit.h"
#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace sphair::ui {

using models::Deployment;
using models::MaintenanceOccurrence;

DeploymentStartDialog::DeploymentStartDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("deploymentStartDialog"));
    setWindowTitle(tr("Start a deployment"));

    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("deploymentVersionEdit"));
    m_version->setPlaceholderText(tr("e.g. 2.14.0"));
    m_version->setMaxLength(Deployment::kMaxVersionLength);

    m_intoWindow = new QRadioButton(tr("Into a maintenance &window:"), this);
    m_intoWindow->setObjectName(QStringLiteral("deployIntoWindowRadio"));
    m_occurrence = new QComboBox(this);
    m_occurrence->setObjectName(QStringLiteral("deploymentOccurrenceCombo"));
    m_occurrence->setAccessibleName(tr("Window occurrence"));
    // Each entry is a whole sentence (date, times, zone, your time, description): the dialog
    // grows to show it rather than cut it.
    m_occurrence->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_occurrenceHint = new QLabel(tr("Loading the maintenance windows…"), this);
    m_occurrenceHint->setObjectName(QStringLiteral("deploymentOccurrenceHint"));
    m_occurrenceHint->setWordWrap(true);

    m_now = new QRadioButton(tr("&Now, outside a window, because:"), this);
    m_now->setObjectName(QStringLiteral("deployNowRadio"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("deploymentReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(
        tr("Why this cannot wait for the next window, e.g. a security fix."));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_reasonCount = new QLabel(this);
    m_reasonCount->setObjectName(QStringLiteral("deploymentReasonCount"));

    m_error = newErrorLabel(QStringLiteral("deploymentStartError"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("deploymentStartButton"));
    m_start->setDefault(true);

    auto *form = new QFormLayout;
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    form->addRow(versionLabel, m_version);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_intoWindow);
    layout->addWidget(m_occurrence);
    layout->addWidget(m_occurrenceHint);
    layout->addWidget(m_now);
    layout->addWidget(m_reason);
    layout->addWidget(m_reasonCount, 0, Qt::AlignRight);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(readableWidth(this, 70));

    m_intoWindow->setChecked(true);
    connect(m_version, &QLineEdit::textChanged, this, &DeploymentStartDialog::updateState);
    connect(m_intoWindow, &QRadioButton::toggled, this, &DeploymentStartDialog::updateState);
    connect(m_now, &QRadioButton::toggled, this, &DeploymentStartDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DeploymentStartDialog::updateState);
    connect(m_occurrence, &QComboBox::currentIndexChanged, this,
            &DeploymentStartDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeploymentStartDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateState();
    loadOccurrences();
}

DeploymentStartDialog::~DeploymentStartDialog()
{
    if (m_windowsCall)
        m_windowsCall->cancel();
    if (m_startCall)
        m_startCall->cancel();
}

QString DeploymentStartDialog::occurrenceText(const MaintenanceOccurrence &occurrence)
{
    const QTimeZone zone(occurrence.timezone.toUtf8());
    const QDateTime start =
        zone.isValid() ? occurrence.startsAt.toTimeZone(zone) : occurrence.startsAt.toUTC();
    const QDateTime end =
        zone.isValid() ? occurrence.endsAt.toTimeZone(zone) : occurrence.endsAt.toUTC();
    const QLocale locale;
    const QString hhmm = QStringLiteral("HH:mm");
    QString text = tr("%1 %2–%3 %4")
                       .arg(locale.toString(start, QStringLiteral("ddd yyyy-MM-dd")),
                            start.toString(hhmm), end.toString(hhmm), occurrence.timezone);
    const QDateTime localStart = occurrence.startsAt.toLocalTime();
    const QDateTime localEnd = occurrence.endsAt.toLocalTime();
    if (localStart.offsetFromUtc() != start.offsetFromUtc()) {
        text += QLatin1Char(' ')
            + tr("(your time %1–%2)")
                  .arg(locale.toString(localStart, QStringLiteral("ddd HH:mm")),
                       localEnd.toString(hhmm));
    }
    if (!occurrence.description.isEmpty())
        text += QStringLiteral(" · ") + occurrence.description;
    return text;
}

void DeploymentStartDialog::loadOccurrences()
{
    if (!m_context)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_windowsCall = m_context->operations().maintenanceOccurrences(
        now, now.addDays(kLookAheadDays),
        [this](models::Result<models::MaintenanceOccurrenceList> occurrences) {
            m_windowsCall = nullptr;
            if (!occurrences) {
                m_occurrenceHint->setText(tr("The maintenance windows could not be loaded: %1")
                                              .arg(occurrences.error().message));
                updateState();
                return;
            }
            m_occurrences = occurrences->items;
            if (m_occurrences.size() > kMaxOccurrences)
                m_occurrences.resize(kMaxOccurrences);
            m_occurrence->clear();
            for (const MaintenanceOccurrence &occurrence : std::as_const(m_occurrences))
                m_occurrence->addItem(occurrenceText(occurrence));
            showWholeEntries();
            if (m_occurrences.isEmpty()) {
                m_occurrenceHint->setText(
                    tr("No maintenance window is planned in the next %n day(s). Plan one in "
                       "“Windows”, or start now with a reason.",
                       nullptr, kLookAheadDays));
            } else {
                m_occurrenceHint->setText(
                    tr("The deployment waits as scheduled and starts when the window starts."));
            }
            updateState();
        });
}

void DeploymentStartDialog::showWholeEntries()
{
    // A shown dialog does not grow for a wider combo box by itself; within the screen, it
    // grows now.
    const int wanted = sizeHint().width();
    if (wanted <= width())
        return;
    const int room = screen() ? screen()->availableGeometry().width() * 9 / 10 : wanted;
    resize(std::min(wanted, room), height());
}

void DeploymentStartDialog::updateState()
{
    const bool busy = !m_startCall.isNull();
    Deployment probe;
    probe.version = m_version->text().trimmed();
    const bool versionOk = probe.validate().ok();
    const bool windowOk = m_intoWindow->isChecked() && m_occurrence->currentIndex() >= 0
        && m_occurrence->currentIndex() < m_occurrences.size();
    const int reasonLength = static_cast<int>(m_reason->toPlainText().trimmed().size());
    const bool reasonOk = reasonLength > 0 && reasonLength <= Deployment::kMaxReasonLength;
    const bool nowOk = m_now->isChecked() && reasonOk;

    m_occurrence->setEnabled(m_intoWindow->isChecked() && !m_occurrences.isEmpty() && !busy);
    m_reason->setEnabled(m_now->isChecked() && !busy);
    m_reasonCount->setText(tr("%1 / %2").arg(reasonLength).arg(Deployment::kMaxReasonLength));
    m_version->setEnabled(!busy);
    m_start->setEnabled(!busy && versionOk && (windowOk || nowOk));
}

void DeploymentStartDialog::submit()
{
    if (!m_context || !m_start->isEnabled())
        return;
    const QString version = m_version->text().trimmed();
    models::DeploymentStart start;
    if (m_now->isChecked()) {
        start = models::DeploymentStart::immediately(version, m_reason->toPlainText().trimmed());
    } else {
        const MaintenanceOccurrence &occurrence = m_occurrences.at(m_occurrence->currentIndex());
        start = models::DeploymentStart::intoWindow(version, occurrence.windowId,
                                                    occurrence.occurrence);
    }
    m_error->clear();
    m_error->hide();
    m_startCall = m_context->operations().startDeployment(
        start, [this](models::Result<Deployment> deployment) {
            m_startCall = nullptr;
            updateState();
            if (!deployment) {
                m_error->setText(deployment.error().message);
                m_error->show();
                growToFitContents(this);
                return;
            }
            emit started(deployment.value());
            accept();
        });
    updateState();
}

} // namespace sphair::ui
