#pragma once

#include "models/domain/Result.h"
#include "server/http/ClientAddress.h"
#include "server/http/Router.h"
#include "server/http/ServerConfig.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

namespace sphair::server {

class MetricsRegistry;

// The platform's HTTP(S) listener: cpp-httplib configured from a ServerConfig (TLS, thread
// pool, body limit, timeouts, TCP_NODELAY), serving the routes of its Router on a thread of
// its own. The body limit applies to the decoded body (also chunked or compressed ones).
// What it refuses before routing (too large, no Content-Length, form data) and errors
// cpp-httplib raises itself get the same JSON errors as routes use.
// Register routes, then start(); stop() may be called from any thread.
class HttpServer
{
public:
    explicit HttpServer(ServerConfig config);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    Router &router() { return m_router; }
    // Counts every answered request in `metrics` (method, matched route pattern or
    // MetricsRegistry::kUnmatchedRoute, status class, time since its headers were read) and
    // the code of every error answer, refusals before routing included; null counts nothing.
    // May be switched while the server runs.
    void setMetrics(MetricsRegistry *metrics) { m_metrics.store(metrics); }
    const ServerConfig &config() const { return m_config; }

    // Checks the configuration, loads the certificate, binds the socket and starts serving
    // on a background thread. Returns once the port is bound (connections queue from then
    // on). Fails with a clear message: tls_required, plain_http_not_loopback,
    // invalid_bind_address, invalid_config, tls_setup_failed, bind_failed, already_running.
    models::Status start();
    // Waits until the accept loop runs; false on timeout or if the server is not started.
    bool waitUntilReady(std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;
    // Stops accepting, lets open requests finish, joins the thread. Idempotent. cpp-httplib
    // 0.11 ends an idle keep-alive connection only when its keepAliveTimeout runs out, so
    // stopping may take that long while clients hold connections open.
    void stop();

    bool isRunning() const;
    // The bound port (the chosen one when the configured port is 0); 0 before start().
    quint16 port() const;
    bool isTls() const;
    // "https://127.0.0.1:8443" (IPv6 literals in brackets).
    QString baseUrl() const;

    // True for 127.0.0.0/8, ::1, ::ffff:127.x.y.z and "localhost".
    static bool isLoopbackAddress(const QString &address);

private:
    struct Listener;

    ServerConfig m_config;
    ClientAddress m_clients; // from m_config.trustedProxies, set by start()
    Router m_router;
    std::atomic<MetricsRegistry *> m_metrics {nullptr};
    std::unique_ptr<Listener> m_listener;
};

} // namespace sphair::server
