#pragma once

#include "client/ConnectionProfile.h"
#include "client/ConnectionProfiles.h"
#include "models/domain/AdminSession.h"
#include "models/domain/Result.h"

#include "ui/shell/ChangePasswordDialog.h"
#include "ui/shell/ProfileEditorDialog.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sphair::client {
class ApiCall;
}
namespace sphair::ui {
class ConsoleContext;
}

namespace sphair::ui::shell {

// Signs in to the platform of a connection profile through PlatformClient::login.
//
// - While the call runs the inputs are disabled and a progress bar shows; Cancel stops it.
// - A profile without a pin (pin_unknown): the server's SPKI SHA-256 fingerprint is shown
//   for the user to compare (trustPanel). Trust pins it in the client and in the saved profile
//   and signs in again by itself; Do not trust stops there.
// - A pin mismatch is refused outright: the only way on is to edit the profile.
// - A wrong password shows the server's message; the password is cleared, the user name kept.
// - A session that must change its password opens ChangePasswordDialog first.
// The last profile and user name are remembered; the password never is.
//
// Object names: signInDialog, signInProfileCombo, signInUsernameEdit, signInPasswordEdit,
// signInButton, signInErrorLabel, signInProgress, signInEditProfileButton, trustPanel,
// trustFingerprintLabel, trustButton, distrustButton.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // The settings key of the last user name.
    static const QString kUsernameKey;

    explicit SignInDialog(ConsoleContext *context, QWidget *parent = nullptr);

    // Preselects a profile (e.g. the current one after the session expired).
    void setProfileName(const QString &name);
    void setUsername(const QString &username);
    // A line above the form, e.g. why the dialog opened.
    void setIntro(const QString &text);
    QString profileName() const;

    ChangePasswordDialog *changePasswordDialog() const { return m_changePassword; }
    ProfileEditorDialog *profileEditor() const { return m_editor; }
    bool isSigningIn() const { return !m_call.isNull(); }

    void reject() override;

public slots:
    void signIn();

signals:
    void signedIn(const sphair::models::AdminSession &session);

private:
    void reloadProfiles(const QString &select);
    std::optional<client::ConnectionProfile> selectedProfile() const;
    void onAnswer(const models::Result<models::AdminSession> &answer, const QString &password);
    void finish(const models::AdminSession &session);
    void showError(const QString &text, const QString &code = {});
    void showTrustPanel(const models::Error &error);
    void showRefusal(const models::Error &error);
    void trustServer();
    void askForNewPassword(const models::AdminSession &session, const QString &password);
    void editProfile();
    void setBusy(bool busy);
    bool canSignIn() const;
    void updateButtons();

    ConsoleContext *m_context;
    client::ConnectionProfiles m_profiles;
    QLabel *m_intro = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_editProfile = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QFrame *m_trustPanel = nullptr;
    QLabel *m_trustText = nullptr;
    QLabel *m_fingerprint = nullptr;
    QPushButton *m_signIn = nullptr;
    QProgressBar *m_progress = nullptr;
    QPointer<client::ApiCall> m_call;
    QPointer<ChangePasswordDialog> m_changePassword;
    QPointer<ProfileEditorDialog> m_editor;
    QString m_offeredPin; // the fingerprint shown in the trust panel
    // The profile and pin a mismatch was refused for: signing in stays off until either
    // changes (the profile is edited).
    QString m_refusedProfile;
    QString m_refusedPin;
    std::optional<client::ConnectionProfile> m_unsaved; // the client's profile, if not saved
};

} // namespace sphair::ui::shell
