#pragma once

#include "models/domain/Result.h"
#include "server/PlatformServer.h"
#include "server/ServerOptions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace sphair::server {

// Builds the platform that ServerOptions describe and does the one thing asked for: creates
// an admin account, or prepares the sandbox (or the self-signed certificate), opens the
// database and starts serving. sphair-platformd is this plus signal handling.
class ServerLauncher
{
    Q_DECLARE_TR_FUNCTIONS(sphair::server::ServerLauncher)
public:
    explicit ServerLauncher(ServerOptions options);
    ~ServerLauncher();
    ServerLauncher(const ServerLauncher &) = delete;
    ServerLauncher &operator=(const ServerLauncher &) = delete;

    // The one JSON line sphair-platformd prints. With --create-admin {"username", "password"}
    // (nothing is served). Otherwise, once the server listens, {"event": "ready", "url",
    // "pid"}, with "spki_sha256" for a self-signed or sandbox certificate and, for a sandbox,
    // "sandbox_dir", "username" and "one_time_password".
    models::Result<QJsonObject> run();
    // Stops serving; the destructor does the same.
    void stop();

    // The running platform after run(), else null.
    PlatformServer *server() const { return m_server.get(); }

private:
    // Reuses the certificate made on an earlier start, so clients keep their pin.
    models::Result<QString> prepareSelfSigned(ServerConfig &http) const;

    ServerOptions m_options;
    std::unique_ptr<PlatformServer> m_server;
};

} // namespace sphair::server
