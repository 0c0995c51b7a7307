#include "licensing/Base64Url.h"
#include "licensing/Paserk.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::licensing;
using sphair::tests::fromHex;

namespace {

QJsonArray cases(const QString &type)
{
    return sphair::tests::loadJsonFile(sphair::tests::vectorsDir()
                                       + QStringLiteral("/paseto/PASERK/") + type
                                       + QStringLiteral(".json"))
        .value(QStringLiteral("tests"))
        .toArray();
}

// One data row per vector, named after it; counts the rows so a test can prove none was
// dropped.
int addRows(const QString &type)
{
    QTest::addColumn<QJsonObject>("vector");
    int count = 0;
    for (const QJsonValue &value : cases(type)) {
        QTest::newRow(qPrintable(value[QStringLiteral("name")].toString())) << value.toObject();
        ++count;
    }
    return count;
}

QString field(const QJsonObject &vector, const char *name)
{
    return vector.value(QLatin1String(name)).toString();
}

bool expectFail(const QJsonObject &vector)
{
    return vector.value(QStringLiteral("expect-fail")).toBool();
}

// The secret-pw vectors use the "password" text itself as the passphrase, even where it
// looks like hex (vector 2 and vector 3 differ only in that, and produce different keys).
SecureBytes passwordOf(const QJsonObject &vector)
{
    return SecureBytes::copyOf(field(vector, "password").toUtf8());
}

// Serialises under another version prefix, to check that only "k4." is accepted.
QByteArray withPrefix(const char *prefix, const QByteArray &raw)
{
    return QByteArray(prefix) + Base64Url::encode(raw);
}

// Cheap Argon2id settings so that round trips stay fast.
Paserk::PasswordOptions fastOptions()
{
    Paserk::PasswordOptions options;
    options.memLimitBytes = 8ull * 1024 * 1024;
    options.opsLimit = 1;
    return options;
}

} // namespace

// PASERK k4.public, k4.secret, k4.pid, k4.sid and k4.secret-pw against the official vectors.
class TestPaserk : public QObject
{
    Q_OBJECT
private slots:
    void vectorCounts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("expected");
        QTest::newRow("k4.public") << QStringLiteral("k4.public") << 4;
        QTest::newRow("k4.secret") << QStringLiteral("k4.secret") << 5;
        QTest::newRow("k4.pid") << QStringLiteral("k4.pid") << 5;
        QTest::newRow("k4.sid") << QStringLiteral("k4.sid") << 4;
        QTest::newRow("k4.secret-pw") << QStringLiteral("k4.secret-pw") << 6;
    }
    void vectorCounts()
    {
        // Every row of each file becomes a data row below; this pins how many there are.
        QFETCH(QString, type);
        QFETCH(int, expected);
        QCOMPARE(cases(type).size(), expected);
    }

    void publicKeys_data() { addRows(QStringLiteral("k4.public")); }
    void publicKeys()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray raw = fromHex(field(vector, "key"));
        const auto key = PublicKey::fromRaw(raw);
        if (expectFail(vector)) {
            QVERIFY(!key.ok());
            QCOMPARE(key.error().code, QStringLiteral("invalid_public_key"));
            QVERIFY(!Paserk::decodePublic(withPrefix("k3.public.", raw)).ok());
            QVERIFY(!Paserk::decodePublic(withPrefix("k4.public.", raw)).ok());
            return;
        }
        QVERIFY(key.ok());
        const QString paserk = field(vector, "paserk");
        QCOMPARE(Paserk::encodePublic(key.value()), paserk);
        const auto decoded = Paserk::decodePublic(paserk.toLatin1());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->raw(), raw);
        // The same bytes under another version or type must not be accepted.
        QVERIFY(!Paserk::decodePublic(withPrefix("k3.public.", raw)).ok());
        QVERIFY(!Paserk::decodePublic(withPrefix("k4.secret.", raw)).ok());
    }

    void secretKeys_data() { addRows(QStringLiteral("k4.secret")); }
    void secretKeys()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray raw = fromHex(field(vector, "key"));
        const auto key = SigningKey::fromSecretKey(SecureBytes::copyOf(raw));
        if (expectFail(vector)) {
            QVERIFY(!key.ok());
            QVERIFY(!Paserk::decodeSecret(withPrefix("k4.secret.", raw)).ok());
            QVERIFY(!Paserk::decodeSecret(withPrefix("k3.secret.", raw)).ok());
            return;
        }
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey().raw(), fromHex(field(vector, "public-key")));
        QCOMPARE(key->seed().view(), QByteArrayView(fromHex(field(vector, "secret-key-seed"))));
        const QString paserk = field(vector, "paserk");
        QCOMPARE(Paserk::encodeSecret(key.value()).view(), QByteArrayView(paserk.toLatin1()));
        const auto decoded = Paserk::decodeSecret(paserk.toLatin1());
        QVERIFY(decoded.ok());
        QVERIFY(decoded->secretKey().equals(key->secretKey()));
        QVERIFY(!Paserk::decodeSecret(withPrefix("k3.secret.", raw)).ok());
    }

    void secretKeyHalvesMustMatch()
    {
        // A k4.secret whose public half belongs to another seed signs tokens nobody can
        // verify; it is refused on the way in.
        QByteArray raw = fromHex(QStringLiteral("707172737475767778797a7b7c7d7e7f808182838485868"
                                                "788898a8b8c8d8e8f1ce56a48c82ff99162a14bc5446126"
                                                "74e5d61fb9317e65d4055780fdbcb4dc35"));
        QVERIFY(Paserk::decodeSecret(withPrefix("k4.secret.", raw)).ok());
        raw[40] = static_cast<char>(raw[40] ^ 0x01);
        const auto decoded = Paserk::decodeSecret(withPrefix("k4.secret.", raw));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, QStringLiteral("invalid_paserk"));
    }

    void publicIds_data() { addRows(QStringLiteral("k4.pid")); }
    void publicIds()
    {
        QFETCH(QJsonObject, vector);
        const auto key = PublicKey::fromRaw(fromHex(field(vector, "key")));
        if (expectFail(vector)) {
            QVERIFY(!key.ok());
            QVERIFY(Paserk::publicId(PublicKey()).isEmpty());
            return;
        }
        QVERIFY(key.ok());
        const QString paserk = field(vector, "paserk");
        QCOMPARE(Paserk::publicId(key.value()), paserk);
        QVERIFY(Paserk::isPublicId(paserk));
    }

    void isPublicId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("valid") << QStringLiteral(
            "k4.pid.S_XQmeEwHbbvRmiyfXfHYpLGjXGzjTRSDoT1YtTakWFE")
                               << true;
        QTest::newRow("k3") << QStringLiteral("k3.pid.S_XQmeEwHbbvRmiyfXfHYpLGjXGzjTRSDoT1YtTakWFE")
                            << false;
        QTest::newRow("sid") << QStringLiteral(
            "k4.sid.YujQ-NvcGquQ0Q-arRf8iYEcXiSOKg2Vk5az-n1lxiUd")
                             << false;
        QTest::newRow("short") << QStringLiteral(
            "k4.pid.S_XQmeEwHbbvRmiyfXfHYpLGjXGzjTRSDoT1YtTakWF")
                               << false;
        QTest::newRow("bad char") << QStringLiteral(
            "k4.pid.S_XQmeEwHbbvRmiyfXfHYpLGjXGzjTRSDoT1YtTakWF=")
                                  << false;
        QTest::newRow("empty") << QString() << false;
    }
    void isPublicId()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(Paserk::isPublicId(text), expected);
    }

    void secretIds_data() { addRows(QStringLiteral("k4.sid")); }
    void secretIds()
    {
        QFETCH(QJsonObject, vector);
        const auto key =
            SigningKey::fromSecretKey(SecureBytes::copyOf(fromHex(field(vector, "key"))));
        if (expectFail(vector)) {
            QVERIFY(!key.ok());
            QVERIFY(Paserk::secretId(SigningKey()).isEmpty());
            return;
        }
        QVERIFY(key.ok());
        QCOMPARE(Paserk::secretId(key.value()), field(vector, "paserk"));
        const auto fromSeed =
            SigningKey::fromSeed(SecureBytes::copyOf(fromHex(field(vector, "seed"))));
        QVERIFY(fromSeed.ok());
        QCOMPARE(Paserk::secretId(fromSeed.value()), field(vector, "paserk"));
    }

    void passwordWrapped_data() { addRows(QStringLiteral("k4.secret-pw")); }
    void passwordWrapped()
    {
        QFETCH(QJsonObject, vector);
        const SecureBytes password = passwordOf(vector);
        const QByteArray paserk = field(vector, "paserk").toLatin1();
        const auto key = Paserk::unwrapSecretWithPassword(paserk, password);
        const QString name = field(vector, "name");
        if (expectFail(vector)) {
            QVERIFY(!key.ok());
            QVERIFY(!key.error().message.isEmpty());
            if (name.endsWith(u"-fail-1")) { // wrong password
                QCOMPARE(key.error().code, QStringLiteral("wrong_passphrase"));
            } else if (name.endsWith(u"-fail-2")) {
                // The altered tag also leaves non-zero bits after the last byte, which the
                // strict decoder refuses first. Re-encoded canonically, the same bytes must
                // still fail on the tag.
                QCOMPARE(key.error().code, QStringLiteral("invalid_paserk"));
                const QByteArray body =
                    QByteArray::fromBase64(paserk.mid(13), QByteArray::Base64UrlEncoding);
                QCOMPARE(body.size(), 152);
                const auto canonical = Paserk::unwrapSecretWithPassword(
                    "k4.secret-pw." + Base64Url::encode(body), password);
                QVERIFY(!canonical.ok());
                QCOMPARE(canonical.error().code, QStringLiteral("wrong_passphrase"));
            } else { // wrong version
                QVERIFY(!paserk.startsWith("k4."));
                QCOMPARE(key.error().code, QStringLiteral("invalid_paserk"));
            }
            return;
        }
        QVERIFY2(key.ok(), qPrintable(key.error().code));
        QCOMPARE(key->secretKey().view(), QByteArrayView(fromHex(field(vector, "unwrapped"))));
    }

    void wrapRoundTrip()
    {
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        const SecureBytes password = SecureBytes::copyOf("correct horse battery staple");
        const auto wrapped = Paserk::wrapSecretWithPassword(key.value(), password, fastOptions());
        QVERIFY(wrapped.ok());
        QVERIFY(wrapped->startsWith("k4.secret-pw."));

        const auto unwrapped = Paserk::unwrapSecretWithPassword(wrapped.value(), password);
        QVERIFY(unwrapped.ok());
        QVERIFY(unwrapped->secretKey().equals(key->secretKey()));
        QCOMPARE(unwrapped->publicKey(), key->publicKey());

        // Fresh salt and nonce every time: two wraps of one key differ.
        const auto again = Paserk::wrapSecretWithPassword(key.value(), password, fastOptions());
        QVERIFY(again.ok());
        QVERIFY(again.value() != wrapped.value());

        const auto wrong = Paserk::unwrapSecretWithPassword(
            wrapped.value(), SecureBytes::copyOf("correct horse battery stapler"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("wrong_passphrase"));
    }

    void emptyPasswordStillWraps()
    {
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        const SecureBytes empty = SecureBytes::copyOf(QByteArrayView());
        const auto wrapped = Paserk::wrapSecretWithPassword(key.value(), empty, fastOptions());
        QVERIFY(wrapped.ok());
        QVERIFY(Paserk::unwrapSecretWithPassword(wrapped.value(), empty).ok());
        QVERIFY(!Paserk::unwrapSecretWithPassword(wrapped.value(), SecureBytes::copyOf("x")).ok());
    }

    // Byte offsets in the decoded k4.secret-pw body: salt(16) mem(8) ops(4) para(4) nonce(24)
    // edk(64) tag(32). An empty replacement flips one bit at the offset.
    void tamperedWrapping_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<QString>("code");
        QTest::newRow("parallelism 2")
            << 28 << fromHex(u"00000002"_qs) << QStringLiteral("invalid_paserk");
        QTest::newRow("memory 2 GiB")
            << 16 << fromHex(u"0000000080000000"_qs) << QStringLiteral("invalid_paserk");
        QTest::newRow("memory 4 KiB")
            << 16 << fromHex(u"0000000000001000"_qs) << QStringLiteral("invalid_paserk");
        QTest::newRow("ops 0") << 24 << fromHex(u"00000000"_qs) << QStringLiteral("invalid_paserk");
        QTest::newRow("ops 33") << 24 << fromHex(u"00000021"_qs)
                                << QStringLiteral("invalid_paserk");
        // In range but not what was wrapped: the tag covers the parameters.
        QTest::newRow("ops 2") << 24 << fromHex(u"00000002"_qs)
                               << QStringLiteral("wrong_passphrase");
        QTest::newRow("salt") << 0 << QByteArray() << QStringLiteral("wrong_passphrase");
        QTest::newRow("nonce") << 40 << QByteArray() << QStringLiteral("wrong_passphrase");
        QTest::newRow("ciphertext") << 70 << QByteArray() << QStringLiteral("wrong_passphrase");
        QTest::newRow("tag") << 150 << QByteArray() << QStringLiteral("wrong_passphrase");
        QTest::newRow("truncated") << -1 << QByteArray() << QStringLiteral("invalid_paserk");
        QTest::newRow("extended") << 152 << QByteArray("x") << QStringLiteral("invalid_paserk");
    }
    void tamperedWrapping()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, code);
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        const SecureBytes password = SecureBytes::copyOf("pw");
        const auto wrapped = Paserk::wrapSecretWithPassword(key.value(), password, fastOptions());
        QVERIFY(wrapped.ok());
        QByteArray body = Base64Url::decode(wrapped->mid(13)).value();
        QCOMPARE(body.size(), 152);
        if (offset < 0)
            body.chop(1);
        else if (offset == body.size())
            body.append(replacement);
        else if (replacement.isEmpty()) // flip one bit
            body[offset] = static_cast<char>(body[offset] ^ 0x01);
        else
            body.replace(offset, replacement.size(), replacement);
        const QByteArray tampered = "k4.secret-pw." + Base64Url::encode(body);
        QVERIFY(tampered != wrapped.value());
        const auto unwrapped = Paserk::unwrapSecretWithPassword(tampered, password);
        QVERIFY(!unwrapped.ok());
        QCOMPARE(unwrapped.error().code, code);
    }

    void badWrapOptionsRefused()
    {
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        Paserk::PasswordOptions options = fastOptions();
        options.parallelism = 2;
        QVERIFY(
            !Paserk::wrapSecretWithPassword(key.value(), SecureBytes::copyOf("pw"), options).ok());
        QVERIFY(
            !Paserk::wrapSecretWithPassword(SigningKey(), SecureBytes::copyOf("pw"), fastOptions())
                 .ok());
    }
};

QTEST_GUILESS_MAIN(TestPaserk)
#include "tst_paserk.moc"
