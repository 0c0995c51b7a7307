#include "ui/shell/ConsoleController.h"

#include "client/ConnectionProfiles.h"
#include "client/PlatformClient.h"
#include "ui/MainWindow.h"
#include "ui/common/ConsoleContext.h"
#include "ui/shell/ConnectionProfilesDialog.h"
#include "ui/shell/MaintenanceBanner.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/ProfileEditorDialog.h"
#include "ui/shell/SignInDialog.h"

#include <QSettings>

namespace sphair::ui::shell {

using client::PlatformClient;

namespace {
constexpr int kInfoTimeoutMs = 6000;
}

ConsoleController::ConsoleController(MainWindow *window, ConsoleContext *context, QObject *parent)
    : QObject(parent ? parent : window)
    , m_window(window)
    , m_context(context)
{
    connect(context, &ConsoleContext::errorReported, window->messageBar(), &MessageBar::showError);
    connect(context, &ConsoleContext::infoReported, window,
            [window](const QString &message) { window->showStatus(message, kInfoTimeoutMs); });

    connect(window, &MainWindow::connectRequested, this, [this] { openSignIn(); });
    connect(window, &MainWindow::profilesRequested, this, &ConsoleController::openProfiles);
    connect(window, &MainWindow::signOutRequested, this, &ConsoleController::signOut);
    connect(window, &MainWindow::closing, this, &ConsoleController::saveLayout);

    if (PlatformClient *client = context->client()) {
        connect(client, &PlatformClient::busyChanged, window, &MainWindow::setBusy);
        connect(client, &PlatformClient::connectionStateChanged, window,
                &MainWindow::setConnectionState);
        connect(client, &PlatformClient::maintenanceAnnounced, window->maintenanceBanner(),
                &MaintenanceBanner::announce);
        connect(client, &PlatformClient::sessionChanged, this, &ConsoleController::showSession);
        connect(client, &PlatformClient::profileChanged, this, &ConsoleController::showSession);
        connect(client, &PlatformClient::sessionExpired, this, [this] {
            const PlatformClient *current = m_context->client();
            SignInDialog *dialog = openSignIn(
                current ? current->profile().name : QString(),
                tr("Your session has ended. Sign in again to continue: everything you have "
                   "open stays as it is, so you can retry what you were doing."));
            if (current && current->session())
                dialog->setUsername(current->session()->username);
        });
        connect(client, &PlatformClient::keychainFailed, this, [this](const models::Error &error) {
            m_context->reportInfo(
                tr("The session is kept only until the console closes: %1").arg(error.message));
        });
        window->setBusy(client->isBusy());
        window->setConnectionState(client->connectionState());
    }
    showSession();
    if (QSettings *settings = context->settings())
        window->restoreLayout(*settings);
}

void ConsoleController::showSession()
{
    const PlatformClient *client = m_context->client();
    if (!client || client->profile().name.isEmpty()) {
        m_window->clearEnvironment();
        m_window->setSignedInUser({});
        return;
    }
    const client::ConnectionProfile &profile = client->profile();
    m_window->showEnvironment(profile.name, client::environmentDisplayName(profile.environment),
                              profile.effectiveColour());
    const auto session = client->session();
    m_window->setSignedInUser(client->isSignedIn() && session ? session->username : QString());
}

void ConsoleController::start()
{
    PlatformClient *client = m_context->client();
    client::ConnectionProfiles profiles(m_context->settings());
    const QList<client::ConnectionProfile> saved = profiles.list();
    if (saved.isEmpty()) {
        ProfileEditorDialog *editor = openNewProfile();
        connect(editor, &ProfileEditorDialog::profileSaved, this,
                [this](const client::ConnectionProfile &profile) {
                    // Queued: the editor is still closing.
                    QMetaObject::invokeMethod(
                        this, [this, name = profile.name] { openSignIn(name); },
                        Qt::QueuedConnection);
                });
        return;
    }
    if (!client)
        return;
    if (client->profile().name.isEmpty()) {
        const auto last = profiles.find(profiles.lastUsed());
        client->setProfile(last ? *last : saved.first());
    }
    if (client->isRestoringSession()) {
        // Wait for the keychain: a kept session means no sign-in.
        connect(
            client, &PlatformClient::sessionRestored, this,
            [this](bool signedIn) {
                if (!signedIn)
                    openSignIn(m_context->client()->profile().name);
            },
            Qt::SingleShotConnection);
        return;
    }
    if (!client->isSignedIn())
        openSignIn(client->profile().name);
}

SignInDialog *ConsoleController::openSignIn(const QString &profileName, const QString &intro)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_context, m_window);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        // Application-modal and parented to the window, so it shows over any dialog that is
        // open (a form being edited) without closing or reparenting it.
        m_signIn->setWindowModality(Qt::ApplicationModal);
        connect(m_signIn, &SignInDialog::signedIn, this, [this](const models::AdminSession &) {
            showSession();
            m_window->showStatus(tr("Signed in."), kInfoTimeoutMs);
        });
    }
    if (!profileName.isEmpty())
        m_signIn->setProfileName(profileName);
    m_signIn->setIntro(intro);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
    return m_signIn;
}

ConnectionProfilesDialog *ConsoleController::openProfiles()
{
    if (!m_profiles) {
        m_profiles = new ConnectionProfilesDialog(m_context, m_window);
        m_profiles->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profiles->open();
    m_profiles->raise();
    return m_profiles;
}

ProfileEditorDialog *ConsoleController::openNewProfile()
{
    if (!m_newProfile) {
        m_newProfile = new ProfileEditorDialog(m_context->settings(), {}, m_window);
        m_newProfile->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_newProfile->open();
    return m_newProfile;
}

void ConsoleController::signOut()
{
    PlatformClient *client = m_context->client();
    if (!client || !client->isSignedIn())
        return;
    QPointer<ConsoleController> self(this);
    client->logout([self](const models::Status &done) {
        if (!self)
            return;
        self->showSession();
        if (!done)
            self->m_context->reportError(tr("Signing out"), done.error());
        else
            self->m_window->showStatus(tr("Signed out."), kInfoTimeoutMs);
    });
}

void ConsoleController::saveLayout()
{
    if (QSettings *settings = m_context->settings()) {
        m_window->saveLayout(*settings);
        settings->sync();
    }
}

} // namespace sphair::ui::shell
