#pragma once

#include "models/domain/Deployment.h"
#include "models/domain/MaintenanceOccurrence.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace sphair::client {
class ApiCall;
}

namespace sphair::ui {

class ConsoleContext;

// Starts a deployment: the version, and when: into one of the next maintenance window
// occurrences (it waits as scheduled until the occurrence starts) or now, with the reason it
// cannot wait (required, at most 500 characters). Start stays disabled until the version is
// valid and the choice complete. The occurrences are those the server plans over the next
// kLookAheadDays days (GET /admin/maintenance/occurrences), shown in the window's zone with
// the viewer's time beside it.
// While the call runs and when it fails, the dialog stays open with everything entered and
// shows the error (deploymentStartError).
//
// Object names: deploymentStartDialog, deploymentVersionEdit, deployIntoWindowRadio,
// deploymentOccurrenceCombo, deploymentOccurrenceHint, deployNowRadio, deploymentReasonEdit,
// deploymentReasonCount, deploymentStartError, deploymentStartButton.
class DeploymentStartDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kLookAheadDays = 60;
    static constexpr int kMaxOccurrences = 30;

    explicit DeploymentStartDialog(ConsoleContext *context, QWidget *parent = nullptr);
    ~DeploymentStartDialog() override;

    // The occurrences offered (loaded when the dialog opens).
    const QList<models::MaintenanceOccurrence> &occurrences() const { return m_occurrences; }
    bool isLoading() const { return !m_windowsCall.isNull(); }

    // "Sun 2026-03-08 02:00–06:00 Africa/Johannesburg (your time 01:00–05:00)".
    static QString occurrenceText(const models::MaintenanceOccurrence &occurrence);

signals:
    // The server took it: started, or scheduled.
    void started(const sphair::models::Deployment &deployment);

private:
    void loadOccurrences();
    // Widens the dialog (within the screen) so the occurrences are shown whole.
    void showWholeEntries();
    void updateState();
    void submit();

    QPointer<ConsoleContext> m_context;
    QLineEdit *m_version = nullptr;
    QRadioButton *m_intoWindow = nullptr;
    QComboBox *m_occurrence = nullptr;
    QLabel *m_occurrenceHint = nullptr;
    QRadioButton *m_now = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_reasonCount = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;
    QList<models::MaintenanceOccurrence> m_occurrences;
    QPointer<client::ApiCall> m_windowsCall;
    QPointer<client::ApiCall> m_startCall;
};

} // namespace sphair::ui
