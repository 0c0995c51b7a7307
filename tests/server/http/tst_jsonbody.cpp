// JsonBody: Content-Type checks (415) and strict parsing (400 malformed_json).
#include "server/http/JsonBody.h"

#include <QTest>

using namespace sphair::server;

namespace {

Request withBody(const QByteArray &contentType, const QByteArray &body)
{
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/admin/companies");
    if (!contentType.isNull())
        request.headers.append({"content-type", contentType});
    request.body = body;
    return request;
}

} // namespace

class TestJsonBody : public QObject
{
    Q_OBJECT

private slots:
    void contentType_data();
    void contentType();
    void parse_data();
    void parse();
};

void TestJsonBody::contentType_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("json") << QByteArray("application/json") << true;
    QTest::newRow("charset") << QByteArray("application/json; charset=utf-8") << true;
    QTest::newRow("charset upper") << QByteArray("Application/JSON;Charset=UTF-8") << true;
    QTest::newRow("quoted charset") << QByteArray("application/json; charset=\"utf-8\"") << true;
    QTest::newRow("latin1") << QByteArray("application/json; charset=iso-8859-1") << false;
    QTest::newRow("missing") << QByteArray() << false;
    QTest::newRow("text") << QByteArray("text/plain") << false;
    QTest::newRow("json-ish") << QByteArray("application/jsonx") << false;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << false;
}

void TestJsonBody::contentType()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, accepted);
    const auto status = JsonBody::checkContentType(withBody(type, "{}"));
    QCOMPARE(status.ok(), accepted);
    if (!accepted) {
        QCOMPARE(status.error().code, QStringLiteral("unsupported_media_type"));
        QCOMPARE(JsonBody::parseObject(withBody(type, "{}")).error().code,
                 QStringLiteral("unsupported_media_type"));
    }
}

void TestJsonBody::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason"); // empty = parses
    QTest::newRow("object") << QByteArray(R"({"name":"Acme","n":[1,2,{}]})") << QString();
    QTest::newRow("whitespace") << QByteArray(" \n{ }\n") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty_body");
    QTest::newRow("blank") << QByteArray("  \n") << QStringLiteral("empty_body");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not_object");
    QTest::newRow("string") << QByteArray("\"x\"") << QStringLiteral("not_object");
    QTest::newRow("truncated") << QByteArray("{\"name\": ") << QStringLiteral("unexpected_end");
    QTest::newRow("trailing") << QByteArray("{} {}") << QStringLiteral("trailing_data");
    QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":2})") << QStringLiteral("duplicate_key");
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << QStringLiteral("expected_key");
    QTest::newRow("bad utf8") << QByteArray("{\"a\":\"\xff\"}") << QStringLiteral("invalid_utf8");
    QTest::newRow("too deep") << QByteArray(100, '[').prepend("{\"a\":")
                              << QStringLiteral("too_deep");
}

void TestJsonBody::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const auto parsed = JsonBody::parseObject(withBody("application/json", body));
    if (reason.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("malformed_json"));
    QCOMPARE(parsed.error().details.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!parsed.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonBody)
#include "tst_jsonbody.moc"
