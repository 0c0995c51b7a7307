#pragma once

#include "server/PlatformServer.h"
#include "server/store/PostgresRoles.h"
#include "server/store/SqlRow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariantList>

#include <functional>
#include <memory>

namespace sphair::tests {

// One HTTP answer as a test sees it.
struct ApiReply
{
    int status = 0; // 0: no answer (connection failed)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QJsonArray array() const;
    QByteArray header(QByteArrayView name) const;
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
    // The field an invalid_field answer names (details.field).
    QString field() const
    {
        return json()
            .value(QStringLiteral("details"))
            .toObject()
            .value(QStringLiteral("field"))
            .toString();
    }
};

// A real HTTPS client (cpp-httplib) for the platform under test. It verifies the server's
// certificate against the sandbox certificate as its only CA (name and chain), as a pinned
// client would. Use one per thread.
class ApiClient
{
public:
    ApiClient(QString baseUrl, QString caFile, QByteArray token = {});

    void setToken(const QByteArray &token) { m_token = token; }
    const QByteArray &token() const { return m_token; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    ApiReply get(const QString &path, const Headers &headers = {}) const;
    ApiReply post(const QString &path, const QJsonObject &body, const Headers &headers = {}) const;
    ApiReply put(const QString &path, const QJsonObject &body, const Headers &headers = {}) const;
    ApiReply patch(const QString &path, const QJsonObject &body, const Headers &headers = {}) const;
    ApiReply del(const QString &path, const Headers &headers = {}) const;
    // Anything at all: a method, raw body bytes and a content type of the test's choosing.
    ApiReply raw(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QByteArray &contentType, const Headers &headers = {}) const;

private:
    QString m_baseUrl;
    QString m_caFile;
    QByteArray m_token;
};

// Starts a real PlatformServer on 127.0.0.1 with a fresh self-signed certificate and an
// empty database: SQLite in a temporary folder, or, when SPHAIR_TEST_BACKEND=postgres, a new
// database with its own owner/app/operator roles in pg_virtualenv's cluster (the test then
// fails, naming pg_virtualenv, if PGHOST is not set). A superadmin "root" is signed in.
class PlatformFixture
{
public:
    enum class Backend { Sqlite, Postgres };
    static Backend backendFromEnvironment();
    static QString backendName();

    PlatformFixture();
    ~PlatformFixture();

    // Changes the options of the server before start() creates it.
    using Configure = std::function<void(server::PlatformOptions &)>;

    // Call from initTestCase(); on failure the returned error names what is missing.
    models::Status start(Backend backend = backendFromEnvironment(), int threads = 8,
                         const Configure &configure = {});
    void stop();

    server::PlatformServer &server() { return *m_server; }
    // The options the server was created with: another PlatformServer created from them
    // shares its database.
    const server::PlatformOptions &options() const { return m_options; }
    // The PostgreSQL roles and database of this run (empty on SQLite).
    const std::optional<server::PostgresRoles> &postgresRoles() const { return m_postgres; }
    const QString &baseUrl() const { return m_baseUrl; }
    const QString &pin() const { return m_pin; }
    const QString &certificateFile() const { return m_certificate; }
    QString dataDir() const { return m_dir.path(); }
    // Signed in as the superadmin "root".
    ApiClient &admin() { return *m_admin; }
    ApiClient client(const QByteArray &token = {}) const
    {
        return ApiClient(m_baseUrl, m_certificate, token);
    }

    // Creates an account with a known password and returns a client signed in as it.
    models::Result<ApiClient> signIn(const QString &username, models::AdminRole role);
    // Signs in the staff accounts the suites check roles with: "sally" (sales) and "sam"
    // (support); then sales() and support() are clients signed in as them.
    models::Status signInStaff();
    // A company made through POST /admin/companies as root: tier small, 5 users; its id.
    models::Result<QUuid> createCompany(const QString &code);
    ApiClient &sales() { return *m_sales; }
    ApiClient &support() { return *m_support; }
    // Ends every session of `username` on the server, as an administrator (or expiry) would:
    // the next call with one of its tokens gets 401.
    models::Status revokeSessions(const QString &username);
    // An API token for a tenant client of company `companyId`.
    models::Result<ApiClient> tenant(const QUuid &companyId);

    // One SQL statement in an operator transaction, for setting up what no route writes.
    models::Status sql(const QString &statement, const QVariantList &params = {});
    // The rows of one SQL statement in a read-only operator transaction, for checking what the
    // server stored.
    models::Result<QList<server::SqlRow>> rows(const QString &statement,
                                               const QVariantList &params = {});
    // A registered license row, written directly as the licensing routes would after
    // verifying a token (its test issuer key is added the first time).
    struct LicenseRow
    {
        QUuid companyId;
        int maxUsers = 5;
        QStringList features; // what the license grants
        QDateTime notBefore;
        QDateTime expiresAt;
        int graceDays = 0;
        QString status = QStringLiteral("active");
    };
    models::Status addLicense(const LicenseRow &license);

private:
    QTemporaryDir m_dir;
    server::PlatformOptions m_options;
    std::unique_ptr<server::PlatformServer> m_server;
    std::unique_ptr<ApiClient> m_admin;
    std::optional<ApiClient> m_sales;
    std::optional<ApiClient> m_support;
    QString m_baseUrl;
    QString m_pin;
    QString m_certificate;
    std::optional<server::PostgresRoles> m_postgres;
    int m_licenseSeq = 0;
};

} // namespace sphair::tests
