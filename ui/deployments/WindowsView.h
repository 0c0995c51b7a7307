#pragma once

#include "models/domain/MaintenanceOccurrence.h"
#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceStatus.h"
#include "models/domain/MaintenanceWindow.h"

#include <QList>
#include <QPointer>
#include <QTimeZone>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class MaintenanceWindowModel;
}

namespace sphair::ui {

class ConsoleContext;
class MaintenanceModeDialog;
class MaintenanceWindowDialog;
class WeekView;

// The Deployments tab's "Windows" view: the planned maintenance windows as a list (each
// window once, with how it repeats) beside the week view (each occurrence as a block), both
// in the platform zone with the viewer's time beside it. New, Edit and Cancel act on the
// window selected in either; Skip and Move act on the occurrence selected in the week view, or
// ask which of the selected window's coming occurrences; Restore asks which of its coming
// skipped or moved occurrences to plan as usual again. "Maintenance mode…" opens the mode
// dialog; the state line and maintenanceStateChanged() follow what the server answers.
//
// Object names: windowsView, windowsList, newWindowButton, editWindowButton,
// cancelWindowButton, skipOccurrenceButton, moveOccurrenceButton, restoreOccurrenceButton,
// maintenanceModeButton, refreshWindowsButton, maintenanceStateLabel, windowsErrorLabel; the
// confirmations cancelWindowConfirm and skipOccurrenceConfirm, the choosers occurrenceChooser
// and restoreOccurrenceChooser.
class WindowsView : public QWidget
{
    Q_OBJECT
public:
    // How far ahead the list's Skip and Move offer occurrences.
    static constexpr int kUpcomingDays = 120;

    explicit WindowsView(ConsoleContext *context, QWidget *parent = nullptr,
                         const QTimeZone &viewerZone = QTimeZone::systemTimeZone());
    ~WindowsView() override;

    models::MaintenanceWindowModel *listModel() const { return m_model; }
    QTableView *list() const { return m_list; }
    WeekView *weekView() const { return m_week; }
    const std::optional<models::MaintenanceStatus> &status() const { return m_status; }
    // Calls still running (list, week, status, an action).
    bool isLoading() const;
    // The window selected (in the list, or the week view's current block).
    std::optional<models::MaintenanceWindow> selectedWindow() const;

public slots:
    // Loads the windows, the week's occurrences and the maintenance status again.
    void reload();
    MaintenanceWindowDialog *newWindow();
    MaintenanceWindowDialog *editSelected();
    void cancelSelected();
    void skipSelectedOccurrence();
    void moveSelectedOccurrence();
    void restoreSelectedOccurrence();
    MaintenanceModeDialog *openMaintenanceMode();

signals:
    // Everything reload() asked for has answered.
    void loaded();
    // Maintenance mode as the server last reported it.
    void maintenanceStateChanged(const sphair::models::MaintenanceState &state);

private:
    void buildUi();
    void loadWindows();
    void loadWeek();
    void loadUpcoming();
    void loadStatus();
    void finishOne();
    void showStatus();
    void updateActions();
    void selectWindow(const QUuid &id);
    MaintenanceWindowDialog *openWindowDialog();
    // The selected occurrence, or one of the selected window's coming ones chosen by the user.
    void withOccurrence(const QString &title,
                        const std::function<void(const models::MaintenanceOccurrence &)> &then);
    // The window `id` with its current ETag, then `then`.
    void withVersion(
        const QUuid &id,
        const std::function<void(const models::MaintenanceWindow &, const QByteArray &)> &then,
        const QString &what);
    // Asks which of `items` (with a dialog named `objectName`), then `then` with its index.
    void choose(const QString &objectName, const QString &title, const QStringList &items,
                const std::function<void(int)> &then);
    void skip(const models::MaintenanceOccurrence &occurrence);
    void restore(const QUuid &windowId, const QDate &occurrence);
    // Saves the window `windowId` (its current version) with the occurrence planned on
    // `occurrence` changed to `change`, or planned as usual (no change); `what` names the
    // action in errors, `done` is reported when it is saved.
    void changeOccurrence(const QUuid &windowId, const QDate &occurrence,
                          const std::optional<models::MaintenanceException> &change,
                          const QString &what, const QString &done);
    // The skipped or moved occurrences of `window` not yet over, by planned date.
    static QList<models::MaintenanceException> restorable(const models::MaintenanceWindow &window);
    QString exceptionText(const models::MaintenanceWindow &window,
                          const models::MaintenanceException &exception) const;
    void showError(const QString &what, const models::Error &error);
    QString occurrenceText(const models::MaintenanceOccurrence &occurrence) const;

    QPointer<ConsoleContext> m_context;
    QTimeZone m_viewerZone;
    models::MaintenanceWindowModel *m_model = nullptr;
    std::optional<models::MaintenanceStatus> m_status;
    QList<models::MaintenanceOccurrence> m_upcoming;
    QPointer<client::ApiCall> m_windowsCall;
    QPointer<client::ApiCall> m_weekCall;
    QPointer<client::ApiCall> m_upcomingCall;
    QPointer<client::ApiCall> m_statusCall;
    QPointer<client::ApiCall> m_actionCall;
    int m_pending = 0;
    QUuid m_selected; // the window last selected in either view

    QTableView *m_list = nullptr;
    WeekView *m_week = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_mode = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace sphair::ui
