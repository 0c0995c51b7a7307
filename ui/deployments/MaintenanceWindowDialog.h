#pragma once

#include "models/domain/MaintenanceDryRun.h"
#include "models/domain/MaintenanceOccurrence.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDialog>
#include <QPointer>
#include <QTimeZone>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace sphair::client {
class ApiCall;
}

namespace sphair::ui {

class ConsoleContext;

// Plans a maintenance window, edits one, or moves one occurrence of a recurring window: the
// date, start and end (02:00–06:00 unless changed; an end at or before the start is the next
// day), the zone the times are in (the platform's, Africa/Johannesburg, by default), weekly or
// monthly repetition ("every month on the first Sunday") with an optional last date, and a
// description. Beside the times it shows them on the viewer's clock, and, asked from the
// server for every change of the times (a newer question cancels the one still running), how
// many companies and users are usually active then.
//
// Save stays disabled while the form is invalid. A refusal (an overlap with another window,
// 409 window_overlap, with the server's reason; a stale version; the server unreachable)
// keeps the dialog open with everything typed, the reason shown in windowDialogError.
//
// Object names: maintenanceWindowDialog, windowDateEdit, windowStartEdit, windowEndEdit,
// windowNextDayLabel, windowZoneCombo, windowRepeatCombo, windowUntilCheck, windowUntilEdit,
// windowDescriptionEdit, windowViewerTimeLabel, windowDryRunLabel, windowDialogError,
// windowDialogSaveButton.
class MaintenanceWindowDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit, MoveOccurrence };

    // Starts in create mode on the next night in the platform zone. `viewerZone`: the zone
    // the viewer's clock shows (the system's by default).
    explicit MaintenanceWindowDialog(ConsoleContext *context, QWidget *parent = nullptr,
                                     const QTimeZone &viewerZone = QTimeZone::systemTimeZone());
    ~MaintenanceWindowDialog() override;

    // Create mode: the window's local date (and, when valid, its start hour).
    void setDate(QDate date, int startHour = -1);
    // Edits `window` (as listed); the current version's ETag is loaded first.
    void editWindow(const models::MaintenanceWindow &window);
    // Moves `occurrence` of the recurring `window`: the form holds the occurrence's times;
    // saving stores a "move" exception for its planned date.
    void moveOccurrence(const models::MaintenanceWindow &window,
                        const models::MaintenanceOccurrence &occurrence);

    Mode mode() const { return m_mode; }
    // What Save sends (create, edit: the window; move: the window with the exception).
    models::MaintenanceWindow formWindow() const;
    // What the dry run asks about: the window, or the moved occurrence alone.
    models::MaintenanceWindow draftWindow() const;
    // The form's problem, empty when it can be saved.
    QString formError() const;
    bool isBusy() const { return !m_call.isNull(); }
    client::ApiCall *dryRunCall() const { return m_dryRunCall; }
    QString dryRunText() const;
    QString errorText() const;

    // "About 14 companies and 63 users are usually active then."
    static QString dryRunSentence(const models::MaintenanceDryRun &dryRun);

signals:
    // The server stored the window; the dialog then closes.
    void windowSaved(const sphair::models::MaintenanceWindow &window);
    // A dry run answered (ok) or failed; the label shows it.
    void dryRunFinished(bool ok);

public slots:
    void save();

private:
    void buildUi();
    void setForm(const models::MaintenanceWindow &window);
    void loadVersion(const QUuid &id);
    void formChanged();
    void updateRepeatTexts();
    void startDryRun();
    void showError(const QString &message);
    void setBusy(bool busy);
    QTimeZone formZone() const;
    QDateTime formStart() const;
    QDateTime formEnd() const;

    QPointer<ConsoleContext> m_context;
    QTimeZone m_viewerZone;
    Mode m_mode = Mode::Create;
    models::MaintenanceWindow m_original;
    std::optional<models::MaintenanceOccurrence> m_occurrence; // move mode
    QByteArray m_etag;
    bool m_loaded = true;
    QPointer<client::ApiCall> m_call;
    QPointer<client::ApiCall> m_dryRunCall;
    int m_dryRunGeneration = 0;

    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLabel *m_nextDay = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_repeat = nullptr;
    QCheckBox *m_untilCheck = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_viewerTime = nullptr;
    QLabel *m_dryRun = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace sphair::ui
