#include "licensing/Base64Url.h"

#include <QTest>

using namespace sphair::licensing;

// Unpadded base64url: RFC 4648 vectors and the strictness PASETO/PASERK rely on.
class TestBase64Url : public QObject
{
    Q_OBJECT
private slots:
    void rfc4648_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        // 0xfb 0xff exercises the two characters that differ from standard base64.
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
        QTest::newRow("zeros") << QByteArray(4, '\0') << QByteArray("AAAAAA");
    }
    void rfc4648()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(Base64Url::encode(bytes), text);
        const auto decoded = Base64Url::decode(text);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), bytes);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("Zg==");
        QTest::newRow("single pad") << QByteArray("Zm8=");
        QTest::newRow("standard plus") << QByteArray("+/+/");
        QTest::newRow("space") << QByteArray("Zm9v Yg");
        QTest::newRow("newline") << QByteArray("Zm9v\nYg");
        QTest::newRow("trailing newline") << QByteArray("Zm9v\n");
        QTest::newRow("nul") << QByteArray("Zm9v\0Yg", 7);
        QTest::newRow("length 4n+1") << QByteArray("Zm9vY");
        // "Zh" decodes to 'f' but carries non-zero bits after it: a second spelling of "Zg".
        QTest::newRow("non-canonical 1") << QByteArray("Zh");
        QTest::newRow("non-canonical 2") << QByteArray("Zm9");
        QTest::newRow("dot") << QByteArray("Zm9v.");
        QTest::newRow("non-ascii") << QByteArray("Zm9v\xc3\xa9");
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        const auto decoded = Base64Url::decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, QStringLiteral("invalid_base64"));
        QVERIFY(!decoded.error().message.isEmpty());
        QVERIFY(!Base64Url::decodeSecure(text).ok());
    }

    void roundTripAllLengths()
    {
        QByteArray bytes;
        for (int length = 0; length < 70; ++length) {
            const QByteArray text = Base64Url::encode(bytes);
            QCOMPARE(text.size(), (length * 4 + 2) / 3);
            QVERIFY(!text.contains('='));
            const auto decoded = Base64Url::decode(text);
            QVERIFY2(decoded.ok(), text.constData());
            QCOMPARE(decoded.value(), bytes);
            bytes.append(static_cast<char>(length * 37 + 11));
        }
    }

    void secureVariantsAgree()
    {
        const QByteArray bytes("\x00\x01\xfe\xffsecret material", 19);
        const SecureBytes secure = SecureBytes::copyOf(bytes);
        const SecureBytes text = Base64Url::encodeSecure(secure);
        QCOMPARE(text.view(), QByteArrayView(Base64Url::encode(bytes)));
        const auto decoded = Base64Url::decodeSecure(text.view());
        QVERIFY(decoded.ok());
        QVERIFY(decoded->equals(secure));
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
