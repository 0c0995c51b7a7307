#include "server/PlatformServer.h"

#include "server/http/ApiRoutes.h"
#include "server/http/Routes.h"
#include "server/services/Logging.h"
#include "server/services/SessionTokens.h"
#include "server/services/StatsService.h"
#include "server/store/AdminAccounts.h"
#include "server/store/AuditLog.h"
#include "server/store/DatabaseIdempotencyStore.h"
#include "server/store/TenantTokenStore.h"

#include <sodium.h>

#include <QCoreApplication>

namespace sphair::server {

namespace {

// 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 114 bits.
QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr int alphabetSize = sizeof alphabet - 1;
    QString password;
    for (int i = 0; i < 20; ++i) {
        if (i > 0 && i % 5 == 0)
            password += QLatin1Char('-');
        password += QLatin1Char(alphabet[randombytes_uniform(alphabetSize)]);
    }
    return password;
}

// The platform usage roll-ups (usage_platform_daily, feature_platform_daily) of yesterday and today
// (UTC), the days whose usage rows still change.
models::Status rollUpRecentUsage(ServiceContext &context)
{
    const StatsService stats(context);
    const QDate today = stats.today();
    return stats.rollUp(today.addDays(-1), today);
}

// Where the maintenance notices go: the mail folder (sandbox), the SMTP relay, or nowhere yet
// (they wait in the queue).
std::unique_ptr<MailTransport> noticeTransport(const PlatformOptions::Notices &notices)
{
    if (!notices.mailFolder.isEmpty())
        return std::make_unique<FolderTransport>(notices.mailFolder);
    if (!notices.smtpHost.isEmpty()) {
        SmtpTransport::Settings smtp;
        smtp.host = notices.smtpHost;
        smtp.port = notices.smtpPort;
        return std::make_unique<SmtpTransport>(smtp);
    }
    return nullptr;
}

} // namespace

PlatformServer::PlatformServer(PlatformOptions options)
    : m_options(std::move(options))
{ }

PlatformServer::~PlatformServer()
{
    stop();
}

models::Result<std::unique_ptr<PlatformServer>>
PlatformServer::create(const PlatformOptions &options)
{
    std::unique_ptr<PlatformServer> server(new PlatformServer(options));
    auto database = options.backend == PlatformOptions::Backend::Postgres
        ? Database::openPostgres(options.postgres)
        : Database::openSqlite(options.sqlitePath);
    if (!database)
        return database.error();
    server->m_database = std::move(database).value();
    server->m_idempotency = std::make_unique<DatabaseIdempotencyStore>(server->m_database.get());
    server->m_passwords = std::make_unique<PasswordHasher>(options.passwordLimits);
    server->m_loginLimiter = std::make_unique<RateLimiter>(options.loginBurst, options.loginRefill);
    server->m_accountLimiter =
        std::make_unique<RateLimiter>(options.accountBurst, options.accountRefill);
    server->m_deployments = std::make_unique<DeploymentRunner>(
        server->m_database.get(), nullptr, DeploymentRunner::Settings::fromEnvironment());
    // A deployment cannot survive its server: one left running by a crash is failed now.
    if (auto recovered = server->m_deployments->recoverInterrupted(); !recovered) {
        qCWarning(lcServices) << "cannot check for interrupted deployments:"
                              << recovered.error().code << recovered.error().message;
    }
    server->m_http = std::make_unique<HttpServer>(options.http);

    ServiceContext &context = server->m_context;
    server->m_metrics = std::make_unique<MetricsService>(context, options.metrics.instanceId,
                                                         options.metrics.token);
    MetricsRegistry *registry = &server->m_metrics->registry();
    server->m_database->setStatementObserver(
        [registry](std::chrono::nanoseconds duration) { registry->recordStatement(duration); });
    server->m_http->setMetrics(registry);
    server->m_metricsHistory = std::make_unique<MetricsHistory>(
        context, server->m_metrics->registry(), server->m_metrics->instanceId());
    context.metrics = server->m_metrics.get();
    context.db = server->m_database.get();
    context.idempotency = server->m_idempotency.get();
    context.passwords = server->m_passwords.get();
    context.loginLimiter = server->m_loginLimiter.get();
    context.accountLimiter = server->m_accountLimiter.get();
    context.sessionSeconds = options.sessions.session.count();
    context.refreshSeconds = options.sessions.refresh.count();
    context.signInSeconds = options.sessions.signIn.count();
    context.refreshRaceSeconds = options.sessions.refreshRace.count();
    context.deployments = server->m_deployments.get();
    server->m_scheduler = std::make_unique<DeploymentScheduler>(context);

    // The usage roll-up of yesterday and today, refreshed every hour (start() runs it once).
    server->m_metricsHistory->setHourlyJob([&context] { return rollUpRecentUsage(context); });

    NoticeSettings noticeSettings;
    noticeSettings.fromAddress = options.notices.fromAddress;
    noticeSettings.maxAttempts = options.notices.maxAttempts;
    noticeSettings.firstRetry = options.notices.firstRetry;
    server->m_notices =
        std::make_unique<NoticeWorker>(context, noticeTransport(options.notices), noticeSettings);

    ApiRoutes routes(server->m_http->router(), context);
    registerAllRoutes(routes);
    return server;
}

models::Status PlatformServer::start()
{
    // Before the first request: the platform-wide usage charts read the roll-up.
    if (auto rolledUp = rollUpRecentUsage(m_context); !rolledUp) {
        qCWarning(lcServices) << "cannot roll up the recent usage:" << rolledUp.error().code
                              << rolledUp.error().message;
    }
    if (auto started = m_http->start(); !started)
        return started;
    if (m_options.metrics.historyInterval.count() > 0)
        m_metricsHistory->start(m_options.metrics.historyInterval);
    if (m_options.notices.interval.count() > 0)
        m_notices->start(m_options.notices.interval);
    // Scheduled deployments survive a restart: the first tick starts one whose window began
    // while the server was down.
    if (m_options.deploymentCheckInterval.count() > 0)
        m_scheduler->start(m_options.deploymentCheckInterval);
    return models::Status::success();
}

void PlatformServer::stop()
{
    if (m_http)
        m_http->stop();
    if (m_metricsHistory)
        m_metricsHistory->stop();
    if (m_notices)
        m_notices->stop();
    // Before the runner: nothing is launched while it stops.
    if (m_scheduler)
        m_scheduler->stop();
    // Ends a running deployment's hook and worker before the database goes away.
    if (m_deployments)
        m_deployments->stop();
}

models::Result<QString> PlatformServer::createAdmin(const QString &username, models::AdminRole role,
                                                    const QString &password)
{
    const bool oneTime = password.isEmpty();
    const QString secret = oneTime ? randomPassword() : password;
    auto hash = m_passwords->hash(secret.toUtf8());
    if (!hash)
        return hash.error();
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto account = AdminAccounts::create(session, username, hash.value(), role, oneTime);
        if (!account)
            return models::Status(account.error());
        return AuditLog::record(
            session, QStringLiteral("system"), QStringLiteral("system"),
            {QStringLiteral("admin_account.create"),
             QStringLiteral("admin_account"),
             account->id.toString(QUuid::WithoutBraces),
             {},
             {},
             QJsonObject {{QStringLiteral("username"), username},
                          {QStringLiteral("role"), models::adminRoleCode(role)}}});
    });
    if (!status)
        return status.error();
    return secret;
}

models::Result<QString> PlatformServer::resetOneTimePassword(const QString &username,
                                                             models::AdminRole role)
{
    const QString secret = randomPassword();
    auto hash = m_passwords->hash(secret.toUtf8());
    if (!hash)
        return hash.error();
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto existing = AdminAccounts::findByUsername(session, username);
        if (!existing)
            return models::Status(existing.error());
        if (!existing.value()) {
            auto created = AdminAccounts::create(session, username, hash.value(), role, true);
            return created ? models::Status::success() : models::Status(created.error());
        }
        const QUuid id = existing.value()->id;
        if (auto updated = AdminAccounts::setOneTimePassword(session, id, hash.value()); !updated)
            return updated;
        // Earlier sessions of the account end with its old password.
        return AdminAccounts::revokeSessions(session, id);
    });
    if (!status)
        return status.error();
    return secret;
}

models::Result<QByteArray> PlatformServer::issueTenantToken(const QUuid &companyId,
                                                            const QString &label)
{
    const auto token = SessionTokens::issue(SessionTokens::Kind::Tenant);
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto inserted = TenantTokenStore::insert(
            session, companyId, QString::fromLatin1(token.hash.toHex()), label, QDateTime());
        if (!inserted)
            return models::Status(inserted.error());
        return AuditLog::record(session, QStringLiteral("system"), QStringLiteral("system"),
                                {QStringLiteral("tenant_token.create"),
                                 QStringLiteral("tenant_token"),
                                 label,
                                 companyId,
                                 {},
                                 {}});
    });
    if (!status)
        return status.error();
    return token.token;
}

} // namespace sphair::server
