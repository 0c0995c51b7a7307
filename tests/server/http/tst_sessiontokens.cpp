// SessionTokens and BearerToken: token shape and kinds, hashing, constant-time comparison,
// and reading "Authorization: Bearer".
#include "server/http/BearerToken.h"
#include "server/services/SessionTokens.h"

#include <QSet>
#include <QTest>

using namespace sphair::server;
using Kind = SessionTokens::Kind;

Q_DECLARE_METATYPE(std::optional<SessionTokens::Kind>)

class TestSessionTokens : public QObject
{
    Q_OBJECT

private slots:
    void issue();
    void kindOf_data();
    void kindOf();
    void hashing();
    void bearer_data();
    void bearer();
};

void TestSessionTokens::issue()
{
    QSet<QByteArray> seen;
    for (Kind kind : {Kind::Session, Kind::Refresh, Kind::Tenant}) {
        for (int i = 0; i < 50; ++i) {
            const SessionTokens::Issued issued = SessionTokens::issue(kind);
            QVERIFY(issued.token.startsWith(SessionTokens::prefix(kind)));
            QCOMPARE(issued.token.size(), 5 + 43);
            QCOMPARE(SessionTokens::kindOf(issued.token), std::optional<Kind>(kind));
            QCOMPARE(issued.hash.size(), SessionTokens::kHashBytes);
            QCOMPARE(issued.hash, SessionTokens::hash(issued.token));
            QVERIFY(!seen.contains(issued.token));
            seen.insert(issued.token);
        }
    }
    QCOMPARE(SessionTokens::prefix(Kind::Session), QByteArray("sphs_"));
    QCOMPARE(SessionTokens::prefix(Kind::Refresh), QByteArray("sphr_"));
    QCOMPARE(SessionTokens::prefix(Kind::Tenant), QByteArray("spht_"));
}

void TestSessionTokens::kindOf_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<std::optional<Kind>>("kind");
    const QByteArray body(43, 'A');
    QTest::newRow("session") << QByteArray("sphs_" + body) << std::optional<Kind>(Kind::Session);
    QTest::newRow("tenant") << QByteArray("spht_" + body) << std::optional<Kind>(Kind::Tenant);
    QTest::newRow("url chars") << QByteArray("sphr_" + QByteArray(42, '-') + '_')
                               << std::optional<Kind>(Kind::Refresh);
    QTest::newRow("unknown prefix") << QByteArray("sphx_" + body) << std::optional<Kind>();
    QTest::newRow("short") << QByteArray("sphs_" + QByteArray(42, 'A')) << std::optional<Kind>();
    QTest::newRow("long") << QByteArray("sphs_" + QByteArray(44, 'A')) << std::optional<Kind>();
    QTest::newRow("padding") << QByteArray("sphs_" + QByteArray(42, 'A') + '=')
                             << std::optional<Kind>();
    QTest::newRow("plus") << QByteArray("sphs_" + QByteArray(42, 'A') + '+')
                          << std::optional<Kind>();
    QTest::newRow("empty") << QByteArray() << std::optional<Kind>();
}

void TestSessionTokens::kindOf()
{
    QFETCH(QByteArray, token);
    QFETCH(std::optional<Kind>, kind);
    QCOMPARE(SessionTokens::kindOf(token), kind);
}

void TestSessionTokens::hashing()
{
    const QByteArray token = SessionTokens::issue(Kind::Session).token;
    const QByteArray hash = SessionTokens::hash(token);
    QCOMPARE(hash.size(), 32);
    QCOMPARE(SessionTokens::hash(token), hash); // deterministic
    QVERIFY(SessionTokens::hash(token + 'x') != hash);
    // BLAKE2b-256 of the empty string (RFC 7693 parameters, unkeyed).
    QCOMPARE(SessionTokens::hash("").toHex(),
             QByteArray("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"));
    QVERIFY(SessionTokens::hashesEqual(hash, SessionTokens::hash(token)));
    QVERIFY(!SessionTokens::hashesEqual(hash, SessionTokens::hash("other")));
    QVERIFY(!SessionTokens::hashesEqual(hash, hash.left(31)));
}

void TestSessionTokens::bearer_data()
{
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<QByteArray>("token"); // empty = 401
    const QByteArray t = "sphs_" + QByteArray(43, 'a');
    QTest::newRow("ok") << QList<QByteArray> {"Bearer " + t} << t;
    QTest::newRow("lowercase scheme") << QList<QByteArray> {"bearer " + t} << t;
    QTest::newRow("extra spaces") << QList<QByteArray> {"Bearer   " + t + "  "} << t;
    QTest::newRow("base64 padding")
        << QList<QByteArray> {"Bearer abc+/=="} << QByteArray("abc+/==");
    QTest::newRow("missing") << QList<QByteArray> {} << QByteArray();
    QTest::newRow("basic") << QList<QByteArray> {"Basic dXNlcjpwYXNz"} << QByteArray();
    QTest::newRow("no token") << QList<QByteArray> {"Bearer "} << QByteArray();
    QTest::newRow("two tokens") << QList<QByteArray> {"Bearer a b"} << QByteArray();
    QTest::newRow("two headers") << QList<QByteArray> {"Bearer tok1xyz", "Bearer tok2xyz"}
                                 << QByteArray();
    QTest::newRow("bad chars") << QList<QByteArray> {"Bearer a\"b"} << QByteArray();
    QTest::newRow("padding inside") << QList<QByteArray> {"Bearer a=b"} << QByteArray();
}

void TestSessionTokens::bearer()
{
    QFETCH(QList<QByteArray>, headers);
    QFETCH(QByteArray, token);
    Request request;
    request.method = "GET";
    for (const QByteArray &value : headers)
        request.headers.append({"authorization", value});
    const auto result = BearerToken::fromRequest(request);
    if (token.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("unauthorized"));
        // The message never echoes the credential.
        for (const QByteArray &value : headers) {
            const QByteArray credential = value.mid(value.indexOf(' ') + 1).trimmed();
            if (!credential.isEmpty())
                QVERIFY(!result.error().message.contains(QString::fromLatin1(credential)));
        }
    } else {
        QCOMPARE(result.value(), token);
    }
}

QTEST_GUILESS_MAIN(TestSessionTokens)
#include "tst_sessiontokens.moc"
