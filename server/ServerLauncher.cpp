#include "server/ServerLauncher.h"

#include "models/domain/PlatformReadyLine.h"
#include "server/PlatformServer.h"
#include "server/Sandbox.h"
#include "server/http/TlsCertificate.h"

#include <QDir>
#include <QFileInfo>

namespace sphair::server {

namespace {

// The sandbox's superadmin: its one-time password is shown at every start.
const QString kSandboxAdmin = QStringLiteral("admin");

} // namespace

ServerLauncher::ServerLauncher(ServerOptions options)
    : m_options(std::move(options))
{ }

ServerLauncher::~ServerLauncher() = default;

models::Result<QString> ServerLauncher::prepareSelfSigned(ServerConfig &http) const
{
    const QString &dir = m_options.selfSignedDir;
    http.tlsCertificateFile = dir + QStringLiteral("/certificate.pem");
    http.tlsPrivateKeyFile = dir + QStringLiteral("/private-key.pem");
    if (QFileInfo::exists(http.tlsCertificateFile) && QFileInfo::exists(http.tlsPrivateKeyFile))
        return TlsCertificate::spkiPinOfFile(http.tlsCertificateFile);
    if (!QDir().mkpath(dir)) {
        return models::Error {QStringLiteral("tls_folder_unavailable"),
                              tr("Cannot create the folder %1.").arg(dir),
                              {{QStringLiteral("path"), dir}}};
    }
    return TlsCertificate::createSelfSigned(http.tlsCertificateFile, http.tlsPrivateKeyFile);
}

models::Result<QJsonObject> ServerLauncher::run()
{
    PlatformOptions platform = m_options.platform;
    std::optional<Sandbox::Files> sandbox;
    QString pin;
    if (!m_options.sandboxDir.isEmpty()) {
        auto files = Sandbox::prepare(m_options.sandboxDir);
        if (!files)
            return files.error();
        sandbox = files.value();
        platform.backend = PlatformOptions::Backend::Sqlite;
        platform.sqlitePath = sandbox->databasePath;
        platform.http.tlsCertificateFile = sandbox->certificatePath;
        platform.http.tlsPrivateKeyFile = sandbox->keyPath;
        pin = sandbox->pin;
    } else if (!m_options.selfSignedDir.isEmpty()) {
        auto made = prepareSelfSigned(platform.http);
        if (!made)
            return made.error();
        pin = made.value();
    }

    auto server = PlatformServer::create(platform);
    if (!server)
        return server.error();
    m_server = std::move(server).value();

    if (m_options.createAdmin) {
        const ServerOptions::AdminAccount &admin = *m_options.createAdmin;
        auto password = m_server->createAdmin(admin.username, admin.role);
        if (!password)
            return password.error();
        return QJsonObject {{QStringLiteral("username"), admin.username},
                            {QStringLiteral("password"), password.value()}};
    }

    QString oneTimePassword;
    if (sandbox) {
        if (auto seeded = Sandbox::seedDemoData(*m_server, *sandbox, m_options.sandboxPopulation);
            !seeded)
            return seeded.error();
        auto password =
            m_server->resetOneTimePassword(kSandboxAdmin, models::AdminRole::Superadmin);
        if (!password)
            return password.error();
        oneTimePassword = password.value();
    }

    if (auto started = m_server->start(); !started)
        return started.error();

    models::PlatformReadyLine ready;
    ready.url = m_server->baseUrl();
    ready.pid = QCoreApplication::applicationPid();
    ready.spkiSha256 = pin;
    if (sandbox) {
        ready.sandboxDir = sandbox->dir;
        ready.username = kSandboxAdmin;
        // Shown once so the console (or a person) can sign in; it must be changed then.
        ready.oneTimePassword = oneTimePassword;
    }
    return ready.toJson();
}

void ServerLauncher::stop()
{
    if (m_server)
        m_server->stop();
}

} // namespace sphair::server
