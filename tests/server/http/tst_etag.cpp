// ETag: tags from versions, If-Match (412/428) and If-None-Match evaluation.
#include "server/http/ETag.h"

#include <QTest>

using namespace sphair::server;

namespace {

Request withHeader(const QByteArray &method, const QByteArray &name, const QByteArray &value)
{
    Request request;
    request.method = method;
    request.path = QStringLiteral("/admin/companies/x");
    if (!name.isEmpty())
        request.headers.append({name, value});
    return request;
}

} // namespace

class TestETag : public QObject
{
    Q_OBJECT

private slots:
    void format();
    void parseVersion_data();
    void parseVersion();
    void ifMatch_data();
    void ifMatch();
    void ifNoneMatch_data();
    void ifNoneMatch();
};

void TestETag::format()
{
    QCOMPARE(ETag::strong(42), QByteArray("\"v42\""));
    QCOMPARE(ETag::weak(42), QByteArray("W/\"v42\""));
    QCOMPARE(ETag::strong(0), QByteArray("\"v0\""));
}

void TestETag::parseVersion_data()
{
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<qint64>("version"); // -1 = invalid
    QTest::newRow("strong") << QByteArray("\"v7\"") << qint64(7);
    QTest::newRow("weak") << QByteArray("W/\"v7\"") << qint64(7);
    QTest::newRow("big") << QByteArray("\"v9007199254740993\"") << qint64(9007199254740993LL);
    QTest::newRow("unquoted") << QByteArray("v7") << qint64(-1);
    QTest::newRow("no v") << QByteArray("\"7\"") << qint64(-1);
    QTest::newRow("leading zero") << QByteArray("\"v07\"") << qint64(-1);
    QTest::newRow("two") << QByteArray(R"("v1", "v2")") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestETag::parseVersion()
{
    QFETCH(QByteArray, tag);
    QFETCH(qint64, version);
    const std::optional<qint64> parsed = ETag::parseVersion(tag);
    QCOMPARE(parsed.value_or(-1), version);
}

void TestETag::ifMatch_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("ifMatch"); // null = header absent
    QTest::addColumn<QString>("code"); // empty = may proceed
    QTest::newRow("match") << QByteArray("PUT") << QByteArray("\"v5\"") << QString();
    QTest::newRow("one of list") << QByteArray("PUT") << QByteArray(R"("v4", "v5")") << QString();
    QTest::newRow("star") << QByteArray("DELETE") << QByteArray("*") << QString();
    QTest::newRow("stale") << QByteArray("PUT") << QByteArray("\"v4\"")
                           << QStringLiteral("precondition_failed");
    QTest::newRow("newer") << QByteArray("PUT") << QByteArray("\"v6\"")
                           << QStringLiteral("precondition_failed");
    QTest::newRow("weak never matches")
        << QByteArray("PUT") << QByteArray("W/\"v5\"") << QStringLiteral("precondition_failed");
    QTest::newRow("missing on put")
        << QByteArray("PUT") << QByteArray() << QStringLiteral("precondition_required");
    QTest::newRow("missing on delete")
        << QByteArray("DELETE") << QByteArray() << QStringLiteral("precondition_required");
    QTest::newRow("missing on patch")
        << QByteArray("PATCH") << QByteArray() << QStringLiteral("precondition_required");
    QTest::newRow("missing on post") << QByteArray("POST") << QByteArray() << QString();
    QTest::newRow("stale on post")
        << QByteArray("POST") << QByteArray("\"v1\"") << QStringLiteral("precondition_failed");
    QTest::newRow("unquoted") << QByteArray("PUT") << QByteArray("v5")
                              << QStringLiteral("invalid_header");
}

void TestETag::ifMatch()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, ifMatch);
    QFETCH(QString, code);
    const Request request =
        withHeader(method, ifMatch.isNull() ? QByteArray() : QByteArray("if-match"), ifMatch);
    const auto status = ETag::checkIfMatch(request, 5);
    if (code.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.error().code));
    } else {
        QCOMPARE(status.error().code, code);
        if (code != QLatin1String("invalid_header"))
            QCOMPARE(status.error().details.value(QStringLiteral("current_etag")).toString(),
                     QStringLiteral("\"v5\""));
    }
}

void TestETag::ifNoneMatch_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("hits");
    QTest::newRow("same") << QByteArray("\"v5\"") << true;
    QTest::newRow("weak same") << QByteArray("W/\"v5\"") << true;
    QTest::newRow("star") << QByteArray("*") << true;
    QTest::newRow("other") << QByteArray("\"v4\"") << false;
    QTest::newRow("malformed") << QByteArray("v5") << false;
    QTest::newRow("absent") << QByteArray() << false;
}

void TestETag::ifNoneMatch()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, hits);
    const Request request =
        withHeader("GET", value.isEmpty() ? QByteArray() : QByteArray("if-none-match"), value);
    QCOMPARE(ETag::ifNoneMatchHits(request, 5), hits);
}

QTEST_GUILESS_MAIN(TestETag)
#include "tst_etag.moc"
