#include "licensing/Base64Url.h"
#include "licensing/Paseto.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::licensing;
using sphair::tests::fromHex;

namespace {

QJsonArray v4Cases()
{
    return sphair::tests::loadJsonFile(sphair::tests::vectorsDir()
                                       + QStringLiteral("/paseto/v4.json"))
        .value(u"tests")
        .toArray();
}

SigningKey keyFromSeedHex(const QString &hex)
{
    auto key = SigningKey::fromSeed(SecureBytes::copyOf(fromHex(hex)));
    return key.ok() ? std::move(key).value() : SigningKey();
}

PublicKey publicKeyFromHex(const QString &hex)
{
    auto key = PublicKey::fromRaw(fromHex(hex));
    return key.ok() ? key.value() : PublicKey();
}

} // namespace

// PASETO v4.public against the official vectors, the PAE of the spec, and tampering.
class TestPaseto : public QObject
{
    Q_OBJECT
private slots:
    void pae_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no pieces") << QList<QByteArray> {} << fromHex(u"0000000000000000"_qs);
        QTest::newRow("one empty piece") << QList<QByteArray> {QByteArray()}
                                         << fromHex(u"0100000000000000"
                                                    "0000000000000000"_qs);
        QTest::newRow("test") << QList<QByteArray> {QByteArray("test")}
                              << fromHex(u"0100000000000000"
                                         "0400000000000000"
                                         "74657374"_qs);
        QTest::newRow("two pieces") << QList<QByteArray> {QByteArray("ab"), QByteArray("c")}
                                    << fromHex(u"0200000000000000"
                                               "0200000000000000"
                                               "6162"
                                               "0100000000000000"
                                               "63"_qs);
    }
    void pae()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QByteArray, expected);
        QList<QByteArrayView> views;
        for (const QByteArray &piece : pieces)
            views << piece;
        QCOMPARE(Paseto::pae(views), expected);
    }

    void officialVectorsCounted()
    {
        // The file has 3 public and 5 must-fail cases; a change in the file or in the
        // filtering below must not silently drop any of them.
        int sign = 0;
        int fail = 0;
        for (const QJsonValue &value : v4Cases()) {
            const QString name = value[u"name"].toString();
            sign += name.startsWith(u"4-S-") ? 1 : 0;
            fail += name.startsWith(u"4-F-") ? 1 : 0;
        }
        QCOMPARE(sign, 3);
        QCOMPARE(fail, 5);
    }

    void officialSign_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue &value : v4Cases()) {
            const QString name = value[u"name"].toString();
            if (name.startsWith(u"4-S-")) {
                QVERIFY(!value[u"expect-fail"].toBool());
                QTest::newRow(qPrintable(name)) << value.toObject();
            }
        }
    }
    void officialSign()
    {
        QFETCH(QJsonObject, vector);
        const SigningKey key = keyFromSeedHex(vector[u"secret-key-seed"].toString());
        QVERIFY(!key.isNull());
        QCOMPARE(key.publicKey().raw(), fromHex(vector[u"public-key"].toString()));
        QCOMPARE(QByteArrayView(key.secretKey().view()),
                 QByteArrayView(fromHex(vector[u"secret-key"].toString())));

        const QByteArray payload = vector[u"payload"].toString().toUtf8();
        const QByteArray footer = vector[u"footer"].toString().toUtf8();
        const QByteArray implicit = vector[u"implicit-assertion"].toString().toUtf8();
        const QByteArray token = vector[u"token"].toString().toUtf8();

        // Ed25519 is deterministic, so signing must reproduce the token byte for byte.
        const auto signedToken = Paseto::signV4Public(key, payload, footer, implicit);
        QVERIFY(signedToken.ok());
        QCOMPARE(signedToken.value(), token);

        const auto verified = Paseto::verifyV4Public(token, key.publicKey(), implicit);
        QVERIFY2(verified.ok(), qPrintable(verified.error().code));
        QCOMPARE(verified->payload, payload);
        QCOMPARE(verified->footer, footer);

        const auto untrusted = Paseto::decodeUntrusted(token);
        QVERIFY(untrusted.ok());
        QCOMPARE(untrusted->payload, payload);
        QCOMPARE(untrusted->footer, footer);
    }

    void officialFail_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue &value : v4Cases()) {
            const QString name = value[u"name"].toString();
            if (name.startsWith(u"4-F-")) {
                QVERIFY(value[u"expect-fail"].toBool());
                QTest::newRow(qPrintable(name)) << value.toObject();
            }
        }
    }
    void officialFail()
    {
        QFETCH(QJsonObject, vector);
        const QString keyHex = vector.contains(u"public-key") ? vector[u"public-key"].toString()
                                                              : vector[u"key"].toString();
        const PublicKey key = publicKeyFromHex(keyHex);
        QVERIFY(!key.isNull());
        const QByteArray token = vector[u"token"].toString().toUtf8();
        const QByteArray implicit = vector[u"implicit-assertion"].toString().toUtf8();
        const auto verified = Paseto::verifyV4Public(token, key, implicit);
        QVERIFY(!verified.ok());
        QVERIFY(!verified.error().message.isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("footer");
        QTest::addColumn<QByteArray>("implicit");
        QTest::newRow("plain") << QByteArray(R"({"a":1})") << QByteArray() << QByteArray();
        QTest::newRow("footer") << QByteArray(R"({"a":1})") << QByteArray(R"({"kid":"x"})")
                                << QByteArray();
        QTest::newRow("footer+implicit") << QByteArray(R"({"a":1})") << QByteArray(R"({"kid":"x"})")
                                         << QByteArray("sphair-license-v1");
        QTest::newRow("empty payload") << QByteArray() << QByteArray() << QByteArray("x");
        QTest::newRow("binary") << QByteArray("\x00\xff\x10", 3) << QByteArray("\x01", 1)
                                << QByteArray();
    }
    void roundTrip()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, footer);
        QFETCH(QByteArray, implicit);
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        const auto token = Paseto::signV4Public(key.value(), payload, footer, implicit);
        QVERIFY(token.ok());
        QVERIFY(token->startsWith("v4.public."));
        QCOMPARE(token->count('.'), footer.isEmpty() ? 2 : 3);

        const auto verified = Paseto::verifyV4Public(token.value(), key->publicKey(), implicit);
        QVERIFY(verified.ok());
        QCOMPARE(verified->payload, payload);
        QCOMPARE(verified->footer, footer);

        auto otherKey = SigningKey::generate();
        QVERIFY(otherKey.ok());
        const auto wrongKey =
            Paseto::verifyV4Public(token.value(), otherKey->publicKey(), implicit);
        QVERIFY(!wrongKey.ok());
        QCOMPARE(wrongKey.error().code, QStringLiteral("bad_signature"));

        const auto wrongImplicit = Paseto::verifyV4Public(token.value(), key->publicKey(),
                                                          implicit + QByteArray("-other"));
        QVERIFY(!wrongImplicit.ok());
        QCOMPARE(wrongImplicit.error().code, QStringLiteral("bad_signature"));
    }

    void tamperingRejected_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("code");
        QTest::newRow("footer altered") << 0 << QStringLiteral("bad_signature");
        QTest::newRow("footer removed") << 1 << QStringLiteral("bad_signature");
        QTest::newRow("payload byte flipped") << 2 << QStringLiteral("bad_signature");
        QTest::newRow("v4.local header") << 3 << QStringLiteral("unsupported_token");
        QTest::newRow("v3.public header") << 4 << QStringLiteral("unsupported_token");
        QTest::newRow("upper-case header") << 5 << QStringLiteral("unsupported_token");
        QTest::newRow("extra dot") << 6 << QStringLiteral("malformed_token");
        QTest::newRow("empty footer after dot") << 7 << QStringLiteral("malformed_token");
        QTest::newRow("short body") << 8 << QStringLiteral("malformed_token");
        QTest::newRow("padding in body") << 9 << QStringLiteral("invalid_base64");
        QTest::newRow("bad base64 in footer") << 10 << QStringLiteral("invalid_base64");
        QTest::newRow("not a token") << 11 << QStringLiteral("malformed_token");
        QTest::newRow("whitespace appended") << 12 << QStringLiteral("invalid_base64");
    }
    void tamperingRejected()
    {
        QFETCH(int, mutation);
        QFETCH(QString, code);
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        const QByteArray footer(R"({"kid":"k4.pid.test"})");
        const auto signedToken = Paseto::signV4Public(key.value(), R"({"sub":"x"})", footer);
        QVERIFY(signedToken.ok());
        const QByteArray token = signedToken.value();
        const qsizetype footerDot = token.lastIndexOf('.');
        const QByteArray body = token.mid(10, footerDot - 10);

        QByteArray tampered;
        switch (mutation) {
        case 0:
            tampered = token.left(footerDot + 1) + Base64Url::encode(R"({"kid":"k4.pid.evil"})");
            break;
        case 1:
            tampered = token.left(footerDot);
            break;
        case 2: {
            QByteArray raw = Base64Url::decode(body).value();
            raw[2] = static_cast<char>(raw[2] ^ 0x01);
            tampered = "v4.public." + Base64Url::encode(raw) + token.mid(footerDot);
            break;
        }
        case 3:
            tampered = "v4.local." + token.mid(10);
            break;
        case 4:
            tampered = "v3.public." + token.mid(10);
            break;
        case 5:
            tampered = "V4.PUBLIC." + token.mid(10);
            break;
        case 6:
            tampered = token + ".AAAA";
            break;
        case 7:
            tampered = token.left(footerDot + 1);
            break;
        case 8:
            tampered = "v4.public." + Base64Url::encode(QByteArray(63, 'x'));
            break;
        case 9:
            tampered = "v4.public." + body + "==" + token.mid(footerDot);
            break;
        case 10:
            tampered = token.left(footerDot + 1) + "e30=";
            break;
        case 11:
            tampered = "hello";
            break;
        case 12:
            tampered = token + '\n';
            break;
        }
        QVERIFY(tampered != token);
        const auto verified = Paseto::verifyV4Public(tampered, key->publicKey());
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, code);
        // The untouched token still verifies, so the rejection is due to the mutation.
        QVERIFY(Paseto::verifyV4Public(token, key->publicKey()).ok());
    }

    void nullKeysRefused()
    {
        QVERIFY(!Paseto::signV4Public(SigningKey(), "x").ok());
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        const auto token = Paseto::signV4Public(key.value(), "x");
        QVERIFY(token.ok());
        QVERIFY(!Paseto::verifyV4Public(token.value(), PublicKey()).ok());
    }
};

QTEST_GUILESS_MAIN(TestPaseto)
#include "tst_paseto.moc"
