#pragma once

#include "models/domain/MaintenanceState.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace sphair::ui {

class ConsoleContext;
class WindowsView;

// The Deployments tab: three views in tabs, "Windows" (maintenance windows, the week view and
// maintenance mode, WindowsView), "Deployments" and "Notices".
//
// Object names: deploymentsViewTabs, windowsView, deploymentsPlaceholder, noticesPlaceholder.
class DeploymentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeploymentsPage(ConsoleContext *context, QWidget *parent = nullptr);

    WindowsView *windowsView() const { return m_windows; }
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
};

} // namespace sphair::ui
