#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstddef>

namespace sphair::server {

// Run-time settings of the HTTP listener: where it binds, how many worker threads it runs,
// how much it accepts and how long it waits, and which TLS certificate it presents.
struct ServerConfig
{
    // An IP literal ("127.0.0.1", "::1", "0.0.0.0") or "localhost" (taken as 127.0.0.1).
    QString bindAddress = QStringLiteral("127.0.0.1");
    // 0 picks a free port; HttpServer::port() reports the one chosen.
    quint16 port = 0;
    // Worker threads. cpp-httplib keeps one worker per open keep-alive connection, so this
    // is also the number of clients served at the same time.
    int threads = 16;
    // Largest accepted request body; above it the answer is 413 payload_too_large.
    std::size_t maxBodyBytes = std::size_t(1024) * 1024;
    std::chrono::seconds readTimeout {10};
    std::chrono::seconds writeTimeout {10};
    std::chrono::seconds keepAliveTimeout {5};
    int keepAliveMaxRequests = 100;
    // Pending connections the kernel queues before the server accepts them.
    int listenBacklog = 256;

    // PEM files; both are required unless allowPlainHttp is set.
    QString tlsCertificateFile;
    QString tlsPrivateKeyFile;
    // Serve plain HTTP. Honoured only when no certificate is configured and the bind address
    // is a loopback address; HttpServer::start() refuses any other combination.
    bool allowPlainHttp = false;

    // Load balancers and reverse proxies (addresses or subnets) whose X-Forwarded-For is
    // believed; see ClientAddress. Empty: every request is from its connection's address.
    QStringList trustedProxies;
};

} // namespace sphair::server
