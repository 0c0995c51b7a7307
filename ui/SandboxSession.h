#pragma once

#include "client/ConnectionProfile.h"
#include "models/domain/Result.h"

#include <QObject>

class QNetworkAccessManager;

namespace sphair::client {
class PlatformClient;
class SandboxLauncher;
struct SandboxInfo;
} // namespace sphair::client

namespace sphair::ui {

// `sphair-admin --sandbox`: starts the local sandbox platform as a child process, trusts its
// certificate by the pin it printed, replaces its one-time password with a random one kept
// nowhere (a one-time password opens nothing else), and signs in with that. The child stops
// with this object (and with the console).
class SandboxSession : public QObject
{
    Q_OBJECT
public:
    // Uses a client of its own (sessions not remembered: the sandbox's one-time password is
    // new at every start).
    explicit SandboxSession(QObject *parent = nullptr);
    // Signs `client` in instead (not owned; it must outlive this object), so that the
    // console's ConsoleContext and its pages use the sandbox's session.
    explicit SandboxSession(client::PlatformClient *client, QObject *parent = nullptr);
    ~SandboxSession() override;

    // `platformdPath` and `dir` may be empty for the defaults (next to the console, and the
    // user's data folder).
    void start(const QString &platformdPath = {}, const QString &dir = {});

    client::PlatformClient *client() const { return m_client; }

signals:
    void progress(const QString &message);
    void connected(const sphair::client::ConnectionProfile &profile, const QString &username);
    void failed(const sphair::models::Error &error);

private:
    void signIn(const client::SandboxInfo &info, const client::ConnectionProfile &profile);
    static QString randomPassword();

    QNetworkAccessManager *m_network = nullptr;
    client::SandboxLauncher *m_launcher = nullptr;
    client::PlatformClient *m_client = nullptr;
};

} // namespace sphair::ui
