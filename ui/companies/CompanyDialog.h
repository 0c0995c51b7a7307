#pragma once

#include "models/domain/Company.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class CompanyTableModel;
}

namespace sphair::ui {

class ConflictPanel;
class ConsoleContext;

// Creates a company or edits one, checking every field as the user types: the code's format
// and that no listed company has it already (and, once the server answered 409, that code
// too), the name, the contact e-mail, and the tier's user range. Save stays disabled while
// anything is invalid.
//
// An edit sends If-Match with the ETag that company(id) answered. When someone else changed
// the company meanwhile (412), the user's values stay in the form and the server's current
// values are shown beside them in conflictPanel: useMineButton saves the form over the new
// version, useTheirsButton loads the server's values. When the session ended, the server is
// unreachable or in maintenance, the dialog stays open with everything typed, shows the
// error (companyDialogError) and reports it; Save tries again.
//
// Open it with open(). Object names: companyDialog, companyCodeEdit, companyNameEdit,
// companyTierCombo, companyMaxUsersSpin, companyEmailEdit, companyDialogSaveButton,
// companyCodeError, companyNameError, companyMaxUsersError, companyEmailError,
// companyDialogError, conflictPanel, useMineButton, useTheirsButton.
class CompanyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    // `known` (may be null) lists the companies already loaded, for the unique-code check.
    // The dialog starts in create mode; call editCompany() to edit instead.
    CompanyDialog(ConsoleContext *context, const models::CompanyTableModel *known,
                  QWidget *parent = nullptr);
    ~CompanyDialog() override;

    // Edits `company` (as listed): shows its values at once and loads the current version
    // and its ETag; the form is read-only until that answer arrives.
    void editCompany(const models::Company &company);

    Mode mode() const { return m_mode; }
    // The company as the form describes it (id and code of the edited company kept).
    models::Company formCompany() const;
    // Every field is valid (whether or not its error is shown yet).
    bool isFormValid() const;
    // The ETag the next save sends (edit mode).
    QByteArray etag() const { return m_etag; }
    bool isBusy() const { return !m_call.isNull(); }

signals:
    // The server stored the company (created or changed); the dialog then closes.
    void companySaved(const sphair::models::Company &company);

public slots:
    void save();

private:
    enum Field { CodeField, NameField, UsersField, EmailField, FieldCount };

    void buildUi();
    void setForm(const models::Company &company);
    void markTouched(Field field);
    void validate();
    std::optional<QString> fieldError(Field field) const;
    bool codeIsTaken(const QString &code) const;
    void showFieldError(Field field, const QString &message);
    void updateSaveButton();
    void setBusy(bool busy);
    void onLoaded(const models::Company &company, const QByteArray &etag);
    void onSaveFailed(const models::Error &error);
    void showServerFieldErrors(const models::Error &error);
    void showConflict(const models::Error &error);
    void hideConflict();
    bool canSaveOverTheirs() const;
    void useMine();
    void useTheirs();
    void showDialogError(const QString &message);
    void adjustUsersToTier();
    QString actionText() const;

    QPointer<ConsoleContext> m_context;
    QPointer<const models::CompanyTableModel> m_known;
    Mode m_mode = Mode::Create;
    models::Company m_original; // the edited company as last loaded
    QByteArray m_etag;
    bool m_loaded = true; // edit mode: the current version has arrived
    QPointer<client::ApiCall> m_call;
    QSet<QString> m_takenCodes; // codes the server answered 409 for
    QSet<int> m_touched; // fields whose errors are shown
    // A server's field error stays on its field until the user changes that field.
    QString m_serverErrors[FieldCount];
    std::optional<models::Company> m_theirs; // the server's version in a conflict

    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tier = nullptr;
    QSpinBox *m_maxUsers = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_errors[FieldCount] = {};
    QLabel *m_tierRange = nullptr;
    QLabel *m_dialogError = nullptr;
    QPushButton *m_save = nullptr;
    ConflictPanel *m_conflict = nullptr;
};

} // namespace sphair::ui
