#pragma once

#include "models/domain/MaintenanceState.h"

#include <QDeadlineTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace sphair::ui::shell {

// Shown when the platform answers 503 "maintenance": the server's message and a live
// countdown "Retry in mm:ss" to its Retry-After, then "try again now". Dismissible; a new
// announcement replaces the old one. Also shows maintenance mode as the admin API reports it
// (showMode): on, with its reason and the grace period tenants are given, or gone when off.
// Object names: maintenanceBanner, maintenanceMessageLabel, maintenanceCountdownLabel,
// maintenanceDismissButton.
class MaintenanceBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MaintenanceBanner(QWidget *parent = nullptr);

    void announce(int retryAfterSeconds, const QString &message);
    // Maintenance mode as the status or the mode dialog answered: shown while it is on, hidden
    // when it is off (unless a 503 announcement is counting down).
    void showMode(const sphair::models::MaintenanceState &state);
    // The banner shows maintenance mode (not a 503 countdown).
    bool isShowingMode() const { return m_showingMode; }
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
    bool m_showingMode = false;
};

} // namespace sphair::ui::shell
