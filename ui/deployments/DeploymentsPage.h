#pragma once

#include "models/domain/MaintenanceState.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace sphair::ui {

class ConsoleContext;
class DeploymentsView;
class NoticesView;
class WindowsView;

// The Deployments tab: three views in tabs, "Windows" (maintenance windows, the week view and
// maintenance mode, WindowsView), "Deployments" (start, follow, roll back, history,
// DeploymentsView) and "Notices" (what was sent to whom, NoticesView).
//
// Object names: deploymentsViewTabs, windowsView, deploymentsView, noticesView.
class DeploymentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeploymentsPage(ConsoleContext *context, QWidget *parent = nullptr);

    WindowsView *windowsView() const { return m_windows; }
    DeploymentsView *deploymentsView() const { return m_deploymentsView; }
    NoticesView *noticesView() const { return m_notices; }
    QTabWidget *views() const { return m_views; }

public slots:
    // Loads every view again.
    void reload();

signals:
    // Maintenance mode as the server last reported it (for the window's banner).
    void maintenanceStateChanged(const sphair::models::MaintenanceState &state);

private:
    QPointer<ConsoleContext> m_context;
    QTabWidget *m_views = nullptr;
    WindowsView *m_windows = nullptr;
    DeploymentsView *m_deploymentsView = nullptr;
    NoticesView *m_notices = nullptr;
};

} // namespace sphair::ui
