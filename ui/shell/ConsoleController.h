#pragma once

#include "ui/shell/SignInDialog.h"

#include <QObject>
#include <QPointer>

namespace sphair::ui {
class ConsoleContext;
class MainWindow;
} // namespace sphair::ui

namespace sphair::ui::shell {

class ConnectionProfilesDialog;
class ProfileEditorDialog;

// Wires a MainWindow to a ConsoleContext, so every page only talks to the context:
// - reported errors go to the message bar, information to the status bar for a few seconds;
// - the client's busy state, connection state, session and profile show in the status bar,
//   the environment strip and the title; a 503 maintenance opens the maintenance banner;
// - a 401 (sessionExpired) opens the sign-in dialog for the current profile on top of
//   whatever is open, which stays as it was, so the user signs in again and retries;
// - File → Connect, Connection profiles and Sign out;
// - the window's geometry, state and current tab are restored now and saved on close.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; the controller is a child of `window` unless `parent` is given.
    ConsoleController(MainWindow *window, ConsoleContext *context, QObject *parent = nullptr);

    // After start-up without a running session: the sign-in dialog, or the profile editor
    // when there is no profile yet (then the sign-in dialog once one is saved). With a saved
    // last profile it is set on the client first, so a session kept in the keychain is used
    // without asking.
    void start();

    // Opens (or raises) the sign-in dialog; `profileName` preselects a profile.
    SignInDialog *openSignIn(const QString &profileName = {}, const QString &intro = {});
    ConnectionProfilesDialog *openProfiles();
    ProfileEditorDialog *openNewProfile();
    void signOut();
    void saveLayout();

    SignInDialog *signInDialog() const { return m_signIn; }

private:
    void showSession();
    void showConnectionState();

    MainWindow *m_window;
    ConsoleContext *m_context;
    QPointer<SignInDialog> m_signIn;
    QPointer<ConnectionProfilesDialog> m_profiles;
    QPointer<ProfileEditorDialog> m_newProfile;
};

} // namespace sphair::ui::shell
