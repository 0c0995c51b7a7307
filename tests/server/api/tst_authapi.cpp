#include "tests/support/PlatformFixture.h"

#include <QHash>
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

    // Changing a password signs out every other session of the account and spends their
    // refresh tokens; the session that changed it goes on.
    void passwordChangeEndsOtherSessions()
    {
        auto first = m_platform.signIn(QStringLiteral("pat"), models::AdminRole::Sales);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const ApiReply second = m_platform.client().post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("pat")},
             {QStringLiteral("password"), QStringLiteral("test password for pat")}});
        QCOMPARE(second.status, 200);
        ApiClient other = m_platform.client(
            second.json().value(QStringLiteral("session_token")).toString().toLatin1());
        QCOMPARE(other.get(QStringLiteral("/admin/companies")).status, 200);

        QCOMPARE(first
                     ->post(QStringLiteral("/auth/password"),
                            {{QStringLiteral("current_password"),
                              QStringLiteral("test password for pat")},
                             {QStringLiteral("new_password"),
                              QStringLiteral("a new and longer passphrase")}})
                     .status,
                 204);
        QCOMPARE(other.get(QStringLiteral("/admin/companies")).status, 401);
        QCOMPARE(m_platform.client()
                     .post(QStringLiteral("/auth/refresh"),
                           {{QStringLiteral("refresh_token"),
                             second.json().value(QStringLiteral("refresh_token")).toString()}})
                     .status,
                 401);
        QCOMPARE(first->get(QStringLiteral("/admin/companies")).status, 200);
    }

    // A session signed in with a one-time password can do nothing but change it (and sign
    // out); a refresh reports must_change_password as the account stands: true until the
    // one-time password is changed, false after.
    void oneTimePasswordOpensOnlyItsChange()
    {
        auto oneTime =
            m_platform.server().createAdmin(QStringLiteral("otto"), models::AdminRole::Support);
        QVERIFY2(oneTime.ok(), qPrintable(oneTime.error().message));
        const auto signIn = [this](const QString &password) {
            return m_platform.client().post(QStringLiteral("/auth/login"),
                                            {{QStringLiteral("username"), QStringLiteral("otto")},
                                             {QStringLiteral("password"), password}});
        };
        const auto mustChange = [](const ApiReply &reply) {
            return reply.json()
                .value(QStringLiteral("admin"))
                .toObject()
                .value(QStringLiteral("must_change_password"))
                .toBool();
        };
        const auto refreshOf = [this](const ApiReply &reply) {
            return m_platform.client().post(
                QStringLiteral("/auth/refresh"),
                {{QStringLiteral("refresh_token"),
                  reply.json().value(QStringLiteral("refresh_token")).toString()}});
        };
        const ApiReply login = signIn(oneTime.value());
        QCOMPARE(login.status, 200);
        QVERIFY(mustChange(login));
        const ApiReply refreshed = refreshOf(login);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(mustChange(refreshed));

        ApiClient otto = m_platform.client(
            refreshed.json().value(QStringLiteral("session_token")).toString().toLatin1());
        for (const ApiReply &refused :
             {otto.get(QStringLiteral("/admin/companies")),
              otto.get(QStringLiteral("/admin/maintenance/status")),
              otto.post(QStringLiteral("/admin/companies"),
                        {{QStringLiteral("code"), QStringLiteral("OTTO-01")},
                         {QStringLiteral("name"), QStringLiteral("Otto's Company")},
                         {QStringLiteral("tier"), QStringLiteral("small")}})}) {
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.error(), QStringLiteral("password_change_required"));
        }
        QCOMPARE(
            otto.post(QStringLiteral("/auth/password"),
                      {{QStringLiteral("current_password"), oneTime.value()},
                       {QStringLiteral("new_password"), QStringLiteral("otto's own passphrase")}})
                .status,
            204);
        // The session that changed it goes on, now with every right of its role.
        QCOMPARE(otto.get(QStringLiteral("/admin/companies")).status, 200);
        const ApiReply after = signIn(QStringLiteral("otto's own passphrase"));
        QCOMPARE(after.status, 200);
        QVERIFY(!mustChange(after));
        const ApiReply refreshedAfter = refreshOf(after);
        QCOMPARE(refreshedAfter.status, 200);
        QVERIFY(!mustChange(refreshedAfter));
    }

    // Refused sign-ins are audited (by the server, with the name tried, the address and why);
    // a user name longer than any account's is refused before anything else.
    void failedLoginsAuditedAndLongNamesRefused()
    {
        const auto attempt = [this](const QString &username) {
            return m_platform.client().post(
                QStringLiteral("/auth/login"),
                {{QStringLiteral("username"), username},
                 {QStringLiteral("password"), QStringLiteral("not the password")}});
        };
        QCOMPARE(attempt(QStringLiteral("root")).status, 401);
        QCOMPARE(attempt(QStringLiteral("mallory-was-here")).status, 401);
        const ApiReply audit =
            m_platform.admin().get(QStringLiteral("/admin/audit?action=auth.login_failed"));
        QCOMPARE(audit.status, 200);
        QHash<QString, QString> reasons;
        for (const auto &item : audit.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject after = item.toObject().value(QStringLiteral("after")).toObject();
            QCOMPARE(after.value(QStringLiteral("remote_address")).toString(),
                     QStringLiteral("127.0.0.1"));
            reasons.insert(after.value(QStringLiteral("username")).toString(),
                           after.value(QStringLiteral("reason")).toString());
        }
        QCOMPARE(reasons.value(QStringLiteral("root")), QStringLiteral("wrong_password"));
        QCOMPARE(reasons.value(QStringLiteral("mallory-was-here")), QStringLiteral("unknown_user"));

        const ApiReply tooLong = attempt(QString(65, QLatin1Char('a')));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.field(), QStringLiteral("username"));
        QCOMPARE(attempt(QString(64, QLatin1Char('a'))).status, 401);
    }

    // POST /auth/password is throttled per account like sign-in: a stolen session cannot try
    // passwords at full speed.
    void passwordChangeThrottled()
    {
        PlatformFixture limited;
        auto started = limited.start(PlatformFixture::backendFromEnvironment(), 4,
                                     [](server::PlatformOptions &options) {
                                         options.loginBurst = 3;
                                         options.loginRefill = std::chrono::hours(1);
                                     });
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto tina = limited.signIn(QStringLiteral("tina"), models::AdminRole::Sales);
        QVERIFY2(tina.ok(), qPrintable(tina.error().message));
        const auto change = [&](const QString &current) {
            return tina->post(
                QStringLiteral("/auth/password"),
                {{QStringLiteral("current_password"), current},
                 {QStringLiteral("new_password"), QStringLiteral("tina's next passphrase")}});
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(change(QStringLiteral("guess number %1").arg(i)).status, 401);
        const ApiReply refused = change(QStringLiteral("test password for tina"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.error(), QStringLiteral("rate_limited"));
        limited.stop();
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
