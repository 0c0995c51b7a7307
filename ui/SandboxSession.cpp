#include "ui/SandboxSession.h"

#include "client/PlatformClient.h"
#include "client/SandboxLauncher.h"
#include "models/domain/AdminSession.h"

#include <QNetworkAccessManager>

namespace sphair::ui {

SandboxSession::SandboxSession(QObject *parent)
    : SandboxSession(nullptr, parent)
{ }

SandboxSession::SandboxSession(client::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_launcher(new client::SandboxLauncher(this))
    , m_client(client)
{
    if (!m_client) {
        m_network = new QNetworkAccessManager(this);
        client::PlatformClient::Options options;
        // The sandbox prints a fresh one-time password at every start: nothing to remember.
        options.rememberSessions = false;
        m_client = new client::PlatformClient(m_network, options, this);
    }
    connect(m_launcher, &client::SandboxLauncher::ready, this, &SandboxSession::signIn);
    connect(m_launcher, &client::SandboxLauncher::failed, this, &SandboxSession::failed);
}

SandboxSession::~SandboxSession() = default;

void SandboxSession::start(const QString &platformdPath, const QString &dir)
{
    emit progress(tr("Starting the sandbox platform…"));
    m_launcher->start(platformdPath, dir);
}

void SandboxSession::signIn(const client::SandboxInfo &info,
                            const client::ConnectionProfile &profile)
{
    emit progress(tr("Signing in to the sandbox at %1…").arg(info.url.toString()));
    m_client->setProfile(profile);
    m_client->login(info.username, info.oneTimePassword,
                    [this, profile](models::Result<models::AdminSession> session) {
                        if (!session) {
                            emit failed(session.error());
                            return;
                        }
                        emit connected(profile, session->username);
                    });
}

} // namespace sphair::ui
