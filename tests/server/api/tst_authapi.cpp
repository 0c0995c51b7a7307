#include "tests/support/PlatformFixture.h"

#include <QTest>

using namespace sphair;
using namespace sphair::tests;

// Admin sign-in, refresh, logout and password change over HTTPS, on SQLite and PostgreSQL.
class TestAuthApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void healthAndUnknownRoutes()
    {
        const ApiReply health = m_platform.client().get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        const ApiReply missing = m_platform.client().get(QStringLiteral("/no/such/route"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error(), QStringLiteral("not_found"));
    }

    void loginRefusesWrongPasswordsAndUnknownUsers_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("root") << QStringLiteral("guess");
        QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("guess");
        QTest::newRow("empty password") << QStringLiteral("root") << QString();
    }
    void loginRefusesWrongPasswordsAndUnknownUsers()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const ApiReply reply = m_platform.client().post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
        QVERIFY2(reply.status == 401 || reply.status == 400, reply.body);
        QVERIFY(!reply.json().contains(QStringLiteral("session_token")));
    }

    void malformedLoginBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("not json") << QByteArray("username=root") << QByteArray("application/json")
                                  << 400;
        QTest::newRow("form") << QByteArray("username=root")
                              << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("wrong type") << QByteArray("{\"username\":1,\"password\":2}")
                                    << QByteArray("application/json") << 400;
        QTest::newRow("array") << QByteArray("[]") << QByteArray("application/json") << 400;
    }
    void malformedLoginBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const ApiReply reply =
            m_platform.client().raw("POST", QStringLiteral("/auth/login"), body, contentType);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
    }

    void sessionLifecycle()
    {
        auto sales = m_platform.signIn(QStringLiteral("sally"), models::AdminRole::Sales);
        QVERIFY2(sales.ok(), qPrintable(sales.error().message));
        ApiClient client = sales.value();
        QVERIFY(client.token().startsWith("sphs_"));

        // Refresh: a new session; the refresh token works once.
        const ApiReply login = m_platform.client().post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("sally")},
             {QStringLiteral("password"), QStringLiteral("test password for sally")}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json()[QStringLiteral("admin")][QStringLiteral("role")].toString(),
                 QStringLiteral("sales"));
        QCOMPARE(login.json().value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("Bearer"));
        const QString refreshToken = login.json().value(QStringLiteral("refresh_token")).toString();
        const ApiReply refreshed = m_platform.client().post(
            QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), refreshToken}});
        QCOMPARE(refreshed.status, 200);
        const QByteArray newToken =
            refreshed.json().value(QStringLiteral("session_token")).toString().toLatin1();
        QVERIFY(!newToken.isEmpty());
        QCOMPARE(m_platform.client()
                     .post(QStringLiteral("/auth/refresh"),
                           {{QStringLiteral("refresh_token"), refreshToken}})
                     .status,
                 401);
        // The session that was refreshed has ended.
        ApiClient old = m_platform.client(
            login.json().value(QStringLiteral("session_token")).toString().toLatin1());
        QCOMPARE(old.post(QStringLiteral("/auth/logout"), {}).status, 401);

        ApiClient fresh = m_platform.client(newToken);
        QCOMPARE(fresh.post(QStringLiteral("/auth/logout"), {}).status, 204);
        QCOMPARE(fresh.post(QStringLiteral("/auth/logout"), {}).status, 401);
        QCOMPARE(client.post(QStringLiteral("/auth/logout"), {}).status, 204);
    }

    void garbageTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no scheme") << QByteArray("sphs_abc");
        QTest::newRow("basic") << QByteArray("Basic cm9vdDpyb290");
        QTest::newRow("random session")
            << QByteArray("Bearer sphs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("sql") << QByteArray("Bearer ' OR 1=1 --");
    }
    void garbageTokensAreRefused()
    {
        QFETCH(QByteArray, authorization);
        const ApiReply reply = m_platform.client().post(QStringLiteral("/auth/logout"), {},
                                                        {{"Authorization", authorization}});
        QCOMPARE(reply.status, 401);
    }

    void passwordChange()
    {
        auto support = m_platform.signIn(QStringLiteral("sam"), models::AdminRole::Support);
        QVERIFY(support.ok());
        const QJsonObject change {
            {QStringLiteral("current_password"), QStringLiteral("test password for sam")},
            {QStringLiteral("new_password"), QStringLiteral("short")}};
        QCOMPARE(support->post(QStringLiteral("/auth/password"), change).status, 400);
        QJsonObject good = change;
        good[QStringLiteral("new_password")] = QStringLiteral("a much longer passphrase");
        QCOMPARE(support->post(QStringLiteral("/auth/password"), good).status, 204);
        const ApiReply relogin = m_platform.client().post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("sam")},
             {QStringLiteral("password"), QStringLiteral("a much longer passphrase")}});
        QCOMPARE(relogin.status, 200);
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
