#include "tests/support/PlatformFixture.h"

#include <QHash>
#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

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
        // A platform behind a proxy on 127.0.0.1 (its X-Forwarded-For is believed), with few
        // sign-ins per address, a short absolute lifetime and no grace for a reused refresh
        // token. Its tests send every sign-in from an address of their own.
        auto strict = m_strict.start(
            PlatformFixture::backendFromEnvironment(), 8, [](server::PlatformOptions &options) {
                options.http.trustedProxies = {QStringLiteral("127.0.0.1")};
                options.loginBurst = 3;
                options.loginRefill = std::chrono::hours(1);
                options.accountBurst = 5;
                options.accountRefill = std::chrono::hours(1);
                options.sessions.signIn = std::chrono::hours(1);
                options.sessions.refreshRace = std::chrono::seconds(0);
            });
        QVERIFY2(strict.ok(), qPrintable(strict.error().message));
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
            // Nothing is trusted to speak for a client here: the header changes nothing.
            return m_platform.client().post(
                QStringLiteral("/auth/login"),
                {{QStringLiteral("username"), username},
                 {QStringLiteral("password"), QStringLiteral("not the password")}},
                {{"X-Forwarded-For", "203.0.113.99"}});
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

    // Two clients racing one refresh token get one new session between them: one 200, the
    // rest 401, and the winner's session goes on working (a race is not a theft).
    void concurrentRefreshesOpenOneSession()
    {
        auto created = m_platform.server().createAdmin(QStringLiteral("conny"),
                                                       models::AdminRole::Sales, kPassword);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const ApiReply login = signIn(m_platform, QStringLiteral("conny"), {});
        QCOMPARE(login.status, 200);
        const QString refreshToken = login.json().value(QStringLiteral("refresh_token")).toString();

        constexpr int kClients = 8;
        std::vector<ApiReply> replies(kClients);
        std::vector<std::thread> threads;
        std::atomic<int> ready {0};
        std::atomic<bool> go {false};
        for (int i = 0; i < kClients; ++i) {
            threads.emplace_back([&, i] {
                const ApiClient client = m_platform.client();
                ++ready;
                while (!go)
                    std::this_thread::yield();
                replies[std::size_t(i)] = refresh(client, refreshToken);
            });
        }
        while (ready < kClients)
            std::this_thread::yield();
        go = true;
        for (auto &thread : threads)
            thread.join();

        QStringList winners;
        for (const ApiReply &reply : replies) {
            QVERIFY2(reply.status == 200 || reply.status == 401, reply.body);
            if (reply.status == 200)
                winners << reply.json().value(QStringLiteral("refresh_token")).toString();
        }
        QCOMPARE(winners.size(), 1);
        const ApiReply next = refresh(m_platform.client(), winners.first());
        QCOMPARE(next.status, 200);
        ApiClient session = m_platform.client(
            next.json().value(QStringLiteral("session_token")).toString().toLatin1());
        QCOMPARE(session.post(QStringLiteral("/auth/logout"), {}).status, 204);
    }

    // A refresh token presented again (after the moment a racing client could explain) was
    // copied: every session descending from its sign-in ends, the ones refreshed from it too,
    // and the server audits it. Other sign-ins of the account go on.
    void reusedRefreshEndsTheFamily()
    {
        auto created = m_strict.server().createAdmin(QStringLiteral("rhea"),
                                                     models::AdminRole::Sales, kPassword);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QByteArray address = "198.51.100.10";
        const ApiReply first = signIn(m_strict, QStringLiteral("rhea"), address);
        QCOMPARE(first.status, 200);
        const ApiReply other = signIn(m_strict, QStringLiteral("rhea"), address);
        QCOMPARE(other.status, 200);
        const QString stolen = first.json().value(QStringLiteral("refresh_token")).toString();
        const ApiReply second = refresh(m_strict.client(), stolen);
        QCOMPARE(second.status, 200);
        const ApiReply third = refresh(
            m_strict.client(), second.json().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(third.status, 200);

        QCOMPARE(refresh(m_strict.client(), stolen).status, 401);
        ApiClient latest = m_strict.client(
            third.json().value(QStringLiteral("session_token")).toString().toLatin1());
        QCOMPARE(latest.get(QStringLiteral("/admin/companies")).status, 401);
        QCOMPARE(refresh(m_strict.client(),
                         third.json().value(QStringLiteral("refresh_token")).toString())
                     .status,
                 401);
        ApiClient untouched = m_strict.client(
            other.json().value(QStringLiteral("session_token")).toString().toLatin1());
        QCOMPARE(untouched.get(QStringLiteral("/admin/companies")).status, 200);

        const ApiReply audit =
            m_strict.admin().get(QStringLiteral("/admin/audit?action=auth.refresh_reused"));
        QCOMPARE(audit.status, 200);
        const QJsonArray items = audit.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject entry = items.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("actor_role")).toString(), QStringLiteral("system"));
        QCOMPARE(entry.value(QStringLiteral("target_type")).toString(),
                 QStringLiteral("admin_account"));
        auto account = m_strict.rows(QStringLiteral("SELECT id FROM admin_accounts "
                                                    "WHERE username = 'rhea'"));
        QVERIFY2(account.ok() && account->size() == 1, "rhea's account");
        QCOMPARE(entry.value(QStringLiteral("target_id")).toString(),
                 account->first().uuid(u"id").toString(QUuid::WithoutBraces));
    }

    // However often a session is refreshed, nothing descending from one sign-in outlives it
    // by more than the absolute lifetime (one hour here): expiries are capped at it and a
    // refresh after it is refused.
    void refreshEndsAtTheAbsoluteLifetime()
    {
        auto created = m_strict.server().createAdmin(QStringLiteral("abe"),
                                                     models::AdminRole::Support, kPassword);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QDateTime signedIn =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        QDateTime now = signedIn;
        m_strict.server().context().clock = [&now] {
            return now;
        };
        const auto restore = qScopeGuard([this] { m_strict.server().context().clock = {}; });
        const auto at = [](const ApiReply &reply, const char *field) {
            return QDateTime::fromString(reply.json().value(QLatin1String(field)).toString(),
                                         Qt::ISODate);
        };
        const QDateTime ends = signedIn.addSecs(3600);

        const ApiReply login = signIn(m_strict, QStringLiteral("abe"), "198.51.100.30");
        QCOMPARE(login.status, 200);
        QCOMPARE(at(login, "expires_at"), signedIn.addSecs(1800));
        QCOMPARE(at(login, "refresh_expires_at"), ends);

        now = signedIn.addSecs(40 * 60);
        const ApiReply refreshed = refresh(
            m_strict.client(), login.json().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(at(refreshed, "expires_at"), ends);
        QCOMPARE(at(refreshed, "refresh_expires_at"), ends);

        now = ends.addSecs(1);
        QCOMPARE(refresh(m_strict.client(),
                         refreshed.json().value(QStringLiteral("refresh_token")).toString())
                     .status,
                 401);
    }

    // Wrong passwords from one address use up that address's attempts (and the account's
    // from it) but not the owner's elsewhere; only many failures from everywhere together
    // fill the account's slower limit. X-Forwarded-For is believed from the trusted proxy.
    void guessingElsewhereCannotLockTheOwnerOut()
    {
        auto created = m_strict.server().createAdmin(QStringLiteral("olga"),
                                                     models::AdminRole::Sales, kPassword);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QByteArray attacker = "203.0.113.66";
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                signIn(m_strict, QStringLiteral("olga"), attacker, QStringLiteral("guess")).status,
                401);
        const ApiReply stopped = signIn(m_strict, QStringLiteral("olga"), attacker);
        QCOMPARE(stopped.status, 429);
        QVERIFY(!stopped.header("Retry-After").isEmpty());

        QCOMPARE(signIn(m_strict, QStringLiteral("olga"), "198.51.100.20").status, 200);

        // Three failures so far; two more from elsewhere fill the account's five.
        QCOMPARE(signIn(m_strict, QStringLiteral("olga"), "203.0.113.67", QStringLiteral("guess"))
                     .status,
                 401);
        QCOMPARE(signIn(m_strict, QStringLiteral("olga"), "203.0.113.68", QStringLiteral("guess"))
                     .status,
                 401);
        const ApiReply spread = signIn(m_strict, QStringLiteral("olga"), "198.51.100.21");
        QCOMPARE(spread.status, 429);
        QCOMPARE(spread.error(), QStringLiteral("rate_limited"));

        const ApiReply audit =
            m_strict.admin().get(QStringLiteral("/admin/audit?action=auth.login_failed&limit=50"));
        QCOMPARE(audit.status, 200);
        QStringList addresses;
        for (const auto &item : audit.json().value(QStringLiteral("items")).toArray())
            addresses << item.toObject()
                             .value(QStringLiteral("after"))
                             .toObject()
                             .value(QStringLiteral("remote_address"))
                             .toString();
        addresses.sort();
        QCOMPARE(addresses,
                 (QStringList {QStringLiteral("203.0.113.66"), QStringLiteral("203.0.113.66"),
                               QStringLiteral("203.0.113.66"), QStringLiteral("203.0.113.67"),
                               QStringLiteral("203.0.113.68")}));
    }

private:
    static inline const QString kPassword = QStringLiteral("a passphrase of some length");

    // POST /auth/login as `username`, through the proxy for `forwardedFor` when given.
    static ApiReply signIn(const PlatformFixture &platform, const QString &username,
                           const QByteArray &forwardedFor, const QString &password = kPassword)
    {
        ApiClient::Headers headers;
        if (!forwardedFor.isEmpty())
            headers.append({"X-Forwarded-For", forwardedFor});
        return platform.client().post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
            headers);
    }
    static ApiReply refresh(const ApiClient &client, const QString &refreshToken)
    {
        return client.post(QStringLiteral("/auth/refresh"),
                           {{QStringLiteral("refresh_token"), refreshToken}});
    }

    PlatformFixture m_platform;
    PlatformFixture m_strict;
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
