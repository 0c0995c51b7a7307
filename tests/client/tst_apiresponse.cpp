#include "client/ApiResponse.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using sphair::client::ApiResponse;

// Reading headers and bodies of the platform's answers.
class TestApiResponse : public QObject
{
    Q_OBJECT
private slots:
    void headersAreCaseInsensitive()
    {
        ApiResponse response;
        response.headers = {{"etag", "\"v3\""}, {"Content-Type", "application/json"}};
        QCOMPARE(response.etag(), QByteArray("\"v3\""));
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QVERIFY(response.header("X-Missing").isEmpty());
    }

    void jsonObjects()
    {
        ApiResponse response;
        response.body = R"({"error":"x","extra":[1,2]})";
        QVERIFY(response.jsonObject());
        QCOMPARE(response.jsonObject()->value(QStringLiteral("error")).toString(),
                 QStringLiteral("x"));
        response.body = "[1]";
        QVERIFY(!response.jsonObject());
        response.body = "<html>bad gateway</html>";
        QVERIFY(!response.jsonObject());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("absent") << QByteArray() << 0 << 0;
        QTest::newRow("seconds") << QByteArray("120") << 120 << 120;
        QTest::newRow("spaces") << QByteArray(" 30 ") << 30 << 30;
        QTest::newRow("negative") << QByteArray("-5") << 0 << 0;
        QTest::newRow("garbage") << QByteArray("soon") << 0 << 0;
        const QDateTime inAMinute = QDateTime::currentDateTimeUtc().addSecs(60);
        QTest::newRow("http date")
            << QLocale::c()
                   .toString(inAMinute, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                   .toLatin1()
            << 55 << 60;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, min);
        QFETCH(int, max);
        ApiResponse response;
        if (!value.isNull())
            response.headers = {{"Retry-After", value}};
        const int seconds = response.retryAfterSeconds();
        QVERIFY2(seconds >= min && seconds <= max, qPrintable(QString::number(seconds)));
    }
};

QTEST_GUILESS_MAIN(TestApiResponse)
#include "tst_apiresponse.moc"
