#include "licensing/Paserk.h"
#include "server/store/Database.h"
#include "server/store/PostgresRoles.h"
#include "tests/support/PlatformFixture.h"

#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace sphair;
using namespace sphair::tests;
using sphair::server::Database;
using sphair::server::SqlSession;
using sphair::server::TxScope;

// kill -9 of the real sphair-platformd while it commits writes (issuer key registrations: a
// key row and its audit row in one transaction): after a restart every acknowledged write is
// there, and no transaction is half there. Runs on SQLite and on PostgreSQL.
class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Writing to a connection the killed server left behind must not end the test.
        std::signal(SIGPIPE, SIG_IGN);
        QVERIFY(m_dir.isValid());
        m_args << QStringLiteral("--tls-self-signed") << m_dir.filePath(QStringLiteral("tls"))
               << QStringLiteral("--port") << QStringLiteral("0");
        if (PlatformFixture::backendFromEnvironment() == PlatformFixture::Backend::Postgres) {
            QVERIFY2(!qEnvironmentVariableIsEmpty("PGHOST"),
                     "PGHOST is not set: run under pg_virtualenv (tests/support/with-postgres.sh)");
            auto roles = server::PostgresRoles::create(QString());
            QVERIFY2(roles.ok(), qPrintable(roles.error().message));
            m_roles = roles.value();
            m_args << QStringLiteral("--pg-owner") << m_roles->ownerConninfo
                   << QStringLiteral("--pg-app") << m_roles->appConninfo
                   << QStringLiteral("--pg-operator") << m_roles->operatorConninfo;
        } else {
            m_args << QStringLiteral("--sqlite") << m_dir.filePath(QStringLiteral("platform.db"));
        }
        QProcess create;
        create.start(QStringLiteral(SPHAIR_PLATFORMD),
                     m_args
                         + QStringList {QStringLiteral("--create-admin"), QStringLiteral("root")});
        QVERIFY(create.waitForFinished(60000));
        QCOMPARE(create.exitCode(), 0);
        m_password = QJsonDocument::fromJson(create.readAllStandardOutput())
                         .object()
                         .value(QStringLiteral("password"))
                         .toString();
        QVERIFY(!m_password.isEmpty());
    }

    void cleanupTestCase()
    {
        stopServer();
        if (m_roles)
            QVERIFY(server::PostgresRoles::drop(QString(), *m_roles).ok());
    }

    void acknowledgedWritesSurviveKillNine()
    {
        QVERIFY(startServer());
        ApiClient admin = signIn();
        QVERIFY(!admin.token().isEmpty());
        std::atomic<bool> stop {false};
        QMutex mutex;
        QStringList acknowledged;
        std::atomic<int> failures {0};
        std::vector<std::thread> writers;
        for (int t = 0; t < 4; ++t) {
            writers.emplace_back([&, token = admin.token()] {
                ApiClient client(m_url, m_certificate, token);
                while (!stop) {
                    auto key = licensing::SigningKey::generate();
                    if (!key)
                        break;
                    const ApiReply reply = client.post(
                        QStringLiteral("/admin/keys"),
                        {{QStringLiteral("public_key"),
                          licensing::Paserk::encodePublic(key->publicKey())},
                         {QStringLiteral("label"), QStringLiteral("crash test")},
                         {QStringLiteral("valid_from"), QStringLiteral("2026-01-01T00:00:00Z")},
                         {QStringLiteral("max_tier"), QStringLiteral("large")},
                         {QStringLiteral("max_users_cap"), 1000}});
                    if (reply.status == 201 || reply.status == 200) {
                        QMutexLocker lock(&mutex);
                        acknowledged.append(licensing::Paserk::publicId(key->publicKey()));
                    } else {
                        ++failures;
                    }
                }
            });
        }
        // Let writes flow, then pull the plug in the middle of them.
        const auto count = [&] {
            QMutexLocker lock(&mutex);
            return acknowledged.size();
        };
        QElapsedTimer waited;
        waited.start();
        while (count() < 50 && waited.elapsed() < 120000)
            QTest::qWait(20);
        m_server->kill();
        const bool killed = m_server->waitForFinished(10000);
        stop = true;
        for (auto &writer : writers)
            writer.join();
        QVERIFY(killed);
        QVERIFY2(count() >= 50,
                 qPrintable(QStringLiteral("only %1 writes acknowledged, %2 failed")
                                .arg(count())
                                .arg(failures.load())));
        qInfo("%lld writes acknowledged before the kill, %d failed",
              static_cast<long long>(acknowledged.size()), failures.load());

        // Nothing half-written: every key has its audit row and vice versa.
        checkEveryKeyHasItsAuditRow();

        // Nothing committed is lost: every acknowledged key is there after a restart.
        QVERIFY(startServer());
        ApiClient client(m_url, m_certificate, signIn().token());
        int found = 0;
        for (const QString &kid : std::as_const(acknowledged)) {
            const ApiReply reply = client.get(QStringLiteral("/admin/keys/") + kid);
            if (reply.status == 200)
                ++found;
            else
                qWarning("acknowledged key lost: HTTP %d", reply.status);
        }
        QCOMPARE(found, acknowledged.size());
        stopServer();
    }

private:
    bool startServer()
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::SeparateChannels);
        m_server->start(QStringLiteral(SPHAIR_PLATFORMD), m_args);
        if (!m_server->waitForStarted(10000))
            return false;
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 60000) {
            m_server->waitForReadyRead(1000);
            line += m_server->readAllStandardOutput();
        }
        const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
        m_url = ready.value(QStringLiteral("url")).toString();
        m_certificate = m_dir.filePath(QStringLiteral("tls/certificate.pem"));
        if (m_url.isEmpty())
            qWarning("no ready line: %s %s", line.constData(),
                     m_server->readAllStandardError().constData());
        return !m_url.isEmpty();
    }

    void stopServer()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            if (!m_server->waitForFinished(10000))
                m_server->kill();
        }
        m_server.reset();
    }

    // Signs in as root; the first time, its one-time password (which opens nothing else) is
    // changed.
    ApiClient signIn()
    {
        ApiClient client(m_url, m_certificate);
        const ApiReply reply = client.post(QStringLiteral("/auth/login"),
                                           {{QStringLiteral("username"), QStringLiteral("root")},
                                            {QStringLiteral("password"), m_password}});
        client.setToken(reply.json().value(QStringLiteral("session_token")).toString().toLatin1());
        const bool oneTime = reply.json()
                                 .value(QStringLiteral("admin"))
                                 .toObject()
                                 .value(QStringLiteral("must_change_password"))
                                 .toBool();
        if (oneTime) {
            const QString chosen = QStringLiteral("crash recovery passphrase");
            const ApiReply changed = client.post(QStringLiteral("/auth/password"),
                                                 {{QStringLiteral("current_password"), m_password},
                                                  {QStringLiteral("new_password"), chosen}});
            if (changed.status == 204)
                m_password = chosen;
            else
                qWarning("the one-time password was not changed: %d", changed.status);
        }
        return client;
    }

    void checkEveryKeyHasItsAuditRow()
    {
        auto database = m_roles
            ? Database::openPostgres(m_roles->options(2))
            : Database::openSqlite(m_dir.filePath(QStringLiteral("platform.db")));
        QVERIFY2(database.ok(), qPrintable(database.error().message));
        qint64 keys = -1;
        qint64 audited = -1;
        auto status = database.value()->transaction(
            TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
                auto s = session.queryOne(QStringLiteral("SELECT count(*) AS n FROM issuer_keys"));
                auto a = session.queryOne(QStringLiteral(
                    "SELECT count(*) AS n FROM audit_log WHERE action = 'issuer_key.create'"));
                if (!s || !a)
                    return models::Status::failure(QStringLiteral("query"),
                                                   QStringLiteral("count failed"));
                keys = s->int64(u"n");
                audited = a->int64(u"n");
                return models::Status::success();
            });
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QVERIFY(keys > 0);
        QCOMPARE(keys, audited);
    }

    QTemporaryDir m_dir;
    QStringList m_args;
    QString m_password;
    QString m_url;
    QString m_certificate;
    std::unique_ptr<QProcess> m_server;
    std::optional<server::PostgresRoles> m_roles;
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
