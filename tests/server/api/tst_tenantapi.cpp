#include "tests/support/PlatformFixture.h"

#include "models/domain/Tier.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace sphair;
using namespace sphair::tests;

namespace {

using Headers = ApiClient::Headers;

QJsonObject userBody(const QString &email, const QString &name = QStringLiteral("A User"))
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("display_name"), name}};
}

QStringList valuesOf(const QJsonArray &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(key).toString());
    return values;
}

} // namespace

// The tenant API over HTTPS, on SQLite and PostgreSQL: each tenant sees and changes only its
// own data, user creation honours the license and max_users under concurrency, the reporting
// route is feature-gated, and maintenance mode answers 503 with Retry-After.
class TestTenantApi : public QObject
{
    Q_OBJECT

    // One tenant set up through the admin API, with data that tells it apart.
    struct Tenant
    {
        QString id;
        QString code;
        QString displayName;
        std::optional<ApiClient> client;
    };

    models::Status sql(const QString &statement, const QVariantList &params = {})
    {
        return m_platform.sql(statement, params);
    }

    // It grants every feature of the catalog: the switches alone decide here.
    models::Status addLicense(const QString &companyId, int maxUsers, const QDateTime &notBefore,
                              const QDateTime &expiresAt, int graceDays = 0,
                              const QString &status = QStringLiteral("active"))
    {
        return m_platform.addLicense({QUuid(companyId), maxUsers, models::FeatureCatalog::codes(),
                                      notBefore, expiresAt, graceDays, status});
    }

    models::Status addCurrentLicense(const QString &companyId, int maxUsers)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return addLicense(companyId, maxUsers, now.addDays(-1), now.addDays(365));
    }

    // Creates a company through the admin API, brands it, and issues a tenant token.
    void setUp(Tenant &tenant, const QString &code, const QString &tier, int maxUsers)
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply created =
            admin.post(QStringLiteral("/admin/companies"),
                       {{QStringLiteral("code"), code},
                        {QStringLiteral("name"), QStringLiteral("Tenant ") + code},
                        {QStringLiteral("tier"), tier},
                        {QStringLiteral("max_users"), maxUsers},
                        {QStringLiteral("contact_email"), QStringLiteral("it@example.com")}});
        QCOMPARE(created.status, 201);
        tenant.id = created.json().value(QStringLiteral("id")).toString();
        tenant.code = code;
        tenant.displayName = QStringLiteral("Brand of ") + code;
        const QString settings = QStringLiteral("/admin/companies/%1/settings").arg(tenant.id);
        const ApiReply saved =
            admin.put(settings,
                      {{QStringLiteral("display_name"), tenant.displayName},
                       {QStringLiteral("primary_color"), QStringLiteral("#112233")},
                       {QStringLiteral("secondary_color"), QStringLiteral("#445566")},
                       {QStringLiteral("accent_color"), QStringLiteral("#006600")},
                       {QStringLiteral("login_title"), QStringLiteral("Welcome to ") + code}},
                      {{"If-Match", "\"v1\""}});
        QCOMPARE(saved.status, 200);
        auto client = m_platform.tenant(QUuid(tenant.id));
        QVERIFY2(client.ok(), qPrintable(client.error().message));
        tenant.client.emplace(client.value());
    }

    void setFeature(const Tenant &tenant, const QString &code, bool enabled)
    {
        ApiClient &admin = m_platform.admin();
        const QString path = QStringLiteral("/admin/companies/%1/features").arg(tenant.id);
        const QByteArray etag = admin.get(path).header("ETag");
        const ApiReply reply =
            admin.put(path,
                      {{QStringLiteral("changes"),
                        QJsonArray {QJsonObject {{QStringLiteral("code"), code},
                                                 {QStringLiteral("enabled"), enabled}}}}},
                      {{"If-Match", etag}});
        QCOMPARE(reply.status, 200);
    }

    // Every tenant route, as a client of `tenant` calls it (no writes).
    QList<QPair<QString, ApiReply>> readEverything(const Tenant &tenant)
    {
        QList<QPair<QString, ApiReply>> replies;
        for (const QString &path :
             {QStringLiteral("/api/company/settings"), QStringLiteral("/api/company/features"),
              QStringLiteral("/api/users"), QStringLiteral("/api/reports")})
            replies.append({path, tenant.client->get(path)});
        return replies;
    }

private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        setUp(m_a, QStringLiteral("TENANT-A"), QStringLiteral("small"), 10);
        setUp(m_b, QStringLiteral("TENANT-B"), QStringLiteral("medium"), 20);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(addCurrentLicense(m_a.id, 10).ok());
        QVERIFY(addCurrentLicense(m_b.id, 20).ok());
        // A has reports, B does not; B has white-label, A does not.
        setFeature(m_a, QStringLiteral("reporting"), true);
        setFeature(m_b, QStringLiteral("reporting"), false);
        setFeature(m_b, QStringLiteral("white_label"), true);
        // Usage only B's report could show, and some for A.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(sql(QStringLiteral("INSERT INTO usage_daily (company_id, day, active_users, "
                                   "events, api_calls) VALUES ($1, $2, 3, 33, 333)"),
                    {QUuid(m_a.id), today})
                    .ok());
        QVERIFY(sql(QStringLiteral("INSERT INTO usage_daily (company_id, day, active_users, "
                                   "events, api_calls) VALUES ($1, $2, 7, 777, 7777)"),
                    {QUuid(m_b.id), today})
                    .ok());
    }

    void tokensAreRequired()
    {
        const QList<QByteArray> tokens {
            QByteArray(), QByteArrayLiteral("spht_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            m_platform.admin().token(), // an admin session is not a tenant token
            QByteArrayLiteral("' OR 1=1 --")};
        for (const QByteArray &token : tokens) {
            ApiClient client = m_platform.client(token);
            QCOMPARE(client.get(QStringLiteral("/api/company/settings")).status, 401);
            QCOMPARE(
                client.post(QStringLiteral("/api/users"), userBody(QStringLiteral("x@example.com")))
                    .status,
                401);
        }
    }

    void settingsAndFeaturesAreTheTokensOwn()
    {
        const ApiReply settings = m_a.client->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(settings.status, 200);
        QCOMPARE(settings.json().value(QStringLiteral("display_name")).toString(), m_a.displayName);
        QCOMPARE(settings.json().value(QStringLiteral("login_title")).toString(),
                 QStringLiteral("Welcome to TENANT-A"));
        QCOMPARE(m_a.client
                     ->get(QStringLiteral("/api/company/settings"),
                           {{"If-None-Match", settings.header("ETag")}})
                     .status,
                 304);
        QCOMPARE(m_b.client->get(QStringLiteral("/api/company/settings"))
                     .json()
                     .value(QStringLiteral("display_name"))
                     .toString(),
                 m_b.displayName);

        const ApiReply featuresA = m_a.client->get(QStringLiteral("/api/company/features"));
        const ApiReply featuresB = m_b.client->get(QStringLiteral("/api/company/features"));
        QCOMPARE(featuresA.status, 200);
        QCOMPARE(featuresA.json().value(QStringLiteral("tier")).toString(),
                 QStringLiteral("small"));
        QCOMPARE(featuresB.json().value(QStringLiteral("tier")).toString(),
                 QStringLiteral("medium"));
        auto enabled = [](const ApiReply &reply, const QString &code) {
            for (const QJsonValue &value :
                 reply.json().value(QStringLiteral("features")).toArray()) {
                if (value.toObject().value(QStringLiteral("code")).toString() == code)
                    return value.toObject().value(QStringLiteral("enabled")).toBool();
            }
            return false;
        };
        QVERIFY(enabled(featuresA, QStringLiteral("reporting")));
        QVERIFY(!enabled(featuresA, QStringLiteral("white_label")));
        QVERIFY(!enabled(featuresB, QStringLiteral("reporting")));
        QVERIFY(enabled(featuresB, QStringLiteral("white_label")));
    }

    void usersAreCreatedAndListedPerTenant()
    {
        QCOMPARE(m_a.client
                     ->post(QStringLiteral("/api/users"),
                            userBody(QStringLiteral("ann@a.example"), QStringLiteral("Ann")))
                     .status,
                 201);
        const ApiReply created =
            m_a.client->post(QStringLiteral("/api/users"),
                             {{QStringLiteral("email"), QStringLiteral("Al@A.example")},
                              {QStringLiteral("display_name"), QStringLiteral("Al")},
                              {QStringLiteral("role"), QStringLiteral("admin")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("email")).toString(),
                 QStringLiteral("al@a.example"));
        QCOMPARE(created.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QVERIFY(!QUuid(created.json().value(QStringLiteral("id")).toString()).isNull());
        QVERIFY(!created.header("Location").isEmpty());
        // The same address may exist in another tenant, not twice in one.
        QCOMPARE(m_b.client
                     ->post(QStringLiteral("/api/users"),
                            userBody(QStringLiteral("ann@a.example"), QStringLiteral("Bob")))
                     .status,
                 201);
        const ApiReply twice = m_a.client->post(QStringLiteral("/api/users"),
                                                userBody(QStringLiteral("ANN@a.example")));
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.error(), QStringLiteral("conflict"));

        const ApiReply listA = m_a.client->get(QStringLiteral("/api/users"));
        QCOMPARE(listA.status, 200);
        QCOMPARE(listA.json().value(QStringLiteral("total")).toInt(), 2);
        QStringList namesA = valuesOf(listA.json().value(QStringLiteral("items")).toArray(),
                                      QStringLiteral("display_name"));
        namesA.sort();
        QCOMPARE(namesA, (QStringList {QStringLiteral("Al"), QStringLiteral("Ann")}));
        const ApiReply listB = m_b.client->get(QStringLiteral("/api/users"));
        QCOMPARE(valuesOf(listB.json().value(QStringLiteral("items")).toArray(),
                          QStringLiteral("display_name")),
                 QStringList {QStringLiteral("Bob")});

        // Paging.
        const ApiReply first = m_a.client->get(QStringLiteral("/api/users?limit=1"));
        QCOMPARE(first.json().value(QStringLiteral("items")).toArray().size(), 1);
        const QString cursor = first.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const ApiReply second =
            m_a.client->get(QStringLiteral("/api/users?limit=1&cursor=") + cursor);
        QStringList paged = valuesOf(first.json().value(QStringLiteral("items")).toArray(),
                                     QStringLiteral("display_name"))
            + valuesOf(second.json().value(QStringLiteral("items")).toArray(),
                       QStringLiteral("display_name"));
        paged.sort();
        QCOMPARE(paged, (QStringList {QStringLiteral("Al"), QStringLiteral("Ann")}));
        QVERIFY(second.json().value(QStringLiteral("next_cursor")).isNull());
        QCOMPARE(m_a.client->get(QStringLiteral("/api/users?limit=0")).status, 400);
    }

    void theTenantComesFromTheTokenOnly()
    {
        // Naming tenant B in A's request body is refused, and changes nothing anywhere.
        QJsonObject body = userBody(QStringLiteral("mallory@b.example"), QStringLiteral("Mallory"));
        body[QStringLiteral("company_id")] = m_b.id;
        const ApiReply refused = m_a.client->post(QStringLiteral("/api/users"), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("company_id"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("not_allowed"));
        for (const Tenant *tenant : {&m_a, &m_b}) {
            const QStringList emails = valuesOf(tenant->client->get(QStringLiteral("/api/users"))
                                                    .json()
                                                    .value(QStringLiteral("items"))
                                                    .toArray(),
                                                QStringLiteral("email"));
            QVERIFY(!emails.contains(QStringLiteral("mallory@b.example")));
        }
        // A query parameter naming B is ignored: A still reads A.
        const ApiReply sneaky =
            m_a.client->get(QStringLiteral("/api/company/settings?company_id=") + m_b.id);
        QCOMPARE(sneaky.json().value(QStringLiteral("display_name")).toString(), m_a.displayName);
    }

    void noTenantRouteShowsAnotherTenantsData()
    {
        // Markers of each tenant: its id, code, brand, users' names and usage figures.
        const QStringList markersOfA {m_a.id, m_a.code, m_a.displayName, QStringLiteral("Ann")};
        const QStringList markersOfB {m_b.id, m_b.code, m_b.displayName, QStringLiteral("Bob")};
        for (const auto &[path, reply] : readEverything(m_a)) {
            QVERIFY2(reply.status == 200, qPrintable(path));
            for (const QString &marker : markersOfB)
                QVERIFY2(!reply.body.contains(marker.toUtf8()),
                         qPrintable(path + QStringLiteral(" shows ") + marker));
        }
        for (const auto &[path, reply] : readEverything(m_b)) {
            QVERIFY2(reply.status == 200 || path == QLatin1String("/api/reports"),
                     qPrintable(path));
            for (const QString &marker : markersOfA)
                QVERIFY2(!reply.body.contains(marker.toUtf8()),
                         qPrintable(path + QStringLiteral(" shows ") + marker));
        }
        // A's report counts A's users and A's usage only.
        const ApiReply report = m_a.client->get(QStringLiteral("/api/reports"));
        QCOMPARE(report.json().value(QStringLiteral("users_total")).toInt(), 2);
        const QJsonArray usage = report.json().value(QStringLiteral("usage")).toArray();
        QCOMPARE(usage.size(), 30);
        QCOMPARE(usage.last().toObject().value(QStringLiteral("api_calls")).toInt(), 333);

        // A write by A leaves B exactly as it was.
        const QList<QPair<QString, ApiReply>> before = readEverything(m_b);
        QCOMPARE(m_a.client
                     ->post(QStringLiteral("/api/users"),
                            userBody(QStringLiteral("amy@a.example"), QStringLiteral("Amy")))
                     .status,
                 201);
        const QList<QPair<QString, ApiReply>> after = readEverything(m_b);
        for (int i = 0; i < before.size(); ++i) {
            if (before[i].first == QLatin1String("/api/reports"))
                continue; // carries generated_at
            QCOMPARE(after[i].second.body, before[i].second.body);
        }
    }

    void reportsNeedTheReportingFeature()
    {
        const ApiReply gated = m_b.client->get(QStringLiteral("/api/reports"));
        QCOMPARE(gated.status, 403);
        QCOMPARE(gated.error(), QStringLiteral("feature_disabled"));
        QCOMPARE(gated.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("feature"))
                     .toString(),
                 QStringLiteral("reporting"));
        QVERIFY(!gated.body.contains("7777"));
        setFeature(m_b, QStringLiteral("reporting"), true);
        const ApiReply open = m_b.client->get(QStringLiteral("/api/reports"));
        QCOMPARE(open.status, 200);
        QCOMPARE(open.json()
                     .value(QStringLiteral("usage"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("api_calls"))
                     .toInt(),
                 7777);
        setFeature(m_b, QStringLiteral("reporting"), false);
        QCOMPARE(m_b.client->get(QStringLiteral("/api/reports")).status, 403);
    }

    void invalidUsersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed") << QByteArray("{\"email\": ") << 400;
        QTest::newRow("array") << QByteArray("[]") << 400;
        QTest::newRow("bad email")
            << QByteArray("{\"email\":\"nope\",\"display_name\":\"N\"}") << 400;
        QTest::newRow("email number") << QByteArray("{\"email\":5,\"display_name\":\"N\"}") << 400;
        QTest::newRow("no name") << QByteArray("{\"email\":\"n@example.com\"}") << 400;
        QTest::newRow("long name")
            << (QByteArray("{\"email\":\"n@example.com\",\"display_name\":\"")
                + QByteArray(101, 'n') + "\"}")
            << 400;
        QTest::newRow("bad role") << QByteArray(
            "{\"email\":\"n@example.com\",\"display_name\":\"N\",\"role\":\"root\"}")
                                  << 400;
        QTest::newRow("unknown field")
            << QByteArray("{\"email\":\"n@example.com\",\"display_name\":\"N\",\"admin\":true}")
            << 400;
    }
    void invalidUsersAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const ApiReply reply =
            m_a.client->raw("POST", QStringLiteral("/api/users"), body, "application/json");
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
        QCOMPARE(m_a.client->get(QStringLiteral("/api/users")).status, 200);
    }

    void creatingUsersNeedsAUsableLicense()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        struct Case
        {
            const char *code;
            std::function<models::Status(const QString &)> license;
            int status;
        };
        const QList<Case> cases {
            {"LIC-NONE", [](const QString &) { return models::Status::success(); }, 403},
            {"LIC-EXPIRED",
             [&](const QString &id) {
                 return addLicense(id, 10, now.addDays(-400), now.addDays(-40), 30);
             },
             403},
            {"LIC-GRACE",
             [&](const QString &id) {
                 return addLicense(id, 10, now.addDays(-400), now.addDays(-5), 30);
             },
             201},
            {"LIC-REVOKED",
             [&](const QString &id) {
                 return addLicense(id, 10, now.addDays(-1), now.addDays(300), 0,
                                   QStringLiteral("revoked"));
             },
             403},
            {"LIC-LATER",
             [&](const QString &id) {
                 return addLicense(id, 10, now.addDays(5), now.addDays(300), 0);
             },
             403},
        };
        for (const Case &c : cases) {
            Tenant tenant;
            setUp(tenant, QString::fromLatin1(c.code), QStringLiteral("small"), 10);
            QVERIFY(!QTest::currentTestFailed());
            QVERIFY(c.license(tenant.id).ok());
            const ApiReply reply = tenant.client->post(QStringLiteral("/api/users"),
                                                       userBody(QStringLiteral("u@x.example")));
            QVERIFY2(reply.status == c.status, qPrintable(QString::fromLatin1(c.code)));
            if (c.status == 403)
                QCOMPARE(reply.error(), QStringLiteral("license_required"));
        }
    }

    void userLimitHoldsUnderConcurrency()
    {
        Tenant tenant;
        setUp(tenant, QStringLiteral("RACE-01"), QStringLiteral("small"), 10);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(addCurrentLicense(tenant.id, 10).ok());

        constexpr int kThreads = 64;
        std::vector<int> statuses(kThreads, 0);
        std::vector<QString> errors(kThreads);
        std::vector<QJsonObject> details(kThreads);
        std::atomic<int> ready {0};
        std::atomic<bool> go {false};
        std::vector<std::thread> threads;
        const QByteArray token = tenant.client->token();
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                ApiClient client = m_platform.client(token); // one client per thread
                ++ready;
                while (!go.load())
                    std::this_thread::yield();
                const ApiReply reply =
                    client.post(QStringLiteral("/api/users"),
                                userBody(QStringLiteral("racer%1@race.example").arg(i),
                                         QStringLiteral("Racer %1").arg(i)));
                statuses[i] = reply.status;
                errors[i] = reply.error();
                details[i] = reply.json().value(QStringLiteral("details")).toObject();
            });
        }
        while (ready.load() < kThreads)
            std::this_thread::yield();
        go = true;
        for (std::thread &thread : threads)
            thread.join();

        int created = 0;
        int refused = 0;
        for (int i = 0; i < kThreads; ++i) {
            QVERIFY2(
                statuses[i] > 0 && statuses[i] < 500,
                qPrintable(
                    QStringLiteral("answer %1: %2 %3").arg(i).arg(statuses[i]).arg(errors[i])));
            if (statuses[i] == 201) {
                ++created;
            } else {
                QCOMPARE(statuses[i], 403);
                QCOMPARE(errors[i], QStringLiteral("user_limit_reached"));
                QCOMPARE(details[i].value(QStringLiteral("max_users")).toInt(), 10);
                QCOMPARE(details[i].value(QStringLiteral("current")).toInt(), 10);
                ++refused;
            }
        }
        QCOMPARE(created, 10);
        QCOMPARE(refused, 54);
        const ApiReply list = tenant.client->get(QStringLiteral("/api/users?limit=500"));
        QCOMPARE(list.json().value(QStringLiteral("total")).toInt(), 10);
        QCOMPARE(list.json().value(QStringLiteral("items")).toArray().size(), 10);
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/companies/") + tenant.id)
                     .json()
                     .value(QStringLiteral("user_count"))
                     .toInt(),
                 10);
    }

    void suspendedCompaniesAreRefused()
    {
        Tenant tenant;
        setUp(tenant, QStringLiteral("SUSP-01"), QStringLiteral("small"), 10);
        QVERIFY(!QTest::currentTestFailed());
        const QString path = QStringLiteral("/admin/companies/") + tenant.id;
        QCOMPARE(m_platform.admin().post(path + QStringLiteral("/suspend"), {}).status, 200);
        for (const auto &[route, reply] : readEverything(tenant))
            QVERIFY2(reply.status == 403, qPrintable(route));
        QCOMPARE(m_platform.admin().post(path + QStringLiteral("/activate"), {}).status, 200);
        QCOMPARE(tenant.client->get(QStringLiteral("/api/company/settings")).status, 200);
    }

    void maintenanceAnswers503WithRetryAfter()
    {
        QVERIFY(sql(QStringLiteral("UPDATE maintenance_state SET enabled = true, "
                                   "retry_after_seconds = 120, message = 'Upgrading' WHERE id = 1"))
                    .ok());
        QList<ApiReply> replies;
        for (const auto &[path, reply] : readEverything(m_a))
            replies.append(reply);
        replies.append(m_a.client->post(QStringLiteral("/api/users"),
                                        userBody(QStringLiteral("late@a.example"))));
        replies.append(m_b.client->get(QStringLiteral("/api/company/settings")));
        for (const ApiReply &reply : replies) {
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.error(), QStringLiteral("maintenance"));
            QCOMPARE(reply.header("Retry-After"), QByteArray("120"));
        }
        // The admin API keeps working.
        QCOMPARE(m_platform.admin().get(QStringLiteral("/admin/companies/") + m_a.id).status, 200);
        QVERIFY(
            sql(QStringLiteral("UPDATE maintenance_state SET enabled = false WHERE id = 1")).ok());
        QCOMPARE(m_a.client->get(QStringLiteral("/api/company/settings")).status, 200);
        // Nothing was created while the platform was down.
        QVERIFY(!valuesOf(m_a.client->get(QStringLiteral("/api/users"))
                              .json()
                              .value(QStringLiteral("items"))
                              .toArray(),
                          QStringLiteral("email"))
                     .contains(QStringLiteral("late@a.example")));
    }

private:
    PlatformFixture m_platform;
    Tenant m_a;
    Tenant m_b;
};

QTEST_GUILESS_MAIN(TestTenantApi)
#include "tst_tenantapi.moc"
