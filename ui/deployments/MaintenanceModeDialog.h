#pragma once

#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceStatus.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sphair::client {
class ApiCall;
}

namespace sphair::ui {

class ConsoleContext;

// Maintenance mode now: while it is on, tenant routes answer 503 with the reason and
// Retry-After. The dialog loads the current status (whether it is on, since when and by whom,
// how many sessions are active), takes a reason and the grace period (the Retry-After tenants
// are given), and turns it on, changes it, or turns it off, then closes. It stays open with
// the reason kept when the server refuses.
//
// Object names: maintenanceModeDialog, maintenanceModeStateLabel, maintenanceSessionsLabel,
// maintenanceReasonEdit, maintenanceGraceCombo, maintenanceGraceLabel, maintenanceModeError,
// enableMaintenanceButton, disableMaintenanceButton.
class MaintenanceModeDialog : public QDialog
{
    Q_OBJECT
public:
    // The grace periods offered, in seconds; the default is MaintenanceState's (5 minutes).
    static QList<int> gracePeriods();

    explicit MaintenanceModeDialog(ConsoleContext *context, QWidget *parent = nullptr);
    ~MaintenanceModeDialog() override;

    // Loads the status again (the dialog does on opening).
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return !m_call.isNull(); }
    const models::MaintenanceStatus &status() const { return m_status; }
    int gracePeriod() const;
    QString errorText() const;

signals:
    // The status arrived.
    void statusLoaded(const sphair::models::MaintenanceStatus &status);
    // The server turned maintenance mode on, changed or turned it off.
    void stateChanged(const sphair::models::MaintenanceState &state);

public slots:
    void enable();
    void disable();

private:
    void buildUi();
    void showStatus();
    void updateButtons();
    void showError(const QString &message);
    void finish(const models::Result<models::MaintenanceState> &result, const QString &what);

    QPointer<ConsoleContext> m_context;
    models::MaintenanceStatus m_status;
    bool m_loaded = false;
    QPointer<client::ApiCall> m_call;

    QLabel *m_state = nullptr;
    QLabel *m_sessions = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_grace = nullptr;
    QLabel *m_graceText = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_disable = nullptr;
};

} // namespace sphair::ui
