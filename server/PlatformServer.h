#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"
#include "server/http/HttpServer.h"
#include "server/http/ServerConfig.h"
#include "server/services/DeploymentRunner.h"
#include "server/services/DeploymentScheduler.h"
#include "server/services/MetricsHistory.h"
#include "server/services/MetricsService.h"
#include "server/services/NoticeWorker.h"
#include "server/services/PasswordHasher.h"
#include "server/services/RateLimiter.h"
#include "server/services/ServiceContext.h"
#include "server/store/Database.h"
#include "server/store/PostgresOptions.h"

#include <memory>

namespace sphair::server {

class IdempotencyStore;

// How to run a platform: which database, how to listen, how hard to hash passwords.
struct PlatformOptions
{
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    PostgresOptions postgres;
    ServerConfig http;
    PasswordHasher::Limits passwordLimits = PasswordHasher::Limits::interactive();
    // Sign-in attempts per address and per account from one address, refilled one per
    // interval.
    int loginBurst = 10;
    std::chrono::milliseconds loginRefill {6000};
    // Failed sign-ins per account from all addresses together: more at once, refilled slower,
    // so a spread-out guess is slowed while no single address can lock the account out.
    int accountBurst = 50;
    std::chrono::milliseconds accountRefill {60000};
    // Admin sessions (see ServiceContext).
    struct Sessions
    {
        std::chrono::seconds session {1800}; // an access token
        std::chrono::seconds refresh {43200}; // a refresh token, from its issue
        std::chrono::seconds signIn {7 * 86400}; // no refresh this long after sign-in
        std::chrono::seconds refreshRace {10}; // a reuse this soon is one client racing
    };
    Sessions sessions;
    // The server's own metrics.
    struct Metrics
    {
        QString instanceId; // the label of this server's samples and rows; empty: host-pid
        QByteArray token; // what a scraper of /metrics presents; empty: no /metrics at all
        // How often the per-minute history checks the clock; 0 starts no thread (a test
        // calls MetricsHistory::tick() itself).
        std::chrono::milliseconds historyInterval {5000};
    };
    Metrics metrics;
    // Maintenance notices to company admins (NoticeWorker): where their e-mail goes.
    struct Notices
    {
        QString smtpHost; // the SMTP relay; empty: not sent by SMTP
        quint16 smtpPort = 25;
        QString fromAddress = QStringLiteral("SPHAiR <notices@sphair.app>");
        // Instead of SMTP (the sandbox): each message as a .eml file in this folder.
        QString mailFolder;
        // How often the worker plans and sends; 0 starts no thread (a test calls
        // NoticeWorker::tick() itself).
        std::chrono::milliseconds interval {30000};
        int maxAttempts = 8;
        std::chrono::seconds firstRetry {60};
    };
    Notices notices;
    // How often the deployment scheduler looks for scheduled deployments whose window has
    // started; 0 starts no thread (a test calls DeploymentScheduler::tick() with its clock).
    std::chrono::milliseconds deploymentCheckInterval {5000};
};

// The reference platform API: the database, the HTTP server and every route module, wired
// together. Used by sphair-platformd and, in-process, by the integration tests.
class PlatformServer
{
public:
    static models::Result<std::unique_ptr<PlatformServer>> create(const PlatformOptions &options);
    ~PlatformServer();

    models::Status start();
    void stop();
    QString baseUrl() const { return m_http->baseUrl(); }
    quint16 port() const { return m_http->port(); }

    Database &database() { return *m_database; }
    ServiceContext &context() { return m_context; }
    HttpServer &http() { return *m_http; }
    DeploymentRunner &deployments() { return *m_deployments; }
    DeploymentScheduler &deploymentScheduler() { return *m_scheduler; }
    MetricsService &metrics() { return *m_metrics; }
    MetricsHistory &metricsHistory() { return *m_metricsHistory; }
    NoticeWorker &notices() { return *m_notices; }

    // Creates an admin account; with an empty password, a random one-time password is made,
    // which must be changed after the first sign-in. Returns the password.
    models::Result<QString> createAdmin(const QString &username, models::AdminRole role,
                                        const QString &password = {});
    // Resets a sandbox admin's one-time password (creating the account if needed).
    models::Result<QString> resetOneTimePassword(const QString &username, models::AdminRole role);
    // Issues an API token for a tenant client of `companyId`; only its hash is stored.
    models::Result<QByteArray> issueTenantToken(const QUuid &companyId, const QString &label);

private:
    explicit PlatformServer(PlatformOptions options);

    PlatformOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<PasswordHasher> m_passwords;
    std::unique_ptr<RateLimiter> m_loginLimiter;
    std::unique_ptr<RateLimiter> m_accountLimiter;
    std::unique_ptr<DeploymentRunner> m_deployments;
    std::unique_ptr<DeploymentScheduler> m_scheduler;
    std::unique_ptr<MetricsService> m_metrics;
    std::unique_ptr<MetricsHistory> m_metricsHistory;
    std::unique_ptr<NoticeWorker> m_notices;
    std::unique_ptr<HttpServer> m_http;
    ServiceContext m_context;
};

} // namespace sphair::server
