#include "server/http/HttpServer.h"

#include "server/http/ApiError.h"
#include "server/http/Logging.h"
#include "server/http/TlsCertificate.h"
#include "server/services/MetricsRegistry.h"
#include "server/services/ServerText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <thread>
#include <utility>

namespace sphair::server {

namespace {

// Per-request state shared by the pre-routing hook, the handler, the error handler and the
// logger. cpp-httplib runs all of them for one request on the same worker thread.
struct RequestContext
{
    QByteArray id;
    std::chrono::steady_clock::time_point start;
    QString route; // the matched pattern, empty before routing or when none matched
    MetricsRegistry *metrics = nullptr; // where the answer is counted (once), if anywhere
    QString method; // as a metrics label
};
thread_local RequestContext t_context;

// The method as a metrics label: one of the routed ones, never what a client made up.
QString methodLabel(const std::string &method)
{
    static const std::pair<const char *, QString> known[] = {
        {"GET", QStringLiteral("GET")},         {"HEAD", QStringLiteral("HEAD")},
        {"POST", QStringLiteral("POST")},       {"PUT", QStringLiteral("PUT")},
        {"PATCH", QStringLiteral("PATCH")},     {"DELETE", QStringLiteral("DELETE")},
        {"OPTIONS", QStringLiteral("OPTIONS")},
    };
    static const QString other = QStringLiteral("other");
    for (const auto &[name, label] : known) {
        if (method == name)
            return label;
    }
    return other;
}

QByteArray newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

const QByteArray &currentRequestId()
{
    if (t_context.id.isEmpty()) {
        t_context.id = newRequestId();
        t_context.start = std::chrono::steady_clock::now();
    }
    return t_context.id;
}

std::string toStd(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

bool isSafeHeaderText(const QByteArray &text)
{
    for (char c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

// Headers cpp-httplib adds to the request itself; never let a client's copy through.
bool isInternalHeader(const std::string &name)
{
    return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR"
        || name == "LOCAL_PORT";
}

// Starts counting the request in `metrics` (if not null): its answer is counted by
// writeResponse().
void countRequest(const std::atomic<MetricsRegistry *> &metrics, const httplib::Request &request)
{
    t_context.metrics = metrics.load(std::memory_order_relaxed);
    t_context.method = methodLabel(request.method);
}

// Counts the answer (method, route pattern, status class, time since the request's headers
// were read) and, for an error answer, its code, once per request and before it is sent.
void countAnswer(const Response &response)
{
    MetricsRegistry *metrics = std::exchange(t_context.metrics, nullptr);
    if (!metrics)
        return;
    currentRequestId(); // starts the clock of a request refused before routing
    metrics->recordRequest(t_context.method,
                           t_context.route.isEmpty() ? MetricsRegistry::kUnmatchedRoute
                                                     : t_context.route,
                           response.status, std::chrono::steady_clock::now() - t_context.start);
    if (response.status < 400 || response.body.isEmpty())
        return;
    const QString code =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toString();
    if (!code.isEmpty())
        metrics->recordError(code);
}

// Copies `response` into cpp-httplib's response and adds the headers every answer carries.
void writeResponse(const Response &response, httplib::Response &out)
{
    countAnswer(response);
    out.status = response.status;
    out.headers.clear();
    for (const auto &[name, value] : response.headers) {
        if (!isSafeHeaderText(name) || !isSafeHeaderText(value) || name.isEmpty()) {
            qCWarning(lcHttp).noquote() << currentRequestId() << "dropped a response header"
                                        << "with a line break or NUL in it";
            continue;
        }
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "content-type" || lower == "transfer-encoding")
            continue;
        out.headers.emplace(toStd(name), toStd(value));
    }
    if (!response.hasHeader("X-Request-Id"))
        out.headers.emplace("X-Request-Id", toStd(currentRequestId()));
    if (!response.hasHeader("Cache-Control"))
        out.headers.emplace("Cache-Control", "no-store");
    out.headers.emplace("X-Content-Type-Options", "nosniff");
    out.body.clear();
    if (!response.body.isEmpty() || !response.contentType.isEmpty()) {
        const QByteArray type = response.contentType.isEmpty()
            ? QByteArrayLiteral("application/octet-stream")
            : response.contentType;
        out.set_content(response.body.constData(), static_cast<std::size_t>(response.body.size()),
                        type.constData());
    }
}

Response refuseAndClose(const ApiError &error)
{
    Response response = error.toResponse();
    // The unread body stays on the socket; closing is the only safe way on.
    response.setHeader("Connection", "close");
    return response;
}

// The TLS 1.2 suites offered, strongest first: ECDHE key exchange and AES-GCM or
// ChaCha20-Poly1305 only; no CBC, no SHA-1 MAC, no static RSA.
const char *const kTls12Ciphers = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                  "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                  "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";

// How many body bytes beyond the limit are read and dropped before answering 413.
std::size_t drainLimit(std::size_t maxBody)
{
    return std::max<std::size_t>(std::size_t(32) * 1024 * 1024, 4 * maxBody);
}

Request toRequest(const httplib::Request &in, QByteArray body, const ClientAddress &clients)
{
    Request request;
    request.method = QByteArray::fromStdString(in.method);
    request.path = QString::fromStdString(in.path);
    const std::size_t question = in.target.find('?');
    if (question != std::string::npos) {
        request.query = Request::parseQuery(
            QByteArrayView(in.target.data() + question + 1,
                           static_cast<qsizetype>(in.target.size() - question - 1)));
    }
    request.headers.reserve(static_cast<qsizetype>(in.headers.size()));
    for (const auto &[name, value] : in.headers) {
        if (!isInternalHeader(name))
            request.headers.append(
                {QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value)});
    }
    request.body = std::move(body);
    QByteArrayList forwardedFor;
    if (clients.trustsAnyProxy()) {
        const std::size_t count = in.get_header_value_count("X-Forwarded-For");
        for (std::size_t i = 0; i < count; ++i)
            forwardedFor.append(
                QByteArray::fromStdString(in.get_header_value("X-Forwarded-For", i)));
    }
    request.remoteAddress = clients.resolve(QString::fromStdString(in.remote_addr), forwardedFor);
    request.remotePort = static_cast<quint16>(in.remote_port);
    request.requestId = currentRequestId();
    return request;
}

bool parseIpv4(const QByteArray &text, in_addr *out)
{
    return inet_pton(AF_INET, text.constData(), out) == 1;
}

bool parseIpv6(const QByteArray &text, in6_addr *out)
{
    return inet_pton(AF_INET6, text.constData(), out) == 1;
}

QString normalisedBindAddress(const QString &address)
{
    if (address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("127.0.0.1");
    return address;
}

} // namespace

struct HttpServer::Listener
{
    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    std::atomic<bool> finished {false};
    std::atomic<int> socket {-1};
    quint16 port = 0;
    bool tls = false;
    mutable std::mutex mutex; // guards server and thread
};

HttpServer::HttpServer(ServerConfig config)
    : m_config(std::move(config))
    , m_listener(std::make_unique<Listener>())
{ }

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::isLoopbackAddress(const QString &address)
{
    const QByteArray text = normalisedBindAddress(address).toLatin1();
    in_addr v4 {};
    if (parseIpv4(text, &v4))
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6 {};
    if (parseIpv6(text, &v6)) {
        if (IN6_IS_ADDR_LOOPBACK(&v6))
            return true;
        return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
    }
    return false;
}

models::Status HttpServer::start()
{
    Listener &l = *m_listener;
    std::lock_guard<std::mutex> lock(l.mutex);
    if (l.thread.joinable())
        return models::Status::failure(QStringLiteral("already_running"),
                                       tr("The server is already running."));

    const ServerConfig &c = m_config;
    if (c.threads < 1 || c.maxBodyBytes == 0 || c.readTimeout.count() < 1
        || c.writeTimeout.count() < 1 || c.keepAliveTimeout.count() < 0
        || c.keepAliveMaxRequests < 1 || c.listenBacklog < 1) {
        return models::Status::failure(
            QStringLiteral("invalid_config"),
            tr("The server settings are out of range: threads, body limit, timeouts, "
               "keep-alive and backlog must all be positive."));
    }

    auto trusted = ClientAddress::trusting(c.trustedProxies);
    if (!trusted)
        return trusted.error();
    m_clients = trusted.value();

    const QString address = normalisedBindAddress(c.bindAddress);
    in_addr v4 {};
    in6_addr v6 {};
    const QByteArray addressText = address.toLatin1();
    if (!parseIpv4(addressText, &v4) && !parseIpv6(addressText, &v6)) {
        return models::Status::failure(
            QStringLiteral("invalid_bind_address"),
            tr("The bind address “%1” is not an IP address.").arg(c.bindAddress),
            {{QStringLiteral("bind_address"), c.bindAddress}});
    }

    const bool haveCertificate = !c.tlsCertificateFile.isEmpty();
    const bool haveKey = !c.tlsPrivateKeyFile.isEmpty();
    if (haveCertificate != haveKey) {
        return models::Status::failure(
            QStringLiteral("tls_required"),
            tr("TLS needs both a certificate file and a private key file."));
    }
    if (!haveCertificate) {
        if (!c.allowPlainHttp) {
            return models::Status::failure(
                QStringLiteral("tls_required"),
                tr("No TLS certificate is configured. Give a certificate and key, create "
                   "a self-signed one, or ask for plain HTTP on a loopback address."));
        }
        if (!isLoopbackAddress(address)) {
            return models::Status::failure(
                QStringLiteral("plain_http_not_loopback"),
                tr("Plain HTTP is only served on a loopback address (127.0.0.1 or ::1), "
                   "not on “%1”. Configure a TLS certificate to listen there.")
                    .arg(c.bindAddress),
                {{QStringLiteral("bind_address"), c.bindAddress}});
        }
    }

    std::unique_ptr<httplib::Server> server;
    if (haveCertificate) {
        const QByteArray certificatePath = QFile::encodeName(c.tlsCertificateFile);
        const QByteArray keyPath = QFile::encodeName(c.tlsPrivateKeyFile);
        QString failure;
        ERR_clear_error();
        auto tlsServer = std::make_unique<httplib::SSLServer>([&](SSL_CTX &context) {
            SSL_CTX_set_min_proto_version(&context, TLS1_2_VERSION);
            SSL_CTX_set_options(&context,
                                SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION
                                    | SSL_OP_CIPHER_SERVER_PREFERENCE);
            // TLS 1.2 only with forward secrecy (ECDHE) and AEAD; every TLS 1.3 suite is both.
            if (SSL_CTX_set_cipher_list(&context, kTls12Ciphers) != 1) {
                failure = tr("The TLS cipher list is refused: %1")
                              .arg(TlsCertificate::takeOpenSslErrors());
                return false;
            }
            if (SSL_CTX_use_certificate_chain_file(&context, certificatePath.constData()) != 1) {
                failure = tr("Cannot load the TLS certificate “%1”: %2")
                              .arg(c.tlsCertificateFile, TlsCertificate::takeOpenSslErrors());
                return false;
            }
            if (SSL_CTX_use_PrivateKey_file(&context, keyPath.constData(), SSL_FILETYPE_PEM) != 1) {
                failure = tr("Cannot load the TLS private key “%1”: %2")
                              .arg(c.tlsPrivateKeyFile, TlsCertificate::takeOpenSslErrors());
                return false;
            }
            if (SSL_CTX_check_private_key(&context) != 1) {
                failure = tr("The TLS private key does not belong to the certificate: %1")
                              .arg(TlsCertificate::takeOpenSslErrors());
                return false;
            }
            return true;
        });
        if (!tlsServer->is_valid()) {
            if (failure.isEmpty())
                failure = tr("Cannot set up TLS: %1").arg(TlsCertificate::takeOpenSslErrors());
            return models::Status::failure(QStringLiteral("tls_setup_failed"), failure);
        }
        if (QFile::permissions(c.tlsPrivateKeyFile)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            qCWarning(lcHttp) << "The TLS private key file can be read by other users;"
                              << "it should be readable by its owner only.";
        }
        server = std::move(tlsServer);
    } else {
        server = std::make_unique<httplib::Server>();
    }

    const int threads = c.threads;
    server->new_task_queue = [threads] {
        return new httplib::ThreadPool(static_cast<std::size_t>(threads));
    };
    server->set_tcp_nodelay(true);
    server->set_payload_max_length(c.maxBodyBytes);
    server->set_read_timeout(static_cast<time_t>(c.readTimeout.count()));
    server->set_write_timeout(static_cast<time_t>(c.writeTimeout.count()));
    server->set_keep_alive_timeout(static_cast<time_t>(c.keepAliveTimeout.count()));
    server->set_keep_alive_max_count(static_cast<std::size_t>(c.keepAliveMaxRequests));
    // Replaces cpp-httplib's defaults, which include SO_REUSEPORT: with it a second server
    // could bind the same port silently. Also remembers the socket to raise its backlog.
    l.socket = -1;
    server->set_socket_options([&l](socket_t socket) {
        int on = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        l.socket = static_cast<int>(socket);
    });

    const std::size_t maxBody = c.maxBodyBytes;
    const std::atomic<MetricsRegistry *> *metrics = &m_metrics;
    server->set_pre_routing_handler([metrics](const httplib::Request &request,
                                              httplib::Response &response) {
        t_context.id = newRequestId();
        t_context.start = std::chrono::steady_clock::now();
        t_context.route.clear();
        countRequest(*metrics, request);
        const bool sendsBody =
            request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
        if (sendsBody && !request.has_header("Content-Length")
            && !request.has_header("Transfer-Encoding")) {
            // cpp-httplib would read such a body until the client closes or times out.
            writeResponse(
                refuseAndClose(ApiError(411, QStringLiteral("length_required"),
                                        tr("Send a Content-Length header (0 for an empty body)."))),
                response);
            return httplib::Server::HandlerResponse::Handled;
        }
        const std::string type = request.get_header_value("Content-Type");
        if (type.rfind("multipart/", 0) == 0
            || type.rfind("application/x-www-form-urlencoded", 0) == 0) {
            // Refused before cpp-httplib parses them into files and parameters.
            writeResponse(refuseAndClose(ApiError::unsupportedMediaType(
                              tr("Request bodies must be JSON (application/json)."))),
                          response);
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    const Router *router = &m_router;
    const ClientAddress *clients = &m_clients;
    const auto handler = [router, clients](const httplib::Request &in, httplib::Response &out) {
        writeResponse(router->dispatch(toRequest(in, {}, *clients), &t_context.route), out);
    };
    // Bodies are read here rather than by cpp-httplib, whose own limit covers neither chunked
    // nor compressed bodies: the limit applies to the decoded bytes, so 1 MiB of gzip never
    // inflates into a gigabyte.
    const auto bodyHandler = [router, clients, maxBody](const httplib::Request &in,
                                                        httplib::Response &out,
                                                        const httplib::ContentReader &reader) {
        QByteArray body;
        bool tooLarge = false;
        std::size_t received = 0;
        const bool complete = reader([&](const char *data, std::size_t length) {
            received += length;
            if (received > maxBody) {
                // Keeps reading (and dropping) a while, so the client is still listening
                // when the 413 comes; past the drain limit the connection is cut.
                tooLarge = true;
                body.clear();
                return received <= drainLimit(maxBody);
            }
            body.append(data, static_cast<qsizetype>(length));
            return true;
        });
        if (tooLarge) {
            writeResponse(refuseAndClose(ApiError::payloadTooLarge(static_cast<qint64>(maxBody))),
                          out);
            return;
        }
        if (!complete) {
            // A declared Content-Length above the limit was skipped by cpp-httplib (413, the
            // connection stays usable); anything else leaves unread bytes behind.
            if (out.status == 413) {
                writeResponse(ApiError::payloadTooLarge(static_cast<qint64>(maxBody)).toResponse(),
                              out);
            } else if (out.status == 415) {
                writeResponse(refuseAndClose(ApiError::unsupportedMediaType(
                                  tr("The body's Content-Encoding is not supported."))),
                              out);
            } else {
                writeResponse(
                    refuseAndClose(ApiError::badRequest(tr("The request body could not be read."))),
                    out);
            }
            return;
        }
        writeResponse(router->dispatch(toRequest(in, std::move(body), *clients), &t_context.route),
                      out);
    };
    const std::string everything = "[\\s\\S]*";
    server->Get(everything, handler);
    server->Options(everything, handler);
    server->Delete(everything, handler); // DELETE without a body
    server->Post(everything, bodyHandler);
    server->Put(everything, bodyHandler);
    server->Patch(everything, bodyHandler);
    server->Delete(everything, bodyHandler); // DELETE with Content-Length

    server->set_exception_handler([](const httplib::Request &request, httplib::Response &response,
                                     const std::exception_ptr &) {
        qCCritical(lcHttp).noquote()
            << currentRequestId() << "request to" << QString::fromStdString(request.path)
            << "failed with an exception";
        writeResponse(ApiError::internal(currentRequestId()).toResponse(), response);
    });

    server->set_error_handler(httplib::Server::HandlerWithResponse(
        [router, maxBody, metrics](const httplib::Request &request, httplib::Response &response) {
            if (!response.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            if (t_context.id.isEmpty()) // refused before the pre-routing handler
                countRequest(*metrics, request);
            const QString path = QString::fromStdString(request.path);
            std::optional<ApiError> error;
            switch (response.status) {
            case 400:
                if (request.method == "TRACE" || request.method == "CONNECT") {
                    // Parsed, but cpp-httplib does not route these methods.
                    const QStringList allowed = router->allowedMethods(path);
                    error = allowed.isEmpty() ? ApiError::routeNotFound(path)
                                              : ApiError::methodNotAllowed(allowed);
                } else {
                    error = ApiError::badRequest(tr("The request could not be parsed."));
                }
                break;
            case 404:
                error = ApiError::routeNotFound(path);
                break;
            case 408:
                error = ApiError(408, QStringLiteral("request_timeout"),
                                 tr("The request was not received in time."));
                break;
            case 413:
                error = ApiError::payloadTooLarge(static_cast<qint64>(maxBody));
                break;
            case 414:
                error = ApiError(414, QStringLiteral("uri_too_long"),
                                 tr("The request URI is too long."));
                break;
            case 416:
                error = ApiError(416, QStringLiteral("range_not_satisfiable"),
                                 tr("The requested range cannot be served."));
                break;
            case 431:
                error = ApiError(431, QStringLiteral("header_too_large"),
                                 tr("The request headers are too large."));
                break;
            default:
                if (response.status >= 500)
                    error = ApiError::internal(currentRequestId());
                else
                    error = ApiError(response.status, QStringLiteral("bad_request"),
                                     tr("The request was refused."));
                break;
            }
            writeResponse(error->toResponse(), response);
            return httplib::Server::HandlerResponse::Handled;
        }));

    server->set_logger([](const httplib::Request &request, const httplib::Response &response) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - t_context.start);
        // Path only: the query may carry search terms, and bodies are never logged.
        if (response.status >= 500) {
            qCWarning(lcHttp).noquote()
                << currentRequestId() << QString::fromStdString(request.method)
                << QString::fromStdString(request.path) << response.status
                << QString::fromStdString(request.remote_addr);
        } else {
            qCDebug(lcHttp).noquote()
                << currentRequestId() << QString::fromStdString(request.method)
                << QString::fromStdString(request.path) << response.status << response.body.size()
                << "bytes" << static_cast<double>(elapsed.count()) / 1000.0 << "ms"
                << QString::fromStdString(request.remote_addr);
        }
        t_context = RequestContext();
    });

    errno = 0;
    int port = c.port;
    if (c.port == 0) {
        port = server->bind_to_any_port(toStd(addressText));
    } else if (!server->bind_to_port(toStd(addressText), c.port)) {
        port = -1;
    }
    if (port <= 0) {
        const int error = errno;
        return models::Status::failure(QStringLiteral("bind_failed"),
                                       tr("Cannot listen on %1 port %2: %3")
                                           .arg(address)
                                           .arg(c.port)
                                           .arg(error != 0
                                                    ? QString::fromLocal8Bit(std::strerror(error))
                                                    : tr("the address is not available")),
                                       {{QStringLiteral("bind_address"), address},
                                        {QStringLiteral("port"), static_cast<int>(c.port)}});
    }
    // cpp-httplib 0.11 listens with a backlog of 5; a burst of clients would wait for SYN
    // retransmits. listen() on a listening socket only updates its backlog.
    if (l.socket >= 0)
        ::listen(l.socket, c.listenBacklog);

    l.port = static_cast<quint16>(port);
    l.tls = haveCertificate;
    l.finished = false;
    l.server = std::move(server);
    httplib::Server *running = l.server.get();
    l.thread = std::thread([running, &l] {
        running->listen_after_bind();
        l.finished = true;
    });
    qCInfo(lcHttp).noquote() << "listening on" << baseUrl() << "with" << c.threads << "threads";
    return models::Status::success();
}

bool HttpServer::waitUntilReady(std::chrono::milliseconds timeout) const
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        {
            std::lock_guard<std::mutex> lock(m_listener->mutex);
            if (!m_listener->server || m_listener->finished)
                return false;
            if (m_listener->server->is_running())
                return true;
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void HttpServer::stop()
{
    Listener &l = *m_listener;
    std::lock_guard<std::mutex> lock(l.mutex);
    if (!l.thread.joinable())
        return;
    // httplib::Server::stop() is a no-op until the accept loop runs; wait for it first.
    while (!l.server->is_running() && !l.finished)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    l.server->stop();
    l.thread.join();
    l.server.reset();
    qCInfo(lcHttp) << "stopped listening on port" << l.port;
}

bool HttpServer::isRunning() const
{
    std::lock_guard<std::mutex> lock(m_listener->mutex);
    return m_listener->server && m_listener->server->is_running();
}

quint16 HttpServer::port() const
{
    return m_listener->port;
}

bool HttpServer::isTls() const
{
    return m_listener->tls;
}

QString HttpServer::baseUrl() const
{
    QString host = normalisedBindAddress(m_config.bindAddress);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(m_listener->port);
}

} // namespace sphair::server
