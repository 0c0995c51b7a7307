// HttpServer over real TLS on loopback: a freshly generated self-signed certificate, real
// requests with cpp-httplib's SSLClient and a raw OpenSSL handshake for the pin.
#include "server/http/ApiError.h"
#include "server/http/HttpServer.h"
#include "server/http/JsonBody.h"
#include "server/http/TlsCertificate.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <zlib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace sphair::server;

namespace {

QJsonObject jsonOf(const httplib::Result &result)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
}

QString errorCode(const httplib::Result &result)
{
    return jsonOf(result).value(QStringLiteral("error")).toString();
}

// The SPKI pin computed independently of TlsCertificate: the peer's public key as DER
// (i2d_PUBKEY), SHA-256, base64.
QString pinOfPeer(quint16 port, QString *commonName, QByteArray *certificateDer)
{
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    BIO *bio = BIO_new_ssl_connect(context);
    const QByteArray target = "127.0.0.1:" + QByteArray::number(port);
    BIO_set_conn_hostname(bio, target.constData());
    QString pin;
    if (BIO_do_handshake(bio) == 1) {
        SSL *ssl = nullptr;
        BIO_get_ssl(bio, &ssl);
        X509 *peer = SSL_get1_peer_certificate(ssl);
        EVP_PKEY *key = X509_get0_pubkey(peer);
        unsigned char *der = nullptr;
        const int length = i2d_PUBKEY(key, &der);
        unsigned char digest[32];
        unsigned int digestLength = 0;
        EVP_Digest(der, static_cast<std::size_t>(length), digest, &digestLength, EVP_sha256(),
                   nullptr);
        pin =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 32).toBase64());
        char name[256] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, name, sizeof name);
        *commonName = QString::fromUtf8(name);
        unsigned char *certificate = nullptr;
        const int certificateLength = i2d_X509(peer, &certificate);
        *certificateDer =
            QByteArray(reinterpret_cast<const char *>(certificate), certificateLength);
        OPENSSL_free(certificate);
        OPENSSL_free(der);
        X509_free(peer);
    }
    BIO_free_all(bio);
    SSL_CTX_free(context);
    return pin;
}

// Whether a client offering only `ciphers` (TLS 1.2 names) and at most `maxVersion` completes a
// handshake. The client's own security level is 0, so only the server decides.
bool handshakes(quint16 port, int maxVersion, const char *ciphers)
{
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_security_level(context, 0);
    SSL_CTX_set_min_proto_version(context, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(context, maxVersion);
    bool done = SSL_CTX_set_cipher_list(context, ciphers) == 1;
    BIO *bio = BIO_new_ssl_connect(context);
    const QByteArray target = "127.0.0.1:" + QByteArray::number(port);
    BIO_set_conn_hostname(bio, target.constData());
    done = done && BIO_do_handshake(bio) == 1;
    BIO_free_all(bio);
    SSL_CTX_free(context);
    ERR_clear_error();
    return done;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void servesOverTlsWithThePinnedCertificate();
    void onlyModernCipherSuites_data();
    void onlyModernCipherSuites();
    void defaultHeaders();
    void bodyOverLimitIs413AndServerKeepsServing();
    void bodyAtLimitIsAccepted();
    void malformedJsonIs400();
    void wrongContentTypeIs415();
    void unknownRouteIs404();
    void wrongMethodIs405WithAllow();
    void headAndOptions();
    void pathParamsAndQuery();
    void throwingHandlerIs500AndServerKeepsServing();
    void chunkedAndCompressedBodiesAreLimited();
    void concurrentClients();

    void plainHttpRefusedOffLoopback();
    void plainHttpOnLoopbackWhenAsked();
    void tlsRequiredByDefault();
    void brokenCertificateIsAClearError();
    void portInUseIsAClearError();
    void stopFromAnotherThread();

private:
    std::unique_ptr<httplib::SSLClient> client() const;

    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;
    QString m_pin;
    std::unique_ptr<HttpServer> m_server;
};

std::unique_ptr<httplib::SSLClient> TestHttpServer::client() const
{
    auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", m_server->port());
    client->set_ca_cert_path(m_certificate.toStdString().c_str());
    client->enable_server_certificate_verification(true);
    client->set_connection_timeout(5);
    client->set_read_timeout(10);
    return client;
}

void TestHttpServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificate = m_dir.filePath(QStringLiteral("server.crt"));
    m_key = m_dir.filePath(QStringLiteral("server.key"));
    const auto pin = TlsCertificate::createSelfSigned(m_certificate, m_key);
    QVERIFY2(pin.ok(), qPrintable(pin.error().message));
    m_pin = pin.value();

    ServerConfig config;
    config.bindAddress = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.threads = 8;
    config.tlsCertificateFile = m_certificate;
    config.tlsPrivateKeyFile = m_key;
    m_server = std::make_unique<HttpServer>(config);

    Router &router = m_server->router();
    router.get(QStringLiteral("/healthz"), [](const Request &) {
        return Response::json({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    router.post(QStringLiteral("/echo"), [](const Request &request) {
        const auto body = JsonBody::parseObject(request);
        if (!body)
            return ApiError::fromError(body.error()).toResponse();
        return Response::json(body.value());
    });
    router.post(QStringLiteral("/size"), [](const Request &request) {
        return Response::json({{QStringLiteral("size"), request.body.size()}});
    });
    router.get(QStringLiteral("/boom"), [](const Request &) -> Response {
        throw std::runtime_error("handler failed on purpose");
    });
    router.get(QStringLiteral("/items/{id}"), [](const Request &request) {
        return Response::json(
            {{QStringLiteral("id"), request.pathParam(QStringLiteral("id"))},
             {QStringLiteral("route"), request.route},
             {QStringLiteral("q"), request.queryValue(QStringLiteral("q")).value_or(QString())}});
    });
    router.put(QStringLiteral("/items/{id}"), [](const Request &) { return Response::empty(); });

    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QVERIFY(m_server->port() != 0);
    QVERIFY(m_server->isTls());
    QVERIFY(m_server->waitUntilReady());
    QCOMPARE(m_server->baseUrl(), QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()));
}

void TestHttpServer::cleanupTestCase()
{
    m_server->stop();
    QVERIFY(!m_server->isRunning());
}

void TestHttpServer::onlyModernCipherSuites_data()
{
    QTest::addColumn<int>("maxVersion");
    QTest::addColumn<QByteArray>("ciphers");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("TLS 1.3") << int(TLS1_3_VERSION) << QByteArray("ALL") << true;
    QTest::newRow("TLS 1.2, ECDHE with AES-GCM")
        << int(TLS1_2_VERSION) << QByteArray("ECDHE-ECDSA-AES128-GCM-SHA256") << true;
    QTest::newRow("TLS 1.2, ECDHE with ChaCha20-Poly1305")
        << int(TLS1_2_VERSION) << QByteArray("ECDHE-ECDSA-CHACHA20-POLY1305") << true;
    QTest::newRow("TLS 1.2, CBC with SHA-1")
        << int(TLS1_2_VERSION) << QByteArray("ECDHE-ECDSA-AES128-SHA") << false;
    QTest::newRow("TLS 1.2, CBC with SHA-256")
        << int(TLS1_2_VERSION) << QByteArray("ECDHE-ECDSA-AES128-SHA256") << false;
    QTest::newRow("TLS 1.2, no forward secrecy")
        << int(TLS1_2_VERSION) << QByteArray("AES128-GCM-SHA256:AES256-SHA") << false;
    QTest::newRow("TLS 1.1") << int(TLS1_1_VERSION) << QByteArray("ALL") << false;
}

void TestHttpServer::onlyModernCipherSuites()
{
    QFETCH(int, maxVersion);
    QFETCH(QByteArray, ciphers);
    QFETCH(bool, accepted);
    QCOMPARE(handshakes(m_server->port(), maxVersion, ciphers.constData()), accepted);
}

void TestHttpServer::servesOverTlsWithThePinnedCertificate()
{
    auto cli = client();
    const auto result = cli->Get("/healthz");
    QVERIFY2(result, httplib::to_string(result.error()).c_str());
    QCOMPARE(result->status, 200);
    QCOMPARE(jsonOf(result).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    QString commonName;
    QByteArray der;
    const QString peerPin = pinOfPeer(m_server->port(), &commonName, &der);
    QVERIFY(!peerPin.isEmpty());
    QCOMPARE(peerPin, m_pin);
    QCOMPARE(TlsCertificate::spkiPinOfDer(der).value(), m_pin);
    QCOMPARE(commonName, QStringLiteral("localhost"));
    QCOMPARE(TlsCertificate::spkiPinOfFile(m_certificate).value(), m_pin);
}

void TestHttpServer::defaultHeaders()
{
    auto cli = client();
    const auto result = cli->Get("/healthz");
    QVERIFY(result);
    QCOMPARE(result->get_header_value("Content-Type"), std::string("application/json"));
    QCOMPARE(result->get_header_value("Cache-Control"), std::string("no-store"));
    QCOMPARE(result->get_header_value("X-Content-Type-Options"), std::string("nosniff"));
    QCOMPARE(result->get_header_value("X-Request-Id").size(), std::size_t(16));
}

void TestHttpServer::bodyOverLimitIs413AndServerKeepsServing()
{
    auto cli = client();
    cli->set_keep_alive(true);
    const std::string body(1024 * 1024 + 1, 'x');
    const auto result = cli->Post("/echo", body, "application/json");
    QVERIFY(result);
    QCOMPARE(result->status, 413);
    QCOMPARE(errorCode(result), QStringLiteral("payload_too_large"));
    QCOMPARE(jsonOf(result)
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("max_bytes"))
                 .toInteger(),
             1024 * 1024);

    const auto after = cli->Get("/healthz");
    QVERIFY(after);
    QCOMPARE(after->status, 200);
}

void TestHttpServer::bodyAtLimitIsAccepted()
{
    auto cli = client();
    const std::string body(std::size_t(1024) * 1024, 'x');
    const auto result = cli->Post("/size", body, "application/octet-stream");
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    QCOMPARE(jsonOf(result).value(QStringLiteral("size")).toInteger(), 1024 * 1024);
}

void TestHttpServer::malformedJsonIs400()
{
    auto cli = client();
    for (const char *body : {R"({"name": )", "[1,2]", R"({"a":1,"a":2})", "", R"({"a":1} x)"}) {
        const auto result = cli->Post("/echo", body, "application/json");
        QVERIFY(result);
        QCOMPARE(result->status, 400);
        QCOMPARE(errorCode(result), QStringLiteral("malformed_json"));
    }
    const auto good = cli->Post("/echo", R"({"name":"Acme"})", "application/json; charset=utf-8");
    QVERIFY(good);
    QCOMPARE(good->status, 200);
    QCOMPARE(jsonOf(good).value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
}

void TestHttpServer::wrongContentTypeIs415()
{
    auto cli = client();
    const auto text = cli->Post("/echo", "{}", "text/plain");
    QVERIFY(text);
    QCOMPARE(text->status, 415);
    QCOMPARE(errorCode(text), QStringLiteral("unsupported_media_type"));

    // Form bodies are refused before cpp-httplib parses them.
    const auto form = cli->Post("/echo", "a=1&b=2", "application/x-www-form-urlencoded");
    QVERIFY(form);
    QCOMPARE(form->status, 415);
    QCOMPARE(errorCode(form), QStringLiteral("unsupported_media_type"));
}

void TestHttpServer::unknownRouteIs404()
{
    auto cli = client();
    const auto result = cli->Get("/admin/nothing-here");
    QVERIFY(result);
    QCOMPARE(result->status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("not_found"));
    QCOMPARE(jsonOf(result).value(QStringLiteral("message")).toString().isEmpty(), false);
}

void TestHttpServer::wrongMethodIs405WithAllow()
{
    auto cli = client();
    const auto result = cli->Delete("/healthz");
    QVERIFY(result);
    QCOMPARE(result->status, 405);
    QCOMPARE(errorCode(result), QStringLiteral("method_not_allowed"));
    QCOMPARE(result->get_header_value("Allow"), std::string("GET, HEAD, OPTIONS"));

    const auto patch = cli->Patch("/items/1", "{}", "application/json");
    QVERIFY(patch);
    QCOMPARE(patch->status, 405);
    QCOMPARE(patch->get_header_value("Allow"), std::string("GET, HEAD, PUT, OPTIONS"));
}

void TestHttpServer::headAndOptions()
{
    auto cli = client();
    const auto head = cli->Head("/healthz");
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->body.empty());

    const auto options = cli->Options("/items/7");
    QVERIFY(options);
    QCOMPARE(options->status, 204);
    QCOMPARE(options->get_header_value("Allow"), std::string("GET, HEAD, PUT, OPTIONS"));
}

void TestHttpServer::pathParamsAndQuery()
{
    auto cli = client();
    const auto result = cli->Get("/items/abc%20def?q=caf%C3%A9&other=1");
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    const QJsonObject json = jsonOf(result);
    QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("abc def"));
    QCOMPARE(json.value(QStringLiteral("route")).toString(), QStringLiteral("/items/{id}"));
    QCOMPARE(json.value(QStringLiteral("q")).toString(), QStringLiteral("caf\u00e9"));
}

void TestHttpServer::throwingHandlerIs500AndServerKeepsServing()
{
    auto cli = client();
    cli->set_keep_alive(true);
    const auto result = cli->Get("/boom");
    QVERIFY(result);
    QCOMPARE(result->status, 500);
    QCOMPARE(errorCode(result), QStringLiteral("internal_error"));
    const QString requestId = jsonOf(result)
                                  .value(QStringLiteral("details"))
                                  .toObject()
                                  .value(QStringLiteral("request_id"))
                                  .toString();
    QCOMPARE(requestId.toStdString(), result->get_header_value("X-Request-Id"));
    // Nothing of the exception's text reaches the client.
    QVERIFY(!QByteArray::fromStdString(result->body).contains("on purpose"));

    const auto after = cli->Get("/healthz");
    QVERIFY(after);
    QCOMPARE(after->status, 200);
}

void TestHttpServer::chunkedAndCompressedBodiesAreLimited()
{
    // A small chunked body is read like any other.
    auto cli = client();
    bool sent = false;
    const auto chunked = cli->Post(
        "/echo",
        [&sent](std::size_t, httplib::DataSink &sink) {
            if (!sent) {
                sink.write("{\"a\":1}", 7);
                sent = true;
            } else {
                sink.done();
            }
            return true;
        },
        "application/json");
    QVERIFY(chunked);
    QCOMPARE(chunked->status, 200);
    QCOMPARE(jsonOf(chunked).value(QStringLiteral("a")).toInt(), 1);

    // A chunked body over the limit: 413 (cpp-httplib itself would take it whole).
    auto big = client();
    std::size_t written = 0;
    const auto tooBig = big->Post(
        "/echo",
        [&written](std::size_t, httplib::DataSink &sink) {
            if (written < std::size_t(3) * 1024 * 1024) {
                const std::string chunk(std::size_t(64) * 1024, ' ');
                sink.write(chunk.data(), chunk.size());
                written += chunk.size();
            } else {
                sink.done();
            }
            return true;
        },
        "application/json");
    QVERIFY(tooBig);
    QCOMPARE(tooBig->status, 413);
    QCOMPARE(errorCode(tooBig), QStringLiteral("payload_too_large"));

    // 50 KiB of gzip that inflates to 50 MiB: the limit applies to the inflated bytes.
    const std::string zeros(std::size_t(50) * 1024 * 1024, '0');
    std::string packed(compressBound(static_cast<uLong>(zeros.size())), '\0');
    z_stream stream {};
    QCOMPARE(deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.data()));
    stream.avail_in = static_cast<uInt>(zeros.size());
    stream.next_out = reinterpret_cast<Bytef *>(packed.data());
    stream.avail_out = static_cast<uInt>(packed.size());
    QCOMPARE(deflate(&stream, Z_FINISH), Z_STREAM_END);
    packed.resize(stream.total_out);
    deflateEnd(&stream);
    QVERIFY(packed.size() < std::size_t(1024) * 1024);
    auto bomb = client();
    const auto inflated =
        bomb->Post("/size", {{"Content-Encoding", "gzip"}}, packed, "application/octet-stream");
    QVERIFY(inflated);
    QCOMPARE(inflated->status, 413);

    auto after = client();
    const auto healthy = after->Get("/healthz");
    QVERIFY(healthy);
    QCOMPARE(healthy->status, 200);
}

void TestHttpServer::concurrentClients()
{
    std::atomic<int> ok {0};
    std::vector<std::thread> threads;
    threads.reserve(16);
    const quint16 port = m_server->port();
    const std::string ca = m_certificate.toStdString();
    for (int t = 0; t < 16; ++t) {
        threads.emplace_back([&ok, port, ca] {
            httplib::SSLClient cli("127.0.0.1", port);
            cli.set_ca_cert_path(ca.c_str());
            cli.enable_server_certificate_verification(true);
            for (int i = 0; i < 10; ++i) {
                const auto result = cli.Post("/echo", "{\"n\":1}", "application/json");
                if (result && result->status == 200)
                    ++ok;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(ok.load(), 160);
}

void TestHttpServer::plainHttpRefusedOffLoopback()
{
    for (const QString &address :
         {QStringLiteral("0.0.0.0"), QStringLiteral("::"), QStringLiteral("192.168.1.10")}) {
        ServerConfig config;
        config.bindAddress = address;
        config.allowPlainHttp = true;
        HttpServer server(config);
        const auto started = server.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("plain_http_not_loopback"));
        QVERIFY(started.error().message.contains(address));
        QVERIFY(!server.isRunning());
    }
    QVERIFY(HttpServer::isLoopbackAddress(QStringLiteral("127.0.0.1")));
    QVERIFY(HttpServer::isLoopbackAddress(QStringLiteral("127.8.9.10")));
    QVERIFY(HttpServer::isLoopbackAddress(QStringLiteral("::1")));
    QVERIFY(HttpServer::isLoopbackAddress(QStringLiteral("::ffff:127.0.0.1")));
    QVERIFY(HttpServer::isLoopbackAddress(QStringLiteral("localhost")));
    QVERIFY(!HttpServer::isLoopbackAddress(QStringLiteral("0.0.0.0")));
    QVERIFY(!HttpServer::isLoopbackAddress(QStringLiteral("128.0.0.1")));
    QVERIFY(!HttpServer::isLoopbackAddress(QStringLiteral("example.com")));
}

void TestHttpServer::plainHttpOnLoopbackWhenAsked()
{
    ServerConfig config;
    config.bindAddress = QStringLiteral("127.0.0.1");
    config.allowPlainHttp = true;
    config.threads = 2;
    HttpServer server(config);
    server.router().get(QStringLiteral("/healthz"), [](const Request &) {
        return Response::json({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    const auto started = server.start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QVERIFY(!server.isTls());
    QVERIFY(server.waitUntilReady());
    httplib::Client cli("127.0.0.1", server.port());
    const auto result = cli.Get("/healthz");
    QVERIFY(result);
    QCOMPARE(result->status, 200);

    // A POST without Content-Length is answered at once, not after the read timeout.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(server.port());
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const QByteArray request = "POST /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";
    QCOMPARE(::write(fd, request.constData(), static_cast<std::size_t>(request.size())),
             static_cast<ssize_t>(request.size()));
    QElapsedTimer timer;
    timer.start();
    QByteArray answer;
    char buffer[4096];
    ssize_t received = 0;
    timeval timeout {3, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    while (!answer.contains("length_required")
           && (received = ::read(fd, buffer, sizeof buffer)) > 0)
        answer.append(buffer, received);
    ::close(fd);
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    QVERIFY(answer.contains("length_required"));
    QVERIFY(timer.elapsed() < 2000);
    server.stop();
}

void TestHttpServer::tlsRequiredByDefault()
{
    ServerConfig config;
    HttpServer server(config);
    const auto started = server.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, QStringLiteral("tls_required"));

    ServerConfig onlyCertificate;
    onlyCertificate.tlsCertificateFile = m_certificate;
    HttpServer half(onlyCertificate);
    QCOMPARE(half.start().error().code, QStringLiteral("tls_required"));

    ServerConfig badAddress;
    badAddress.bindAddress = QStringLiteral("not an address");
    badAddress.allowPlainHttp = true;
    HttpServer bad(badAddress);
    QCOMPARE(bad.start().error().code, QStringLiteral("invalid_bind_address"));
}

void TestHttpServer::brokenCertificateIsAClearError()
{
    const QString other = m_dir.filePath(QStringLiteral("other.crt"));
    const QString otherKey = m_dir.filePath(QStringLiteral("other.key"));
    QVERIFY(TlsCertificate::createSelfSigned(other, otherKey).ok());

    ServerConfig mismatched;
    mismatched.tlsCertificateFile = m_certificate;
    mismatched.tlsPrivateKeyFile = otherKey;
    HttpServer server(mismatched);
    const auto started = server.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, QStringLiteral("tls_setup_failed"));

    ServerConfig missing;
    missing.tlsCertificateFile = m_dir.filePath(QStringLiteral("missing.crt"));
    missing.tlsPrivateKeyFile = m_key;
    HttpServer absent(missing);
    const auto absentStarted = absent.start();
    QCOMPARE(absentStarted.error().code, QStringLiteral("tls_setup_failed"));
    QVERIFY(absentStarted.error().message.contains(QStringLiteral("missing.crt")));
}

void TestHttpServer::portInUseIsAClearError()
{
    ServerConfig config;
    config.port = m_server->port();
    config.tlsCertificateFile = m_certificate;
    config.tlsPrivateKeyFile = m_key;
    HttpServer second(config);
    const auto started = second.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, QStringLiteral("bind_failed"));
}

void TestHttpServer::stopFromAnotherThread()
{
    ServerConfig config;
    config.tlsCertificateFile = m_certificate;
    config.tlsPrivateKeyFile = m_key;
    config.threads = 2;
    HttpServer server(config);
    QVERIFY(server.start().ok());
    QCOMPARE(server.start().error().code, QStringLiteral("already_running"));
    QVERIFY(server.waitUntilReady());
    QVERIFY(server.isRunning());
    std::thread stopper([&server] { server.stop(); });
    stopper.join();
    QVERIFY(!server.isRunning());
    QVERIFY(!server.waitUntilReady(std::chrono::milliseconds(10)));
    server.stop(); // idempotent

    // It can start again afterwards.
    QVERIFY(server.start().ok());
    QVERIFY(server.waitUntilReady());
    server.stop();
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
