#include "core/StrictJson.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::core;

namespace {

QByteArray nested(int depth)
{
    // depth objects: {"a":{"a":…{}…}}
    QByteArray json;
    for (int i = 1; i < depth; ++i)
        json += R"({"a":)";
    json += "{}";
    json += QByteArray(depth - 1, '}');
    return json;
}

} // namespace

// The strict JSON gate in front of QJsonDocument: what it lets through and what it stops.
class TestStrictJson : public QObject
{
    Q_OBJECT
private slots:
    // Past 32 keys the duplicate check switches from a scan to a set: both must catch repeats.
    void duplicatesInLargeObjects_data()
    {
        QTest::addColumn<int>("keys");
        QTest::addColumn<int>("repeat"); // index of the key written again at the end, or -1
        QTest::newRow("31 keys") << 31 << -1;
        QTest::newRow("32 keys") << 32 << -1;
        QTest::newRow("100 keys") << 100 << -1;
        QTest::newRow("repeat early key in small object") << 20 << 3;
        QTest::newRow("repeat first key at the switch") << 32 << 0;
        QTest::newRow("repeat early key in large object") << 100 << 5;
        QTest::newRow("repeat late key in large object") << 100 << 90;
    }
    void duplicatesInLargeObjects()
    {
        QFETCH(int, keys);
        QFETCH(int, repeat);
        QByteArray json = "{";
        for (int i = 0; i < keys; ++i)
            json += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i)
                + "\":" + QByteArray::number(i);
        if (repeat >= 0)
            json += ",\"k" + QByteArray::number(repeat) + "\":0";
        json += "}";
        auto parsed = sphair::core::StrictJson::parseObject(json);
        if (repeat < 0) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
            QCOMPARE(parsed->size(), keys);
        } else {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, QStringLiteral("duplicate_key"));
        }
    }

    void accepts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("keys");
        QTest::newRow("empty object") << QByteArray("{}") << 0;
        QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" : 1 }\n") << 1;
        QTest::newRow("all types")
            << QByteArray(R"({"s":"x","n":-1.5e+3,"t":true,"f":false,"z":null,"a":[1,[]],"o":{}})")
            << 7;
        QTest::newRow("same key in sibling objects")
            << QByteArray(R"({"a":{"k":1},"b":{"k":2}})") << 2;
        QTest::newRow("same key at two depths") << QByteArray(R"({"k":{"k":1}})") << 1;
        QTest::newRow("escapes") << QByteArray(
            "{\"q\\\"\\\\\\/\\b\\f\\n\\r\\t\":\"\\u00e9\\u20ac\"}")
                                 << 1;
        QTest::newRow("surrogate pair") << QByteArray(R"({"e":"\ud83d\ude00"})") << 1;
        QTest::newRow("raw utf-8")
            << QByteArray("{\"caf\xc3\xa9\":\"\xe2\x82\xac\xf0\x9f\x98\x80\"}") << 1;
        QTest::newRow("numbers") << QByteArray(R"({"a":0,"b":-0,"c":0.5,"d":1E9,"e":10e-2})") << 5;
        QTest::newRow("depth 64") << nested(64) << 1;
        QTest::newRow("case differs") << QByteArray(R"({"a":1,"A":2})") << 2;
    }
    void accepts()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, keys);
        const auto object = StrictJson::parseObject(json);
        QVERIFY2(object.ok(), qPrintable(object.error().details.value(u"reason").toString()));
        QCOMPARE(object->size(), keys);
    }

    void decodesValues()
    {
        const auto object = StrictJson::parseObject(R"({"e":"\u00e9\ud83d\ude00","n":[1,2]})");
        QVERIFY(object.ok());
        QCOMPARE(object->value(u"e").toString(), QStringLiteral("é😀"));
        QCOMPARE(object->value(u"n").toArray().size(), 2);
    }

    void duplicates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("top level") << QByteArray(R"({"a":1,"a":2})") << QStringLiteral("a");
        QTest::newRow("same value") << QByteArray(R"({"a":1,"b":0,"a":1})") << QStringLiteral("a");
        QTest::newRow("nested") << QByteArray(R"({"o":{"x":1,"x":2}})") << QStringLiteral("x");
        QTest::newRow("in array") << QByteArray(R"({"l":[{"y":1},{"y":1,"y":2}]})")
                                  << QStringLiteral("y");
        QTest::newRow("escaped spelling")
            << QByteArray(R"({"a":1,"\u0061":2})") << QStringLiteral("a");
        QTest::newRow("escaped upper hex")
            << QByteArray(R"({"\u00E9":1,"é":2})") << QStringLiteral("é");
        QTest::newRow("escaped slash")
            << QByteArray(R"({"a/b":1,"a\/b":2})") << QStringLiteral("a/b");
        QTest::newRow("empty key") << QByteArray(R"({"":1,"":2})") << QString();
        QTest::newRow("license claim")
            << QByteArray(R"({"max_users":10,"max_users":1000})") << QStringLiteral("max_users");
    }
    void duplicates()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const auto object = StrictJson::parseObject(json);
        QVERIFY(!object.ok());
        QCOMPARE(object.error().code, QStringLiteral("duplicate_key"));
        QCOMPARE(object.error().details.value(u"key").toString(), key);
        QVERIFY(!object.error().message.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only whitespace") << QByteArray("  \n");
        QTest::newRow("array at top level") << QByteArray("[1,2]");
        QTest::newRow("string at top level") << QByteArray(R"("a")");
        QTest::newRow("number at top level") << QByteArray("1");
        QTest::newRow("null at top level") << QByteArray("null");
        QTest::newRow("trailing garbage") << QByteArray("{}x");
        QTest::newRow("second object") << QByteArray("{}{}");
        QTest::newRow("trailing nul") << QByteArray("{}\0", 3);
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
        QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})");
        QTest::newRow("trailing comma array") << QByteArray(R"({"a":[1,]})");
        QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
        QTest::newRow("unquoted key") << QByteArray("{a:1}");
        QTest::newRow("single quotes") << QByteArray("{'a':1}");
        QTest::newRow("unterminated object") << QByteArray(R"({"a":1)");
        QTest::newRow("unterminated string") << QByteArray(R"({"a":"abc})");
        QTest::newRow("unterminated key") << QByteArray(R"({"a)");
        QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}");
        QTest::newRow("raw tab in string") << QByteArray("{\"a\":\"x\ty\"}");
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\x41"})");
        QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u12"})");
        QTest::newRow("non-hex unicode escape") << QByteArray(R"({"a":"\u12g4"})");
        QTest::newRow("lone high surrogate") << QByteArray(R"({"a":"\ud83d"})");
        QTest::newRow("high surrogate then text") << QByteArray(R"({"a":"\ud83dx"})");
        QTest::newRow("lone low surrogate") << QByteArray(R"({"a":"\ude00"})");
        QTest::newRow("two high surrogates") << QByteArray(R"({"a":"\ud83d\ud83d"})");
        QTest::newRow("lone surrogate in key") << QByteArray(R"({"\udfff":1})");
        QTest::newRow("invalid utf-8 byte") << QByteArray("{\"a\":\"\xff\"}");
        QTest::newRow("truncated utf-8") << QByteArray("{\"a\":\"\xc3\"}");
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("overlong 3-byte") << QByteArray("{\"a\":\"\xe0\x80\xaf\"}");
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("above U+10FFFF") << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}");
        QTest::newRow("utf-8 outside strings") << QByteArray("{\"a\":1\xc2\xa0}");
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
        QTest::newRow("plus sign") << QByteArray(R"({"a":+1})");
        QTest::newRow("bare minus") << QByteArray(R"({"a":-})");
        QTest::newRow("trailing dot") << QByteArray(R"({"a":1.})");
        QTest::newRow("leading dot") << QByteArray(R"({"a":.5})");
        QTest::newRow("empty exponent") << QByteArray(R"({"a":1e})");
        QTest::newRow("hex number") << QByteArray(R"({"a":0x10})");
        QTest::newRow("NaN") << QByteArray(R"({"a":NaN})");
        QTest::newRow("Infinity") << QByteArray(R"({"a":Infinity})");
        QTest::newRow("capital True") << QByteArray(R"({"a":True})");
        QTest::newRow("truncated literal") << QByteArray(R"({"a":tru})");
        QTest::newRow("comment") << QByteArray("{/*x*/}");
        QTest::newRow("depth 65") << nested(65);
        QTest::newRow("deep arrays")
            << QByteArray("{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}");
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        const auto object = StrictJson::parseObject(json);
        QVERIFY(!object.ok());
        QCOMPARE(object.error().code, QStringLiteral("invalid_json"));
        QVERIFY(!object.error().message.isEmpty());
    }

    void veryDeepInputDoesNotCrash()
    {
        // Far beyond the limit: must be refused quickly without exhausting the stack.
        const QByteArray json = "{\"a\":" + QByteArray(1000000, '[');
        QVERIFY(!StrictJson::parseObject(json).ok());
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
