#pragma once

#include "client/PlatformClient.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QSettings;
class QTabWidget;

namespace sphair::ui::shell {
class MaintenanceBanner;
class MessageBar;
} // namespace sphair::ui::shell

namespace sphair::ui {

// The console's main window: one tab per area of DESIGN.md §5, the environment strip on top,
// the maintenance banner and message bar under it, the menus and the status bar. It only
// shows things and emits what the user asked for; ConsoleController does the wiring.
//
// Object names: mainTabWidget (tabs companiesPage, licensesPage, whiteLabelPage, featuresPage,
// usagePage, deploymentsPage), environmentBanner, messageBar, maintenanceBanner; actions
// connectAction, profilesAction, signOutAction, quitAction, refreshAction, keyManagerAction,
// aboutAction, showTabAction1…6; status bar connectionStateLabel, sessionLabel, busyIndicator,
// environmentLabel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    shell::MessageBar *messageBar() const { return m_messageBar; }
    shell::MaintenanceBanner *maintenanceBanner() const { return m_maintenanceBanner; }

    // Replaces the placeholder of the tab whose page is called `objectName` with `page`
    // (same title, same position); `page` takes that object name. The old page is deleted.
    // Returns false when there is no such tab.
    bool setPage(const QString &objectName, QWidget *page);

    // Shows which platform the console talks to, in the environment's colour, at all times:
    // the strip on top, the status bar badge and the window title.
    void showEnvironment(const QString &profileName, const QString &environmentName,
                         const QString &colour);
    void clearEnvironment();
    // A status bar message; `timeoutMs` 0 keeps it until the next one.
    void showStatus(const QString &message, int timeoutMs = 0);
    void setConnectionState(client::PlatformClient::ConnectionState state);
    // Empty: not signed in.
    void setSignedInUser(const QString &username);
    void setBusy(bool busy);

    // Window geometry, toolbar/dock state and the current tab.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // The badge text for a profile in an environment: just the environment when the profile
    // is named after it ("SANDBOX", not "SANDBOX — Sandbox").
    static QString badgeText(const QString &profileName, const QString &environmentName);

signals:
    void connectRequested();
    void profilesRequested();
    void signOutRequested();
    void refreshRequested();
    void keyManagerRequested();
    // The window is closing (before it hides): save what must be remembered.
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeComingSoonPage(const QString &summary);
    void createMenus();
    void showAbout();

    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    shell::MessageBar *m_messageBar = nullptr;
    shell::MaintenanceBanner *m_maintenanceBanner = nullptr;
    QLabel *m_connectionState = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_environment = nullptr;
    QAction *m_signOut = nullptr;
};

} // namespace sphair::ui
