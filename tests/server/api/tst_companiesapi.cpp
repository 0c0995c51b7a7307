#include "tests/support/PlatformFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::tests;

namespace {

using Headers = ApiClient::Headers;

Headers ifMatch(const QByteArray &etag)
{
    return {{"If-Match", etag}};
}

QJsonObject companyBody(const QString &code, const QString &tier = QStringLiteral("small"),
                        int maxUsers = 5)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), QStringLiteral("Company ") + code},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("max_users"), maxUsers},
            {QStringLiteral("contact_email"), QStringLiteral("ops@example.com")}};
}

QJsonObject settingsBody()
{
    return {{QStringLiteral("display_name"), QStringLiteral("Acme Field Services")},
            {QStringLiteral("primary_color"), QStringLiteral("#1A73E8")},
            {QStringLiteral("secondary_color"), QStringLiteral("#37474f")},
            {QStringLiteral("accent_color"), QStringLiteral("#00695c")},
            {QStringLiteral("login_title"), QStringLiteral("Welcome")},
            {QStringLiteral("login_message"), QStringLiteral("Line one\nLine two")},
            {QStringLiteral("custom_domain"), QJsonValue::Null}};
}

QStringList codesOf(const QJsonArray &items, const QString &key = QStringLiteral("code"))
{
    QStringList codes;
    for (const QJsonValue &item : items)
        codes.append(item.toObject().value(key).toString());
    return codes;
}

// The problem recorded for `field` in an invalid_field answer.
QJsonObject fieldProblem(const ApiReply &reply, const QString &field)
{
    return reply.json()
        .value(QStringLiteral("details"))
        .toObject()
        .value(QStringLiteral("fields"))
        .toObject()
        .value(field)
        .toObject();
}

QStringList auditActions(const ApiReply &reply)
{
    return codesOf(reply.json().value(QStringLiteral("items")).toArray(), QStringLiteral("action"));
}

} // namespace

// The admin companies API over HTTPS, on SQLite and PostgreSQL: CRUD with ETags, paging and
// filters, validation, white-label settings, features, the tier catalog, roles and the audit
// trail.
class TestCompaniesApi : public QObject
{
    Q_OBJECT

    // Creates a company as root; fails the test (and returns an empty object) otherwise.
    QJsonObject create(const QJsonObject &body)
    {
        const ApiReply reply = m_platform.admin().post(QStringLiteral("/admin/companies"), body);
        if (reply.status != 201) {
            qWarning("create answered %d: %s", reply.status, reply.body.constData());
            return {};
        }
        return reply.json();
    }

    static QString idOf(const QJsonObject &company)
    {
        return company.value(QStringLiteral("id")).toString();
    }

    models::Status sql(const QString &statement, const QVariantList &params = {})
    {
        return m_platform.sql(statement, params);
    }

    // A registered license row, written directly (the licensing routes are not needed here).
    models::Status addLicense(const QString &companyId, const QDateTime &notBefore,
                              const QDateTime &expiresAt, int graceDays,
                              const QString &status = QStringLiteral("active"))
    {
        return m_platform.addLicense(
            {QUuid(companyId), 5, {}, notBefore, expiresAt, graceDays, status});
    }

private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto staff = m_platform.signInStaff();
        QVERIFY2(staff.ok(), qPrintable(staff.error().message));
    }

    void createReadUpdateDelete()
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply created =
            admin.post(QStringLiteral("/admin/companies"), companyBody(QStringLiteral("CRUD-01")));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("ETag"), QByteArray("\"v1\""));
        const QJsonObject company = created.json();
        const QString id = idOf(company);
        QVERIFY(QUuid(id).isNull() == false);
        QCOMPARE(created.header("Location"), (QStringLiteral("/admin/companies/") + id).toLatin1());
        QCOMPARE(company.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(company.value(QStringLiteral("license_status")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(company.value(QStringLiteral("user_count")).toInt(), 0);
        QCOMPARE(company.value(QStringLiteral("version")).toInt(), 1);

        // The code is unique: 409 naming the field.
        const ApiReply duplicate =
            admin.post(QStringLiteral("/admin/companies"), companyBody(QStringLiteral("CRUD-01")));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.error(), QStringLiteral("conflict"));
        QCOMPARE(duplicate.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("code"));

        const QString path = QStringLiteral("/admin/companies/") + id;
        const ApiReply read = admin.get(path);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("ETag"), QByteArray("\"v1\""));
        QCOMPARE(read.json().value(QStringLiteral("code")).toString(), QStringLiteral("CRUD-01"));
        QCOMPARE(admin.get(path, {{"If-None-Match", "\"v1\""}}).status, 304);

        QJsonObject change = read.json(); // read-only fields are sent back and ignored
        change[QStringLiteral("name")] = QStringLiteral("Renamed Ltd");
        change[QStringLiteral("max_users")] = 8;
        QCOMPARE(admin.put(path, change).status, 428);
        const ApiReply wrongVersion = admin.put(path, change, ifMatch("\"v7\""));
        QCOMPARE(wrongVersion.status, 412);
        QCOMPARE(wrongVersion.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("current_etag"))
                     .toString(),
                 QStringLiteral("\"v1\""));
        const ApiReply updated = admin.put(path, change, ifMatch("\"v1\""));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.header("ETag"), QByteArray("\"v2\""));
        QCOMPARE(updated.json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed Ltd"));
        QCOMPARE(updated.json().value(QStringLiteral("max_users")).toInt(), 8);

        // A second admin still holding v1 cannot overwrite the change.
        change[QStringLiteral("name")] = QStringLiteral("Lost update");
        QCOMPARE(admin.put(path, change, ifMatch("\"v1\"")).status, 412);
        QCOMPARE(admin.get(path).json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed Ltd"));

        // The code never changes.
        change[QStringLiteral("code")] = QStringLiteral("CRUD-02");
        const ApiReply recoded = admin.put(path, change, ifMatch("\"v2\""));
        QCOMPARE(recoded.status, 400);
        QCOMPARE(fieldProblem(recoded, QStringLiteral("code")).value(QStringLiteral("reason")),
                 QStringLiteral("not_allowed"));

        // Suspend and activate, each idempotent.
        const ApiReply suspended =
            admin.post(path + QStringLiteral("/suspend"),
                       {{QStringLiteral("reason"), QStringLiteral("unpaid")}});
        QCOMPARE(suspended.status, 200);
        QCOMPARE(suspended.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("suspended"));
        QCOMPARE(suspended.header("ETag"), QByteArray("\"v3\""));
        const ApiReply again = admin.post(path + QStringLiteral("/suspend"), {});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("ETag"), QByteArray("\"v3\""));
        QCOMPARE(admin.post(path + QStringLiteral("/activate"), {}, ifMatch("\"v1\"")).status, 412);
        const ApiReply activated = admin.post(path + QStringLiteral("/activate"), {});
        QCOMPARE(activated.status, 200);
        QCOMPARE(activated.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        const QByteArray etag = activated.header("ETag");

        // Soft delete: If-Match required; the row stays, with status deleted.
        QCOMPARE(admin.del(path).status, 428);
        QCOMPARE(admin.del(path, ifMatch("\"v1\"")).status, 412);
        QCOMPARE(admin.del(path, ifMatch(etag)).status, 204);
        const ApiReply deleted = admin.get(path);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("deleted"));
        const ApiReply changeDeleted = admin.put(path, companyBody(QStringLiteral("CRUD-01")),
                                                 ifMatch(deleted.header("ETag")));
        QCOMPARE(changeDeleted.status, 409);
        QCOMPARE(admin.post(path + QStringLiteral("/activate"), {}).status, 409);
        QVERIFY(!codesOf(admin.get(QStringLiteral("/admin/companies?limit=500"))
                             .json()
                             .value(QStringLiteral("items"))
                             .toArray())
                     .contains(QStringLiteral("CRUD-01")));
        QVERIFY(codesOf(admin.get(QStringLiteral("/admin/companies?status=deleted&limit=500"))
                            .json()
                            .value(QStringLiteral("items"))
                            .toArray())
                    .contains(QStringLiteral("CRUD-01")));
    }

    void retriedCreateIsIdempotent()
    {
        const Headers key {
            {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
        ApiClient &admin = m_platform.admin();
        const ApiReply first = admin.post(QStringLiteral("/admin/companies"),
                                          companyBody(QStringLiteral("IDEM-01")), key);
        QCOMPARE(first.status, 201);
        const ApiReply retry = admin.post(QStringLiteral("/admin/companies"),
                                          companyBody(QStringLiteral("IDEM-01")), key);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(idOf(retry.json()), idOf(first.json()));
        const ApiReply audit =
            admin.get(QStringLiteral("/admin/companies/%1/audit").arg(idOf(first.json())));
        QCOMPARE(auditActions(audit), QStringList {QStringLiteral("company.create")});
    }

    void listPagesSearchesFiltersAndSorts()
    {
        ApiClient &admin = m_platform.admin();
        const QStringList codes {QStringLiteral("LIST-A1"), QStringLiteral("LIST-B2"),
                                 QStringLiteral("LIST-C3"), QStringLiteral("LIST-D4"),
                                 QStringLiteral("LIST-E5")};
        for (int i = 0; i < codes.size(); ++i) {
            const bool medium = i % 2 == 1;
            QVERIFY(!create(companyBody(codes[i],
                                        medium ? QStringLiteral("medium") : QStringLiteral("small"),
                                        medium ? 20 : 5))
                         .isEmpty());
        }

        // Walk the pages of the search "list-" two at a time.
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QString path = QStringLiteral("/admin/companies?q=list-&limit=2&sort=code");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const ApiReply page = admin.get(path);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), 5);
            seen += codesOf(page.json().value(QStringLiteral("items")).toArray());
            cursor = page.json().value(QStringLiteral("next_cursor")).toString();
            QVERIFY(++pages <= 3);
        } while (!cursor.isEmpty());
        QCOMPARE(seen, codes);

        const ApiReply descending = admin.get(QStringLiteral("/admin/companies?q=LIST&sort=-code"));
        QStringList reversed = codes;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(codesOf(descending.json().value(QStringLiteral("items")).toArray()), reversed);

        const ApiReply medium =
            admin.get(QStringLiteral("/admin/companies?q=list&tier=medium&sort=code"));
        QCOMPARE(codesOf(medium.json().value(QStringLiteral("items")).toArray()),
                 (QStringList {QStringLiteral("LIST-B2"), QStringLiteral("LIST-D4")}));
        // Search by name, case-insensitively; LIKE wildcards are literal.
        const ApiReply byName = admin.get(QStringLiteral("/admin/companies?q=company list-c3"));
        QCOMPARE(codesOf(byName.json().value(QStringLiteral("items")).toArray()),
                 QStringList {QStringLiteral("LIST-C3")});
        const ApiReply wildcard = admin.get(QStringLiteral("/admin/companies?q=LIST%"));
        QCOMPARE(wildcard.status, 200);
        QCOMPARE(wildcard.json().value(QStringLiteral("total")).toInt(), 0);
    }

    void badListParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
        QTest::newRow("limit 501") << QStringLiteral("limit=501") << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("limit=ten") << QStringLiteral("limit");
        QTest::newRow("cursor") << QStringLiteral("cursor=not-a-cursor")
                                << QStringLiteral("cursor");
        QTest::newRow("sort") << QStringLiteral("sort=password") << QStringLiteral("sort");
        QTest::newRow("tier") << QStringLiteral("tier=huge") << QStringLiteral("tier");
        QTest::newRow("status") << QStringLiteral("status=gone") << QStringLiteral("status");
        QTest::newRow("q too long")
            << QStringLiteral("q=") + QString(201, QLatin1Char('x')) << QStringLiteral("q");
    }
    void badListParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/companies?") + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        QVERIFY2(!fieldProblem(reply, field).isEmpty(), reply.body);
    }

    void invalidCompaniesAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lowercase code")
            << QStringLiteral("code") << QJsonValue(QStringLiteral("acme"))
            << QStringLiteral("format");
        QTest::newRow("code sql") << QStringLiteral("code")
                                  << QJsonValue(QStringLiteral("A'; DROP TABLE companies;--"))
                                  << QStringLiteral("format");
        QTest::newRow("code number")
            << QStringLiteral("code") << QJsonValue(42) << QStringLiteral("wrong_type");
        QTest::newRow("empty name")
            << QStringLiteral("name") << QJsonValue(QStringLiteral("")) << QStringLiteral("empty");
        QTest::newRow("long name")
            << QStringLiteral("name") << QJsonValue(QString(201, QLatin1Char('n')))
            << QStringLiteral("too_long");
        QTest::newRow("name with newline")
            << QStringLiteral("name") << QJsonValue(QStringLiteral("two\nlines"))
            << QStringLiteral("format");
        QTest::newRow("unknown tier")
            << QStringLiteral("tier") << QJsonValue(QStringLiteral("huge"))
            << QStringLiteral("unknown_value");
        QTest::newRow("users outside tier")
            << QStringLiteral("max_users") << QJsonValue(50) << QStringLiteral("out_of_range");
        QTest::newRow("users as text")
            << QStringLiteral("max_users") << QJsonValue(QStringLiteral("5"))
            << QStringLiteral("wrong_type");
        QTest::newRow("users fraction")
            << QStringLiteral("max_users") << QJsonValue(5.5) << QStringLiteral("format");
        QTest::newRow("bad email")
            << QStringLiteral("contact_email") << QJsonValue(QStringLiteral("not an address"))
            << QStringLiteral("format");
        QTest::newRow("null email") << QStringLiteral("contact_email")
                                    << QJsonValue(QJsonValue::Null) << QStringLiteral("missing");
        QTest::newRow("unknown field")
            << QStringLiteral("primary_colour") << QJsonValue(QStringLiteral("#ffffff"))
            << QStringLiteral("unknown_field");
    }
    void invalidCompaniesAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject body = companyBody(QStringLiteral("BAD-01"));
        body[key] = value;
        const ApiReply reply = m_platform.admin().post(QStringLiteral("/admin/companies"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        const QJsonObject problem = fieldProblem(reply, key);
        QVERIFY2(!problem.isEmpty(), reply.body);
        if (reason != QLatin1String("format"))
            QCOMPARE(problem.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!problem.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_platform.client().get(QStringLiteral("/healthz")).status, 200);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("truncated")
            << QByteArray("{\"code\": \"X") << QByteArray("application/json") << 400;
        QTest::newRow("array") << QByteArray("[1,2]") << QByteArray("application/json") << 400;
        QTest::newRow("duplicate keys") << QByteArray("{\"code\":\"A1\",\"code\":\"B1\"}")
                                        << QByteArray("application/json") << 400;
        QTest::newRow("text") << QByteArray("code=A1") << QByteArray("text/plain") << 415;
        QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << 400;
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const ApiReply reply =
            m_platform.admin().raw("POST", QStringLiteral("/admin/companies"), body, contentType);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
        QVERIFY(reply.json().value(QStringLiteral("details")).isObject());
        QCOMPARE(m_platform.client().get(QStringLiteral("/healthz")).status, 200);
    }

    void badIdsNameNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("text") << QStringLiteral("not-a-uuid");
        QTest::newRow("upper case") << QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000");
        QTest::newRow("sql") << QStringLiteral("' OR '1'='1");
        QTest::newRow("unknown") << QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    void badIdsNameNothing()
    {
        QFETCH(QString, id);
        ApiClient &admin = m_platform.admin();
        const QString path = QStringLiteral("/admin/companies/") + id;
        for (const QString &suffix : {QString(), QStringLiteral("/settings"),
                                      QStringLiteral("/features"), QStringLiteral("/audit")}) {
            const ApiReply reply = admin.get(path + suffix);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.error(), QStringLiteral("not_found"));
        }
        QCOMPARE(admin.put(path, companyBody(QStringLiteral("NONE-1")), ifMatch("\"v1\"")).status,
                 404);
        QCOMPARE(admin.del(path, ifMatch("\"v1\"")).status, 404);
        QCOMPARE(admin.post(path + QStringLiteral("/suspend"), {}).status, 404);
    }

    void sqlLikeStringsAreStoredVerbatim()
    {
        const QString name = QStringLiteral("Robert'); DROP TABLE companies;-- \"x\" \\ %_ ü😀");
        QJsonObject body = companyBody(QStringLiteral("SQL-01"));
        body[QStringLiteral("name")] = name;
        const QJsonObject company = create(body);
        QVERIFY(!company.isEmpty());
        QCOMPARE(company.value(QStringLiteral("name")).toString(), name);
        const QString path = QStringLiteral("/admin/companies/") + idOf(company);
        QCOMPARE(m_platform.admin().get(path).json().value(QStringLiteral("name")).toString(),
                 name);
        const ApiReply found = m_platform.admin().get(QStringLiteral("/admin/companies?q=")
                                                      + QStringLiteral("drop table companies;--"));
        QCOMPARE(codesOf(found.json().value(QStringLiteral("items")).toArray()),
                 QStringList {QStringLiteral("SQL-01")});

        QJsonObject settings = settingsBody();
        const QString message = QStringLiteral("1; DELETE FROM company_settings WHERE '1'='1';\n"
                                               "<script>alert(1)</script>");
        settings[QStringLiteral("login_message")] = message;
        const ApiReply current = m_platform.admin().get(path + QStringLiteral("/settings"));
        const ApiReply saved = m_platform.admin().put(path + QStringLiteral("/settings"), settings,
                                                      ifMatch(current.header("ETag")));
        QCOMPARE(saved.status, 200);
        QCOMPARE(m_platform.admin()
                     .get(path + QStringLiteral("/settings"))
                     .json()
                     .value(QStringLiteral("login_message"))
                     .toString(),
                 message);
    }

    void settingsReadAndWrite()
    {
        const QJsonObject company = create(companyBody(QStringLiteral("BRAND-1")));
        QVERIFY(!company.isEmpty());
        ApiClient &admin = m_platform.admin();
        const QString path = QStringLiteral("/admin/companies/%1/settings").arg(idOf(company));
        const ApiReply defaults = admin.get(path);
        QCOMPARE(defaults.status, 200);
        QCOMPARE(defaults.header("ETag"), QByteArray("\"v1\""));
        QCOMPARE(defaults.json().value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Company BRAND-1"));
        QCOMPARE(admin.get(path, {{"If-None-Match", "\"v1\""}}).status, 304);

        QCOMPARE(admin.put(path, settingsBody()).status, 428);
        const ApiReply saved = admin.put(path, settingsBody(), ifMatch("\"v1\""));
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.header("ETag"), QByteArray("\"v2\""));
        const QJsonObject stored = admin.get(path).json();
        QCOMPARE(stored.value(QStringLiteral("primary_color")).toString(),
                 QStringLiteral("#1a73e8")); // stored lowercase
        QCOMPARE(stored.value(QStringLiteral("login_message")).toString(),
                 QStringLiteral("Line one\nLine two"));
        QVERIFY(stored.value(QStringLiteral("favicon_url")).isNull());
        QCOMPARE(admin.put(path, settingsBody(), ifMatch("\"v1\"")).status, 412);

        // A custom domain belongs to one company.
        QJsonObject withDomain = settingsBody();
        withDomain[QStringLiteral("custom_domain")] = QStringLiteral("Portal.Example.com");
        QCOMPARE(admin.put(path, withDomain, ifMatch("\"v2\"")).status, 200);
        const QJsonObject other = create(companyBody(QStringLiteral("BRAND-2")));
        const QString otherPath = QStringLiteral("/admin/companies/%1/settings").arg(idOf(other));
        const ApiReply taken = admin.put(otherPath, withDomain, ifMatch("\"v1\""));
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.error(), QStringLiteral("domain_taken"));
        QCOMPARE(taken.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("custom_domain"));
    }

    // The language and time zone the company's notices use: defaults, saved, refused.
    void settingsLanguageAndZone()
    {
        const QJsonObject company = create(companyBody(QStringLiteral("LANG-1")));
        QVERIFY(!company.isEmpty());
        ApiClient &admin = m_platform.admin();
        const QString path = QStringLiteral("/admin/companies/%1/settings").arg(idOf(company));
        const QJsonObject defaults = admin.get(path).json();
        QCOMPARE(defaults.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(defaults.value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("Africa/Johannesburg"));

        QJsonObject german = settingsBody();
        german[QStringLiteral("language")] = QStringLiteral("de");
        german[QStringLiteral("timezone")] = QStringLiteral("Europe/Berlin");
        QCOMPARE(admin.put(path, german, ifMatch("\"v1\"")).status, 200);
        const QJsonObject stored = admin.get(path).json();
        QCOMPARE(stored.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(stored.value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("Europe/Berlin"));

        const QList<QPair<QString, QString>> refused {
            {QStringLiteral("language"), QStringLiteral("fr")},
            {QStringLiteral("timezone"), QStringLiteral("Mars/Olympus")},
        };
        for (const auto &[field, value] : refused) {
            QJsonObject bad = german;
            bad[field] = value;
            const ApiReply answer = admin.put(path, bad, ifMatch("\"v2\""));
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.field(), field);
        }
        QCOMPARE(admin.get(path).json().value(QStringLiteral("language")).toString(),
                 QStringLiteral("de"));
    }

    // A refused write names its first reason, in one order for a company, its settings and its
    // features: no such company, then a stale version, then a deleted company, then the body.
    void refusalsComeInOrder()
    {
        ApiClient &admin = m_platform.admin();
        const QJsonObject badCompany {{QStringLiteral("name"), 5}};
        const QJsonObject badSettings {{QStringLiteral("primary_color"), QStringLiteral("red")}};
        const QJsonObject badFeatures {{QStringLiteral("changes"), QStringLiteral("all")}};
        const QString settings = QStringLiteral("/settings");
        const QString features = QStringLiteral("/features");
        const QString unknown = QStringLiteral("/admin/companies/")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(admin.put(unknown, badCompany, ifMatch("\"v1\"")).status, 404);
        QCOMPARE(admin.put(unknown + settings, badSettings, ifMatch("\"v1\"")).status, 404);
        QCOMPARE(admin.put(unknown + features, badFeatures, ifMatch("\"v1\"")).status, 404);

        const QJsonObject company = create(companyBody(QStringLiteral("ORDER-1")));
        QVERIFY(!company.isEmpty());
        const QString path = QStringLiteral("/admin/companies/") + idOf(company);
        QCOMPARE(admin.put(path, badCompany, ifMatch("\"v9\"")).status, 412);
        QCOMPARE(admin.put(path + settings, badSettings, ifMatch("\"v9\"")).status, 412);
        QCOMPARE(admin.put(path + features, badFeatures, ifMatch("\"v9\"")).status, 412);
        // A dry run needs no If-Match, but a stale one still fails.
        const QJsonObject noChanges {{QStringLiteral("changes"), QJsonArray()}};
        QCOMPARE(admin.put(path + features + QStringLiteral("?dry_run=true"), noChanges).status,
                 200);
        QCOMPARE(admin
                     .put(path + features + QStringLiteral("?dry_run=true"), noChanges,
                          ifMatch("\"v9\""))
                     .status,
                 412);
        QCOMPARE(admin.put(path, badCompany, ifMatch("\"v1\"")).status, 400);

        QCOMPARE(admin.del(path, ifMatch("\"v1\"")).status, 204);
        QCOMPARE(admin.put(path, badCompany, ifMatch(admin.get(path).header("ETag"))).status, 409);
        QCOMPARE(admin.put(path + settings, badSettings, ifMatch("\"v1\"")).status, 409);
    }

    void invalidSettingsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("short colour")
            << QStringLiteral("primary_color") << QJsonValue(QStringLiteral("#12345"));
        QTest::newRow("named colour")
            << QStringLiteral("secondary_color") << QJsonValue(QStringLiteral("red"));
        QTest::newRow("not hex") << QStringLiteral("accent_color")
                                 << QJsonValue(QStringLiteral("#GGGGGG"));
        QTest::newRow("colour sql")
            << QStringLiteral("accent_color") << QJsonValue(QStringLiteral("#fff'--"));
        QTest::newRow("missing colour")
            << QStringLiteral("primary_color") << QJsonValue(QJsonValue::Null);
        QTest::newRow("long footer")
            << QStringLiteral("footer_text") << QJsonValue(QString(501, u'f'));
        QTest::newRow("reserved subdomain")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("admin"));
        QTest::newRow("subdomain with a dot")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("a.example"));
        QTest::newRow("short subdomain")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("ab"));
        QTest::newRow("long title")
            << QStringLiteral("login_title") << QJsonValue(QString(101, u't'));
        QTest::newRow("long message")
            << QStringLiteral("login_message") << QJsonValue(QString(1001, u'm'));
        QTest::newRow("long display name")
            << QStringLiteral("display_name") << QJsonValue(QString(101, u'd'));
        QTest::newRow("bad domain")
            << QStringLiteral("custom_domain") << QJsonValue(QStringLiteral("not a domain"));
        QTest::newRow("number title") << QStringLiteral("login_title") << QJsonValue(7);
        QTest::newRow("unknown field")
            << QStringLiteral("primary_colour") << QJsonValue(QStringLiteral("#ffffff"));
    }
    void invalidSettingsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        if (m_brandId.isEmpty()) {
            m_brandId = idOf(create(companyBody(QStringLiteral("BRAND-X"))));
            QVERIFY(!m_brandId.isEmpty());
        }
        const QString path = QStringLiteral("/admin/companies/%1/settings").arg(m_brandId);
        const ApiReply before = m_platform.admin().get(path);
        QJsonObject body = settingsBody();
        body[key] = value;
        const ApiReply reply = m_platform.admin().put(path, body, ifMatch(before.header("ETag")));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        QVERIFY2(!fieldProblem(reply, key).isEmpty(), reply.body);
        // Nothing was written.
        QCOMPARE(m_platform.admin().get(path).header("ETag"), before.header("ETag"));
        QCOMPARE(m_platform.client().get(QStringLiteral("/healthz")).status, 200);
    }

    void featuresBulkUpdateIsAtomic()
    {
        const QJsonObject company = create(companyBody(QStringLiteral("FEAT-01")));
        QVERIFY(!company.isEmpty());
        ApiClient &admin = m_platform.admin();
        const QString path = QStringLiteral("/admin/companies/%1/features").arg(idOf(company));
        const ApiReply initial = admin.get(path);
        QCOMPARE(initial.status, 200);
        const QJsonArray features = initial.json().value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), 11);
        QCOMPARE(initial.json().value(QStringLiteral("tier")).toString(), QStringLiteral("small"));
        for (const QJsonValue &feature : features) {
            QCOMPARE(feature.toObject().value(QStringLiteral("source")).toString(),
                     QStringLiteral("tier"));
        }
        const QByteArray etag = initial.header("ETag");
        QVERIFY(!etag.isEmpty());

        // One unknown code among good ones: nothing changes.
        const QJsonObject bad {
            {QStringLiteral("changes"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("code"), QStringLiteral("white_label")},
                              {QStringLiteral("enabled"), true}},
                 QJsonObject {{QStringLiteral("code"), QStringLiteral("teleportation")},
                              {QStringLiteral("enabled"), true}},
                 QJsonObject {{QStringLiteral("code"), QStringLiteral("reporting")},
                              {QStringLiteral("enabled"), false}},
             }}};
        const ApiReply refused = admin.put(path, bad, ifMatch(etag));
        QCOMPARE(refused.status, 400);
        QVERIFY2(!fieldProblem(refused, QStringLiteral("changes[1].code")).isEmpty(), refused.body);
        const ApiReply unchanged = admin.get(path);
        QCOMPARE(unchanged.header("ETag"), etag);
        QCOMPARE(unchanged.json().value(QStringLiteral("features")),
                 initial.json().value(QStringLiteral("features")));

        // Duplicates and wrong types are refused the same way.
        const QJsonObject duplicate {
            {QStringLiteral("changes"),
             QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("calendar")},
                                      {QStringLiteral("enabled"), true}},
                         QJsonObject {{QStringLiteral("code"), QStringLiteral("calendar")},
                                      {QStringLiteral("enabled"), false}}}}};
        QCOMPARE(admin.put(path, duplicate, ifMatch(etag)).status, 400);
        const QJsonObject wrongType {
            {QStringLiteral("changes"),
             QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("calendar")},
                                      {QStringLiteral("enabled"), QStringLiteral("yes")}}}}};
        QCOMPARE(admin.put(path, wrongType, ifMatch(etag)).status, 400);
        QCOMPARE(admin.get(path).header("ETag"), etag);

        // A dry run computes the diff and changes nothing.
        QJsonObject good = bad;
        QJsonArray goodChanges = good.value(QStringLiteral("changes")).toArray();
        goodChanges.removeAt(1);
        good[QStringLiteral("changes")] = goodChanges;
        const ApiReply dry = admin.put(path + QStringLiteral("?dry_run=true"), good);
        QCOMPARE(dry.status, 200);
        QCOMPARE(dry.json().value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(admin.get(path).header("ETag"), etag);

        QCOMPARE(admin.put(path, good).status, 428);
        const ApiReply applied = admin.put(path, good, ifMatch(etag));
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json().value(QStringLiteral("applied")).toBool(), true);
        const QJsonObject diff = applied.json().value(QStringLiteral("diff")).toObject();
        QCOMPARE(diff.value(QStringLiteral("added")).toArray(),
                 QJsonArray {QStringLiteral("white_label")});
        QCOMPARE(diff.value(QStringLiteral("removed")).toArray(),
                 QJsonArray {QStringLiteral("reporting")});
        QVERIFY(applied.header("ETag") != etag);
        QCOMPARE(admin.put(path, good, ifMatch(etag)).status, 412); // stale now

        const QJsonArray after = admin.get(path).json().value(QStringLiteral("features")).toArray();
        for (const QJsonValue &value : after) {
            const QJsonObject feature = value.toObject();
            const QString code = feature.value(QStringLiteral("code")).toString();
            const bool overridden =
                code == QLatin1String("white_label") || code == QLatin1String("reporting");
            QCOMPARE(feature.value(QStringLiteral("source")).toString(),
                     overridden ? QStringLiteral("override") : QStringLiteral("tier"));
            if (code == QLatin1String("reporting"))
                QCOMPARE(feature.value(QStringLiteral("enabled")).toBool(), false);
        }

        // enabled null drops the override: the tier decides again.
        const QJsonObject reset {
            {QStringLiteral("changes"),
             QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("reporting")},
                                      {QStringLiteral("enabled"), QJsonValue::Null}}}}};
        const ApiReply follow = admin.put(path, reset, ifMatch(applied.header("ETag")));
        QCOMPARE(follow.status, 200);
        QCOMPARE(follow.json()
                     .value(QStringLiteral("diff"))
                     .toObject()
                     .value(QStringLiteral("added"))
                     .toArray(),
                 QJsonArray {QStringLiteral("reporting")});
    }

    void catalogAndTierTemplates()
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply catalog = admin.get(QStringLiteral("/admin/features"));
        QCOMPARE(catalog.status, 200);
        const QJsonObject body = catalog.json();
        QCOMPARE(body.value(QStringLiteral("features")).toArray().size(), 11);
        const QJsonObject tiers = body.value(QStringLiteral("tiers")).toObject();
        QCOMPARE(tiers.value(QStringLiteral("small"))
                     .toObject()
                     .value(QStringLiteral("min_users"))
                     .toInt(),
                 2);
        QCOMPARE(tiers.value(QStringLiteral("medium"))
                     .toObject()
                     .value(QStringLiteral("max_users"))
                     .toInt(),
                 30);
        const QByteArray etag = catalog.header("ETag");

        const QJsonObject company = create(companyBody(QStringLiteral("TIER-01")));
        const QString featuresPath =
            QStringLiteral("/admin/companies/%1/features").arg(idOf(company));
        const QByteArray companyEtag = admin.get(featuresPath).header("ETag");

        // Small companies lose the calendar from their template.
        QJsonObject update {{QStringLiteral("tiers"), tiers}};
        QJsonObject small = tiers.value(QStringLiteral("small")).toObject();
        QJsonArray smallFeatures = small.value(QStringLiteral("features")).toArray();
        for (qsizetype i = 0; i < smallFeatures.size(); ++i) {
            if (smallFeatures.at(i).toString() == QLatin1String("calendar"))
                smallFeatures.removeAt(i--);
        }
        small[QStringLiteral("features")] = smallFeatures;
        QJsonObject changedTiers = tiers;
        changedTiers[QStringLiteral("small")] = small;
        update[QStringLiteral("tiers")] = changedTiers;

        QCOMPARE(
            m_platform.sales().put(QStringLiteral("/admin/features"), update, ifMatch(etag)).status,
            403);
        QCOMPARE(admin.put(QStringLiteral("/admin/features"), update).status, 428);
        QJsonObject inverted = update;
        QJsonObject badTiers = changedTiers;
        QJsonObject badSmall = small;
        badSmall[QStringLiteral("min_users")] = 20;
        badTiers[QStringLiteral("small")] = badSmall;
        inverted[QStringLiteral("tiers")] = badTiers;
        const ApiReply order =
            admin.put(QStringLiteral("/admin/features"), inverted, ifMatch(etag));
        QCOMPARE(order.status, 400);
        QCOMPARE(fieldProblem(order, QStringLiteral("tiers.small.max_users"))
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("order"));

        const ApiReply saved = admin.put(QStringLiteral("/admin/features"), update, ifMatch(etag));
        QCOMPARE(saved.status, 200);
        QVERIFY(saved.header("ETag") != etag);
        QCOMPARE(admin.put(QStringLiteral("/admin/features"), update, ifMatch(etag)).status, 412);

        const ApiReply followed = admin.get(featuresPath);
        QVERIFY(followed.header("ETag") != companyEtag);
        for (const QJsonValue &value :
             followed.json().value(QStringLiteral("features")).toArray()) {
            if (value.toObject().value(QStringLiteral("code")).toString()
                == QLatin1String("calendar"))
                QCOMPARE(value.toObject().value(QStringLiteral("enabled")).toBool(), false);
        }

        // Restore the shipped templates for the other tests.
        const ApiReply restored =
            admin.put(QStringLiteral("/admin/features"), {{QStringLiteral("tiers"), tiers}},
                      ifMatch(saved.header("ETag")));
        QCOMPARE(restored.status, 200);
    }

    void rolesAreEnforced()
    {
        const QJsonObject company = create(companyBody(QStringLiteral("ROLE-01")));
        QVERIFY(!company.isEmpty());
        const QString path = QStringLiteral("/admin/companies/") + idOf(company);
        ApiClient &support = m_platform.support();
        ApiClient &sales = m_platform.sales();

        // Support reads everything and changes nothing.
        QCOMPARE(support.get(QStringLiteral("/admin/companies")).status, 200);
        QCOMPARE(support.get(path).status, 200);
        QCOMPARE(support.get(path + QStringLiteral("/settings")).status, 200);
        QCOMPARE(support.get(path + QStringLiteral("/features")).status, 200);
        QCOMPARE(support.get(path + QStringLiteral("/audit")).status, 200);
        QCOMPARE(support.get(QStringLiteral("/admin/features")).status, 200);
        const QList<ApiReply> refused {
            support.post(QStringLiteral("/admin/companies"),
                         companyBody(QStringLiteral("ROLE-02"))),
            support.put(path, companyBody(QStringLiteral("ROLE-01")), ifMatch("\"v1\"")),
            support.del(path, ifMatch("\"v1\"")),
            support.post(path + QStringLiteral("/suspend"), {}),
            support.post(path + QStringLiteral("/activate"), {}),
            support.put(path + QStringLiteral("/settings"), settingsBody(), ifMatch("\"v1\"")),
            support.put(path + QStringLiteral("/features"),
                        {{QStringLiteral("changes"), QJsonArray()}}, ifMatch("\"v2\"")),
        };
        for (const ApiReply &reply : refused) {
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.error(), QStringLiteral("forbidden"));
        }
        QCOMPARE(m_platform.admin().get(path).header("ETag"), QByteArray("\"v1\""));

        // Sales changes companies, not their branding or features.
        QCOMPARE(
            sales.post(QStringLiteral("/admin/companies"), companyBody(QStringLiteral("ROLE-03")))
                .status,
            201);
        QJsonObject change = companyBody(QStringLiteral("ROLE-01"));
        change[QStringLiteral("name")] = QStringLiteral("Sold Ltd");
        QCOMPARE(sales.put(path, change, ifMatch("\"v1\"")).status, 200);
        QCOMPARE(sales.post(path + QStringLiteral("/suspend"), {}).status, 200);
        QCOMPARE(sales.post(path + QStringLiteral("/activate"), {}).status, 200);
        QCOMPARE(
            sales.put(path + QStringLiteral("/settings"), settingsBody(), ifMatch("\"v1\"")).status,
            403);
        QCOMPARE(m_platform.client().get(QStringLiteral("/admin/companies")).status, 401);
    }

    void everyChangeIsAudited()
    {
        ApiClient &admin = m_platform.admin();
        const QJsonObject company = create(companyBody(QStringLiteral("AUDIT-1")));
        QVERIFY(!company.isEmpty());
        const QString path = QStringLiteral("/admin/companies/") + idOf(company);
        QJsonObject change = companyBody(QStringLiteral("AUDIT-1"));
        change[QStringLiteral("name")] = QStringLiteral("Audited Ltd");
        QCOMPARE(admin.put(path, change, ifMatch("\"v1\"")).status, 200);
        QCOMPARE(admin
                     .post(path + QStringLiteral("/suspend"),
                           {{QStringLiteral("reason"), QStringLiteral("audit test")}})
                     .status,
                 200);
        QCOMPARE(admin.post(path + QStringLiteral("/activate"), {}).status, 200);
        QCOMPARE(
            admin.put(path + QStringLiteral("/settings"), settingsBody(), ifMatch("\"v1\"")).status,
            200);
        const QByteArray featuresEtag =
            admin.get(path + QStringLiteral("/features")).header("ETag");
        const QJsonObject changes {
            {QStringLiteral("changes"),
             QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("multi_site")},
                                      {QStringLiteral("enabled"), true}}}}};
        QCOMPARE(
            admin.put(path + QStringLiteral("/features"), changes, ifMatch(featuresEtag)).status,
            200);
        // Refused changes leave no trace.
        QCOMPARE(admin.put(path, change, ifMatch("\"v1\"")).status, 412);
        QCOMPARE(
            admin.put(path + QStringLiteral("/settings"), settingsBody(), ifMatch("\"v1\"")).status,
            412);
        QCOMPARE(admin.del(path, ifMatch(admin.get(path).header("ETag"))).status, 204);

        const ApiReply trail = admin.get(path + QStringLiteral("/audit"));
        QCOMPARE(trail.status, 200);
        const QStringList expected {
            QStringLiteral("company.delete"),          QStringLiteral("company_features.update"),
            QStringLiteral("company_settings.update"), QStringLiteral("company.activate"),
            QStringLiteral("company.suspend"),         QStringLiteral("company.update"),
            QStringLiteral("company.create")};
        QCOMPARE(auditActions(trail), expected);
        QCOMPARE(trail.json().value(QStringLiteral("total")).toInt(), 7);
        for (const QJsonValue &value : trail.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("root"));
            QCOMPARE(entry.value(QStringLiteral("actor_role")).toString(),
                     QStringLiteral("superadmin"));
            QCOMPARE(entry.value(QStringLiteral("company_id")).toString(), idOf(company));
            QVERIFY(!QUuid(entry.value(QStringLiteral("id")).toString()).isNull());
        }
        const QJsonObject update =
            trail.json().value(QStringLiteral("items")).toArray().at(5).toObject();
        QCOMPARE(update.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Company AUDIT-1"));
        QCOMPARE(update.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Audited Ltd"));
        const QJsonObject suspend =
            trail.json().value(QStringLiteral("items")).toArray().at(4).toObject();
        QCOMPARE(suspend.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("audit test"));

        // Filters and pages.
        QCOMPARE(auditActions(admin.get(path + QStringLiteral("/audit?action=company.suspend"))),
                 QStringList {QStringLiteral("company.suspend")});
        QCOMPARE(auditActions(admin.get(path + QStringLiteral("/audit?action=company."))).size(),
                 5);
        QStringList paged;
        QString cursor;
        do {
            QString page = path + QStringLiteral("/audit?limit=3");
            if (!cursor.isEmpty())
                page += QStringLiteral("&cursor=") + cursor;
            const ApiReply reply = admin.get(page);
            QCOMPARE(reply.status, 200);
            paged += auditActions(reply);
            cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        QCOMPARE(paged, expected);
        QCOMPARE(admin.get(path + QStringLiteral("/audit?action=DROP TABLE")).status, 400);
        QCOMPARE(admin.get(path + QStringLiteral("/audit?from=yesterday")).status, 400);
        QCOMPARE(auditActions(admin.get(path + QStringLiteral("/audit?from=2999-01-01T00:00:00Z")))
                     .size(),
                 0);
    }

    void licenseSummaryInTheList()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject expiring = create(companyBody(QStringLiteral("LIC-EXPIRING")));
        const QJsonObject grace = create(companyBody(QStringLiteral("LIC-GRACE")));
        const QJsonObject active = create(companyBody(QStringLiteral("LIC-ACTIVE")));
        const QJsonObject revoked = create(companyBody(QStringLiteral("LIC-REVOKED")));
        const QJsonObject none = create(companyBody(QStringLiteral("LIC-NONE")));
        QVERIFY(!none.isEmpty());
        QVERIFY(addLicense(idOf(expiring), now.addDays(-300), now.addDays(10), 7).ok());
        QVERIFY(addLicense(idOf(grace), now.addDays(-400), now.addDays(-2), 14).ok());
        QVERIFY(addLicense(idOf(active), now.addDays(-10), now.addDays(200), 7).ok());
        QVERIFY(addLicense(idOf(revoked), now.addDays(-10), now.addDays(100), 7,
                           QStringLiteral("revoked"))
                    .ok());
        // A superseded license never counts; a scheduled one is not the state yet.
        QVERIFY(addLicense(idOf(active), now.addDays(-100), now.addDays(400), 7,
                           QStringLiteral("superseded"))
                    .ok());
        QVERIFY(addLicense(idOf(none), now.addDays(30), now.addDays(400), 7).ok());

        const ApiReply list = m_platform.admin().get(
            QStringLiteral("/admin/companies?q=LIC-&sort=license_expires_at"));
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(codesOf(items),
                 (QStringList {QStringLiteral("LIC-GRACE"), QStringLiteral("LIC-EXPIRING"),
                               QStringLiteral("LIC-REVOKED"), QStringLiteral("LIC-ACTIVE"),
                               QStringLiteral("LIC-NONE")}));
        QCOMPARE(codesOf(items, QStringLiteral("license_status")),
                 (QStringList {QStringLiteral("grace"), QStringLiteral("expiring"),
                               QStringLiteral("revoked"), QStringLiteral("active"),
                               QStringLiteral("none")}));
        QVERIFY(items.at(4).toObject().value(QStringLiteral("license_expires_at")).isNull());
        QVERIFY(!items.at(1)
                     .toObject()
                     .value(QStringLiteral("license_expires_at"))
                     .toString()
                     .isEmpty());
        const ApiReply descending = m_platform.admin().get(
            QStringLiteral("/admin/companies?q=LIC-&sort=-license_expires_at"));
        QCOMPARE(codesOf(descending.json().value(QStringLiteral("items")).toArray()),
                 (QStringList {QStringLiteral("LIC-ACTIVE"), QStringLiteral("LIC-REVOKED"),
                               QStringLiteral("LIC-EXPIRING"), QStringLiteral("LIC-GRACE"),
                               QStringLiteral("LIC-NONE")}));
        const ApiReply single =
            m_platform.admin().get(QStringLiteral("/admin/companies/") + idOf(expiring));
        QCOMPARE(single.json().value(QStringLiteral("license_status")).toString(),
                 QStringLiteral("expiring"));
    }

private:
    PlatformFixture m_platform;
    QString m_brandId;
};

QTEST_GUILESS_MAIN(TestCompaniesApi)
#include "tst_companiesapi.moc"
