// JsonFields: typed reads of a body's fields with required / optional / nullable, wrong
// types named per field, and unknown fields.
#include "server/http/JsonFields.h"

#include <QJsonDocument>
#include <QTest>

using namespace sphair::server;
using Presence = JsonFields::Presence;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QString reasonOf(const JsonFields &fields, const QString &field)
{
    return fields.error()
        .details.value(QStringLiteral("fields"))
        .toObject()
        .value(field)
        .toObject()
        .value(QStringLiteral("reason"))
        .toString();
}

const QStringList kTiers {QStringLiteral("small"), QStringLiteral("medium"),
                          QStringLiteral("large")};

} // namespace

class TestJsonFields : public QObject
{
    Q_OBJECT

private slots:
    void goodBody();
    void wrongTypesAndMissing();
    void presence();
    void unknownFields();
    void stringList();
    void dateTime_data();
    void dateTime();
    void prefix();
};

void TestJsonFields::goodBody()
{
    JsonFields f(parse(R"({"name":"Acme","tier":"medium","max_users":25,"active":true,
        "primary_color":"#AABBCC","logo_url":"https://cdn.example.com/a.png",
        "contact_email":"ops@acme.co.za","company_id":"123e4567-e89b-12d3-a456-426614174000",
        "features":["reporting","inventory"],"meta":{},"items":[]})"));
    QCOMPARE(f.string(QStringLiteral("name"), 1, 200).value(), QStringLiteral("Acme"));
    QCOMPARE(f.enumValue(QStringLiteral("tier"), kTiers).value(), QStringLiteral("medium"));
    QCOMPARE(f.integer(QStringLiteral("max_users"), 10, 30).value(), 25);
    QCOMPARE(f.boolean(QStringLiteral("active")).value(), true);
    QCOMPARE(f.colour(QStringLiteral("primary_color")).value(), QStringLiteral("#aabbcc"));
    QCOMPARE(f.httpsUrl(QStringLiteral("logo_url")).value(),
             QStringLiteral("https://cdn.example.com/a.png"));
    QCOMPARE(f.email(QStringLiteral("contact_email")).value(), QStringLiteral("ops@acme.co.za"));
    QCOMPARE(f.uuid(QStringLiteral("company_id")).value(),
             QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
    QCOMPARE(f.stringList(QStringLiteral("features"),
                          {QStringLiteral("reporting"), QStringLiteral("inventory")}, 11)
                 .value(),
             QStringList({QStringLiteral("reporting"), QStringLiteral("inventory")}));
    QVERIFY(f.object(QStringLiteral("meta")).has_value());
    QVERIFY(f.array(QStringLiteral("items")).has_value());
    f.rejectUnknownFields();
    QVERIFY(f.ok());
    QVERIFY(f.status().ok());
}

void TestJsonFields::wrongTypesAndMissing()
{
    JsonFields f(parse(
        R"json({"name":5,"tier":"huge","max_users":"10","active":"yes","primary_color":"blue","logo_url":"javascript:alert(1)","meta":[]})json"));
    QVERIFY(!f.string(QStringLiteral("name"), 1, 200));
    QVERIFY(!f.enumValue(QStringLiteral("tier"), kTiers));
    QVERIFY(!f.integer(QStringLiteral("max_users"), 1, 100));
    QVERIFY(!f.boolean(QStringLiteral("active")));
    QVERIFY(!f.colour(QStringLiteral("primary_color")));
    QVERIFY(!f.httpsUrl(QStringLiteral("logo_url")));
    QVERIFY(!f.object(QStringLiteral("meta")));
    QVERIFY(!f.email(QStringLiteral("contact_email")));
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, QStringLiteral("invalid_field"));
    QCOMPARE(f.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
    QCOMPARE(f.error().details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("wrong_type"));
    QCOMPARE(reasonOf(f, QStringLiteral("name")), QStringLiteral("wrong_type"));
    QCOMPARE(reasonOf(f, QStringLiteral("tier")), QStringLiteral("unknown_value"));
    QCOMPARE(reasonOf(f, QStringLiteral("max_users")), QStringLiteral("wrong_type"));
    QCOMPARE(reasonOf(f, QStringLiteral("active")), QStringLiteral("wrong_type"));
    QCOMPARE(reasonOf(f, QStringLiteral("primary_color")), QStringLiteral("format"));
    QCOMPARE(reasonOf(f, QStringLiteral("logo_url")), QStringLiteral("format"));
    QCOMPARE(reasonOf(f, QStringLiteral("meta")), QStringLiteral("wrong_type"));
    QCOMPARE(reasonOf(f, QStringLiteral("contact_email")), QStringLiteral("missing"));
}

void TestJsonFields::presence()
{
    JsonFields f(parse(R"({"a":null,"b":null})"));
    QVERIFY(!f.string(QStringLiteral("a"), 0, 10, Presence::Nullable));
    QVERIFY(!f.string(QStringLiteral("missing"), 0, 10, Presence::Optional));
    QVERIFY(!f.string(QStringLiteral("missing2"), 0, 10, Presence::Nullable));
    QVERIFY(f.ok());
    QVERIFY(f.has(QStringLiteral("a")));
    QVERIFY(f.isNull(QStringLiteral("a")));
    QVERIFY(!f.has(QStringLiteral("missing")));

    QVERIFY(!f.string(QStringLiteral("b"), 0, 10, Presence::Optional));
    QCOMPARE(reasonOf(f, QStringLiteral("b")), QStringLiteral("wrong_type"));
    QVERIFY(!f.string(QStringLiteral("c"), 0, 10, Presence::Required));
    QCOMPARE(reasonOf(f, QStringLiteral("c")), QStringLiteral("missing"));
}

void TestJsonFields::unknownFields()
{
    JsonFields f(parse(R"({"name":"Acme","primary_colour":"#000000"})"));
    QVERIFY(f.string(QStringLiteral("name"), 1, 200));
    QVERIFY(!f.colour(QStringLiteral("primary_color"), Presence::Optional));
    QVERIFY(f.ok());
    f.rejectUnknownFields();
    QVERIFY(!f.ok());
    QCOMPARE(reasonOf(f, QStringLiteral("primary_colour")), QStringLiteral("unknown_field"));
}

void TestJsonFields::stringList()
{
    const QStringList catalog {QStringLiteral("inventory"), QStringLiteral("reporting")};
    {
        JsonFields f(parse(R"({"f":["inventory","inventory"]})"));
        QVERIFY(!f.stringList(QStringLiteral("f"), catalog, 5));
        QCOMPARE(reasonOf(f, QStringLiteral("f[1]")), QStringLiteral("format"));
    }
    {
        JsonFields f(parse(R"({"f":["inventory","teleport"]})"));
        QVERIFY(!f.stringList(QStringLiteral("f"), catalog, 5));
        QCOMPARE(reasonOf(f, QStringLiteral("f[1]")), QStringLiteral("unknown_value"));
    }
    {
        JsonFields f(parse(R"({"f":["inventory",3]})"));
        QVERIFY(!f.stringList(QStringLiteral("f"), catalog, 5));
        QCOMPARE(reasonOf(f, QStringLiteral("f[1]")), QStringLiteral("wrong_type"));
    }
    {
        JsonFields f(parse(R"({"f":["a","b","c"]})"));
        QVERIFY(!f.stringList(QStringLiteral("f"), {}, 2));
        QCOMPARE(reasonOf(f, QStringLiteral("f")), QStringLiteral("too_long"));
    }
    {
        JsonFields f(parse(R"({"f":[]})"));
        QCOMPARE(f.stringList(QStringLiteral("f"), catalog, 2).value(), QStringList());
    }
}

void TestJsonFields::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty = invalid
    QTest::newRow("z") << QStringLiteral("2025-01-31T12:00:00Z")
                       << QStringLiteral("2025-01-31T12:00:00Z");
    QTest::newRow("offset") << QStringLiteral("2025-01-31T14:00:00+02:00")
                            << QStringLiteral("2025-01-31T12:00:00Z");
    QTest::newRow("millis") << QStringLiteral("2025-01-31T12:00:00.250Z")
                            << QStringLiteral("2025-01-31T12:00:00Z");
    QTest::newRow("no zone") << QStringLiteral("2025-01-31T12:00:00") << QString();
    QTest::newRow("date only") << QStringLiteral("2025-01-31") << QString();
    QTest::newRow("bad month") << QStringLiteral("2025-13-31T12:00:00Z") << QString();
    QTest::newRow("space") << QStringLiteral("2025-01-31 12:00:00Z") << QString();
}

void TestJsonFields::dateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    JsonFields f(QJsonObject {{QStringLiteral("at"), text}});
    const std::optional<QDateTime> parsed = f.dateTime(QStringLiteral("at"));
    if (utc.isEmpty()) {
        QVERIFY(!parsed);
        QCOMPARE(reasonOf(f, QStringLiteral("at")), QStringLiteral("format"));
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(parsed->toString(Qt::ISODate), utc);
    }
}

void TestJsonFields::prefix()
{
    JsonFields f(parse(R"({"logo_url":"http://x.com"})"), QStringLiteral("settings."));
    QVERIFY(!f.httpsUrl(QStringLiteral("logo_url")));
    QCOMPARE(reasonOf(f, QStringLiteral("settings.logo_url")), QStringLiteral("format"));
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
