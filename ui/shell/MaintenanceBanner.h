#pragma once

#include <QDeadlineTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace sphair::ui::shell {

// Shown when the platform answers 503 "maintenance": the server's message and a live
// countdown "Retry in mm:ss" to its Retry-After, then "try again now". Dismissible; a new
// announcement replaces the old one. Object names: maintenanceBanner, maintenanceMessageLabel,
// maintenanceCountdownLabel, maintenanceDismissButton.
class MaintenanceBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MaintenanceBanner(QWidget *parent = nullptr);

    void announce(int retryAfterSeconds, const QString &message);
    // Whole seconds left until the server expects to be back (0 once it is time).
    int secondsLeft() const;
    QString message() const;
    QString countdownText() const;

    // "mm:ss" (or "h:mm:ss" from one hour on).
    static QString formatDuration(int seconds);

public slots:
    void dismiss();

signals:
    void dismissed();
    // The countdown reached zero.
    void retryDue();

private:
    void tick();

    QLabel *m_message = nullptr;
    QLabel *m_countdown = nullptr;
    QToolButton *m_dismiss = nullptr;
    QTimer m_timer;
    QDeadlineTimer m_deadline;
};

} // namespace sphair::ui::shell
