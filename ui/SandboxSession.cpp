#include "ui/SandboxSession.h"

#include "client/PlatformClient.h"
#include "client/SandboxLauncher.h"
#include "models/domain/AdminSession.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace sphair::ui {

SandboxSession::SandboxSession(QObject *parent)
    : SandboxSession(nullptr, parent)
{ }

SandboxSession::SandboxSession(client::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_launcher(new client::SandboxLauncher(this))
    , m_client(client)
{
    if (!m_client) {
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
    // A one-time password opens nothing but its own change, so it is changed on a client of
    // its own: the console's client (and every page that listens to it) only ever sees the
    // session of the changed password. The sandbox prints a new one-time password at every
    // start, so the replacement is random and kept nowhere but in memory for a moment.
    client::PlatformClient::Options options;
    options.rememberSessions = false;
    auto *oneTime = new client::PlatformClient(m_network, options, this);
    oneTime->setProfile(profile);
    const QString replacement = randomPassword();
    const auto finish = [this, oneTime, profile](const QString &username, const QString &password) {
        // The one-time client's own session is of no further use.
        oneTime->logout([oneTime](const models::Status &) { oneTime->deleteLater(); });
        m_client->setProfile(profile);
        m_client->login(username, password,
                        [this, profile](models::Result<models::AdminSession> session) {
                            if (!session) {
                                emit failed(session.error());
                                return;
                            }
                            emit connected(profile, session->username);
                        });
    };
    oneTime->login(
        info.username, info.oneTimePassword,
        [this, oneTime, finish, replacement, info](models::Result<models::AdminSession> session) {
            if (!session) {
                oneTime->deleteLater();
                emit failed(session.error());
                return;
            }
            if (!session->mustChangePassword) {
                finish(info.username, info.oneTimePassword);
                return;
            }
            oneTime->changePassword(info.oneTimePassword, replacement,
                                    [this, oneTime, finish, replacement,
                                     username = session->username](const models::Status &changed) {
                                        if (!changed) {
                                            oneTime->deleteLater();
                                            emit failed(changed.error());
                                            return;
                                        }
                                        finish(username, replacement);
                                    });
        });
}

QString SandboxSession::randomPassword()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sphair::ui
