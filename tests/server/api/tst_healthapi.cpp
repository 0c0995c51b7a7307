#include "tests/support/PlatformFixture.h"

#include "models/domain/Health.h"
#include "server/store/PostgresConnection.h"

#include <QTest>

#include <optional>

using namespace sphair;
using namespace sphair::tests;

namespace {

// Probes before the server's pool has dropped every connection it held when the database
// went away, one per probe at most.
constexpr int kMaxProbes = 64;

} // namespace

// GET /healthz over HTTPS, on SQLite and PostgreSQL: 200 while the database answers, and on
// PostgreSQL 503 while the database refuses connections (other routes then answer without the
// database's own error text), then 200 again once it is back.
class TestHealthApi : public QObject
{
    Q_OBJECT

    // On the cluster as its superuser (pg_virtualenv's environment), outside the platform's
    // database.
    models::Status asSuperuser(const QString &statement)
    {
        auto connection = server::PostgresConnection::connect(QStringLiteral("dbname=postgres"), 0);
        if (!connection)
            return connection.error();
        auto done = connection.value()->exec(statement);
        return done ? models::Status::success() : models::Status(done.error());
    }

    // Asks until the answer has `status`, as the pool drops its dead connections one by one.
    ApiReply probeUntil(int status)
    {
        const ApiClient anonymous = m_platform.client();
        ApiReply reply;
        for (int i = 0; i < kMaxProbes; ++i) {
            reply = anonymous.get(QStringLiteral("/healthz"));
            if (reply.status == status)
                break;
        }
        return reply;
    }

private slots:
    void initTestCase()
    {
        const auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        const auto company = m_platform.createCompany(QStringLiteral("HEALTH"));
        QVERIFY2(company.ok(), qPrintable(company.error().message));
        auto tenant = m_platform.tenant(company.value());
        QVERIFY2(tenant.ok(), qPrintable(tenant.error().message));
        m_tenant.emplace(std::move(tenant).value());
    }

    void cleanupTestCase() { m_platform.stop(); }

    void serving()
    {
        const ApiReply reply = m_platform.client().get(QStringLiteral("/healthz"));
        QCOMPARE(reply.status, 200);
        const QJsonObject expected {{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("database"), QStringLiteral("ok")}};
        QCOMPARE(reply.json(), expected);
        const auto health = models::Health::fromJson(reply.json());
        QVERIFY2(health.ok(), qPrintable(health.error().message));
        QVERIFY(health->ok());
    }

    void databaseUnreachable()
    {
        if (!m_platform.postgresRoles())
            QSKIP("SQLite is a file the server holds open; it cannot become unreachable.");
        const QString database = m_platform.postgresRoles()->database;
        const QString quoted = QLatin1Char('"') + database + QLatin1Char('"');
        // No new connections, and the open ones ended: the database is gone for the server.
        QVERIFY(asSuperuser(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(quoted))
                    .ok());
        QVERIFY(asSuperuser(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                           "pg_stat_activity WHERE datname = '%1'")
                                .arg(database))
                    .ok());
        const ApiReply down = probeUntil(503);
        // What sign-in and a tenant route answer meanwhile: a status and a message of the
        // server's own, never the database's text (it names the database and why it refused).
        const ApiReply login = m_platform.client().post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("root")},
             {QStringLiteral("password"), QStringLiteral("whatever it is")}});
        const ApiReply tenantRead = m_tenant->get(QStringLiteral("/api/company/settings"));
        QVERIFY(asSuperuser(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(quoted))
                    .ok());
        QCOMPARE(down.status, 503);
        for (const ApiReply &refused : {login, tenantRead}) {
            QVERIFY2(refused.status == 503 || refused.status == 500, refused.body);
            QVERIFY2(QStringList(
                         {QStringLiteral("service_unavailable"), QStringLiteral("internal_error")})
                         .contains(refused.error()),
                     refused.body);
            for (const QByteArray &leak :
                 {database.toUtf8(), QByteArray("FATAL"), QByteArray("accepting"),
                  QByteArray("connection"), QByteArray("db_")})
                QVERIFY2(!refused.body.contains(leak), refused.body);
        }
        const QJsonObject degraded {{QStringLiteral("status"), QStringLiteral("degraded")},
                                    {QStringLiteral("database"), QStringLiteral("unreachable")}};
        QCOMPARE(down.json(), degraded);

        const ApiReply back = probeUntil(200);
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    }

private:
    PlatformFixture m_platform;
    std::optional<ApiClient> m_tenant;
};

QTEST_GUILESS_MAIN(TestHealthApi)
#include "tst_healthapi.moc"
