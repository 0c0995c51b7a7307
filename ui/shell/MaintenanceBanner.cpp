#include "ui/shell/MaintenanceBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace sphair::ui::shell {

MaintenanceBanner::MaintenanceBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("maintenanceBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#maintenanceBanner { background: #fff4e5; border: 1px solid #ed6c02; }"
                       "#maintenanceBanner QLabel { color: #663c00; }"));
    m_message->setObjectName(QStringLiteral("maintenanceMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_countdown->setObjectName(QStringLiteral("maintenanceCountdownLabel"));
    m_countdown->setTextFormat(Qt::PlainText);
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    m_dismiss->setObjectName(QStringLiteral("maintenanceDismissButton"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the maintenance notice"));
    connect(m_dismiss, &QToolButton::clicked, this, &MaintenanceBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *title = new QLabel(tr("Maintenance:"), this);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_countdown);
    layout->addWidget(m_dismiss);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MaintenanceBanner::tick);
    setVisible(false);
}

void MaintenanceBanner::announce(int retryAfterSeconds, const QString &message)
{
    m_showingMode = false;
    m_message->setText(message.trimmed().isEmpty()
                           ? tr("The platform is being maintained and cannot do this now.")
                           : message);
    // Counted against a deadline, not by ticks, so a busy event loop cannot stretch it.
    m_deadline = QDeadlineTimer(qint64(qMax(0, retryAfterSeconds)) * 1000);
    m_timer.start();
    show();
    tick();
}

void MaintenanceBanner::showMode(const models::MaintenanceState &state)
{
    if (!state.enabled) {
        if (m_showingMode) {
            m_showingMode = false;
            m_timer.stop();
            hide();
        }
        return;
    }
    if (m_timer.isActive() && !m_showingMode)
        return; // a 503 countdown says more; it ends by itself
    m_showingMode = true;
    m_timer.stop();
    m_message->setText(
        tr("maintenance mode is on — %1")
            .arg(state.message.trimmed().isEmpty() ? tr("no reason given") : state.message));
    m_countdown->setText(tr("Tenants retry after %1").arg(formatDuration(state.retryAfterSeconds)));
    show();
}

int MaintenanceBanner::secondsLeft() const
{
    const qint64 ms = m_deadline.remainingTime();
    if (ms <= 0)
        return 0;
    return int((ms + 999) / 1000); // 0.2 s left still reads "00:01"
}

QString MaintenanceBanner::message() const
{
    return m_message->text();
}

QString MaintenanceBanner::countdownText() const
{
    return m_countdown->text();
}

QString MaintenanceBanner::formatDuration(int seconds)
{
    seconds = qMax(0, seconds);
    const int hours = seconds / 3600;
    const int minutes = (seconds % 3600) / 60;
    const int rest = seconds % 60;
    const QLatin1Char zero('0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, zero)
            .arg(rest, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes, 2, 10, zero).arg(rest, 2, 10, zero);
}

void MaintenanceBanner::tick()
{
    const int left = secondsLeft();
    if (left > 0) {
        m_countdown->setText(tr("Retry in %1").arg(formatDuration(left)));
        return;
    }
    m_timer.stop();
    m_countdown->setText(tr("The platform should be back: try again now."));
    emit retryDue();
}

void MaintenanceBanner::dismiss()
{
    m_timer.stop();
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

} // namespace sphair::ui::shell
