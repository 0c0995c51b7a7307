#include "tests/support/PlatformFixture.h"

#include "server/http/TlsCertificate.h"
#include "server/store/AdminAccounts.h"
#include "server/store/TxScope.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QUrl>

namespace sphair::tests {

using server::PlatformOptions;
using server::PlatformServer;

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ApiReply::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QByteArray ApiReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiClient::ApiClient(QString baseUrl, QString caFile, QByteArray token)
    : m_baseUrl(std::move(baseUrl))
    , m_caFile(std::move(caFile))
    , m_token(std::move(token))
{ }

ApiReply ApiClient::get(const QString &path, const Headers &headers) const
{
    return raw("GET", path, {}, {}, headers);
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body, const Headers &headers) const
{
    return raw("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
               headers);
}

ApiReply ApiClient::put(const QString &path, const QJsonObject &body, const Headers &headers) const
{
    return raw("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
               headers);
}

ApiReply ApiClient::patch(const QString &path, const QJsonObject &body,
                          const Headers &headers) const
{
    return raw("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
               "application/json", headers);
}

ApiReply ApiClient::del(const QString &path, const Headers &headers) const
{
    return raw("DELETE", path, {}, {}, headers);
}

ApiReply ApiClient::raw(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &contentType, const Headers &headers) const
{
    const QUrl url(m_baseUrl);
    httplib::SSLClient client(url.host().toStdString(), url.port());
    client.set_ca_cert_path(m_caFile.toStdString().c_str());
    client.enable_server_certificate_verification(true);
    client.set_connection_timeout(10);
    client.set_read_timeout(60);
    client.set_write_timeout(60);

    httplib::Request request;
    request.method = method.toStdString();
    request.path = QUrl::toPercentEncoding(path, "/?&=%:@!$'()*+,;~").toStdString();
    for (const auto &[name, value] : headers)
        request.headers.emplace(name.toStdString(), value.toStdString());
    if (!m_token.isEmpty() && !request.has_header("Authorization"))
        request.headers.emplace("Authorization", "Bearer " + m_token.toStdString());
    if (!contentType.isEmpty())
        request.headers.emplace("Content-Type", contentType.toStdString());
    // Always send a length, as every real client does for these methods.
    request.body = body.toStdString();
    if (method != "GET" && method != "HEAD" && !request.has_header("Content-Length"))
        request.headers.emplace("Content-Length", std::to_string(body.size()));

    ApiReply reply;
    httplib::Response response;
    httplib::Error error = httplib::Error::Success;
    if (!client.send(request, response, error))
        return reply;
    reply.status = response.status;
    reply.body = QByteArray::fromStdString(response.body);
    for (const auto &[name, value] : response.headers)
        reply.headers.append({QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
    return reply;
}

PlatformFixture::Backend PlatformFixture::backendFromEnvironment()
{
    return qgetenv("SPHAIR_TEST_BACKEND") == "postgres" ? Backend::Postgres : Backend::Sqlite;
}

QString PlatformFixture::backendName()
{
    return backendFromEnvironment() == Backend::Postgres ? QStringLiteral("postgres")
                                                         : QStringLiteral("sqlite");
}

PlatformFixture::PlatformFixture() = default;

PlatformFixture::~PlatformFixture()
{
    stop();
}

models::Status PlatformFixture::start(Backend backend, int threads, const Configure &configure)
{
    if (!m_dir.isValid())
        return models::Status::failure(QStringLiteral("no_temp_dir"),
                                       QStringLiteral("cannot create a temporary folder"));
    m_certificate = m_dir.filePath(QStringLiteral("certificate.pem"));
    const QString key = m_dir.filePath(QStringLiteral("private-key.pem"));
    auto pin = server::TlsCertificate::createSelfSigned(m_certificate, key);
    if (!pin)
        return pin.error();
    m_pin = pin.value();

    PlatformOptions options;
    options.http.bindAddress = QStringLiteral("127.0.0.1");
    options.http.port = 0;
    options.http.threads = threads;
    options.http.tlsCertificateFile = m_certificate;
    options.http.tlsPrivateKeyFile = key;
    options.passwordLimits = server::PasswordHasher::Limits::forTests();
    options.loginBurst = 1000;
    // Tests drive the per-minute metrics history themselves (MetricsHistory::tick()), with
    // their own clock; no thread reads the clock behind their back.
    options.metrics.historyInterval = {};
    options.notices.interval = {}; // tests drive NoticeWorker::tick() themselves
    if (backend == Backend::Postgres) {
        if (qEnvironmentVariableIsEmpty("PGHOST")) {
            return models::Status::failure(
                QStringLiteral("postgres_missing"),
                QStringLiteral("PGHOST is not set: run this test under pg_virtualenv "
                               "(tests/support/with-postgres.sh, Debian package "
                               "postgresql-common), e.g. via ctest -L postgres"));
        }
        auto roles = server::PostgresRoles::create(QString());
        if (!roles)
            return roles.error();
        m_postgres = roles.value();
        options.backend = PlatformOptions::Backend::Postgres;
        options.postgres = roles->options(options.http.threads);
    } else {
        options.sqlitePath = m_dir.filePath(QStringLiteral("platform.db"));
    }
    if (configure)
        configure(options);
    m_options = options;
    auto created = PlatformServer::create(options);
    if (!created)
        return created.error();
    m_server = std::move(created).value();
    if (auto started = m_server->start(); !started)
        return started;
    m_baseUrl = m_server->baseUrl();
    auto root = signIn(QStringLiteral("root"), models::AdminRole::Superadmin);
    if (!root)
        return root.error();
    m_admin = std::make_unique<ApiClient>(root.value());
    return models::Status::success();
}

void PlatformFixture::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    if (m_postgres) {
        const auto dropped = server::PostgresRoles::drop(QString(), *m_postgres);
        if (!dropped)
            qWarning("could not drop the test database: %s", qPrintable(dropped.error().message));
        m_postgres.reset();
    }
}

models::Result<QUuid> PlatformFixture::createCompany(const QString &code)
{
    const ApiReply created =
        admin().post(QStringLiteral("/admin/companies"),
                     {{QStringLiteral("code"), code},
                      {QStringLiteral("name"), QStringLiteral("Company ") + code},
                      {QStringLiteral("tier"), QStringLiteral("small")},
                      {QStringLiteral("max_users"), 5},
                      {QStringLiteral("contact_email"), QStringLiteral("it@example.com")}});
    if (created.status != 201) {
        return models::Error {QStringLiteral("create_failed"),
                              QStringLiteral("creating company %1 answered %2: %3")
                                  .arg(code)
                                  .arg(created.status)
                                  .arg(QString::fromUtf8(created.body)),
                              {}};
    }
    return QUuid::fromString(created.json().value(QStringLiteral("id")).toString());
}

models::Status PlatformFixture::signInStaff()
{
    auto sales = signIn(QStringLiteral("sally"), models::AdminRole::Sales);
    if (!sales)
        return sales.error();
    auto support = signIn(QStringLiteral("sam"), models::AdminRole::Support);
    if (!support)
        return support.error();
    m_sales.emplace(std::move(sales).value());
    m_support.emplace(std::move(support).value());
    return models::Status::success();
}

models::Status PlatformFixture::revokeSessions(const QString &username)
{
    return m_server->database().transaction(
        server::TxScope::forOperator(), [&username](server::SqlSession &session) {
            auto account = server::AdminAccounts::findByUsername(session, username);
            if (!account)
                return models::Status(account.error());
            if (!account.value())
                return models::Status::failure(QStringLiteral("not_found"),
                                               QStringLiteral("no account ") + username);
            return server::AdminAccounts::revokeSessions(session, account.value()->id);
        });
}

models::Result<ApiClient> PlatformFixture::signIn(const QString &username, models::AdminRole role)
{
    const QString password = QStringLiteral("test password for ") + username;
    auto created = m_server->createAdmin(username, role, password);
    if (!created)
        return created.error();
    ApiClient anonymous = client();
    const ApiReply reply = anonymous.post(
        QStringLiteral("/auth/login"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reply.status != 200) {
        return models::Error {QStringLiteral("login_failed"),
                              QStringLiteral("login as %1 answered %2: %3")
                                  .arg(username)
                                  .arg(reply.status)
                                  .arg(QString::fromUtf8(reply.body)),
                              {}};
    }
    return client(reply.json().value(QStringLiteral("session_token")).toString().toLatin1());
}

models::Result<ApiClient> PlatformFixture::tenant(const QUuid &companyId)
{
    auto token = m_server->issueTenantToken(companyId, QStringLiteral("test client"));
    if (!token)
        return token.error();
    return client(token.value());
}

models::Status PlatformFixture::sql(const QString &statement, const QVariantList &params)
{
    return m_server->database().transaction(
        server::TxScope::forOperator(), [&](server::SqlSession &session) {
            auto done = session.exec(statement, params);
            return done ? models::Status::success() : models::Status(done.error());
        });
}

models::Result<QList<server::SqlRow>> PlatformFixture::rows(const QString &statement,
                                                            const QVariantList &params)
{
    QList<server::SqlRow> found;
    auto read = m_server->database().transaction(
        server::TxScope::forOperator(server::TxScope::Access::ReadOnly),
        [&](server::SqlSession &session) {
            auto result = session.exec(statement, params);
            if (!result)
                return models::Status(result.error());
            found = result->rows();
            return models::Status::success();
        });
    if (!read)
        return read.error();
    return found;
}

models::Status PlatformFixture::addLicense(const LicenseRow &license)
{
    const QString kid = QStringLiteral("k4.pid.fixture-test-key");
    if (auto key = sql(QStringLiteral("INSERT INTO issuer_keys (kid, public_key, label) "
                                      "VALUES ($1, 'k4.public.test', 'test') "
                                      "ON CONFLICT (kid) DO NOTHING"),
                       {kid});
        !key)
        return key;
    return sql(QStringLiteral("INSERT INTO licenses (company_id, id, token, kid, seq, tier, "
                              "max_users, features, issued_at, not_before, expires_at, "
                              "grace_days, status, registered_by) VALUES ($1, $2, "
                              "'v4.public.test', $3, $4, 'small', $5, $6, $7, $7, $8, $9, $10, "
                              "'test')"),
               {license.companyId, QUuid::createUuid(), kid, ++m_licenseSeq, license.maxUsers,
                QJsonArray::fromStringList(license.features), license.notBefore, license.expiresAt,
                license.graceDays, license.status});
}

} // namespace sphair::tests
