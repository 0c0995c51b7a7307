#include "ModelTestSupport.h"

#include "models/domain/PlatformReadyLine.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::parseObject;
using sphair::tests::roundTrips;

// The ready line sphair-platformd prints and the console's sandbox launcher reads: one codec
// on both ends of the pipe.
class TestPlatformReadyLine : public QObject
{
    Q_OBJECT
private slots:
    void sandboxLineRoundTrips()
    {
        PlatformReadyLine line;
        line.url = QStringLiteral("https://127.0.0.1:40123");
        line.pid = 4242;
        line.spkiSha256 = QStringLiteral("q1bZ5J0p4Yx4c2Q1ZmVhZDk5YjA3M2Y4ZGNjMGU5N2E=");
        line.sandboxDir = QStringLiteral("/home/sam/.local/share/sphair/sandbox");
        line.username = QStringLiteral("admin");
        line.oneTimePassword = QStringLiteral("Tq7-vXk2-9mPa");
        QVERIFY(roundTrips(line));
        const QJsonObject json = line.toJson();
        QVERIFY(PlatformReadyLine::isReadyEvent(json));
        QCOMPARE(json.value(QStringLiteral("pid")).toInteger(), 4242);
        QCOMPARE(json.value(QStringLiteral("one_time_password")).toString(),
                 QStringLiteral("Tq7-vXk2-9mPa"));
    }

    // A platform that is not a sandbox and listens without TLS says only where and who.
    void plainLineLeavesOutEmptyFields()
    {
        PlatformReadyLine line;
        line.url = QStringLiteral("http://127.0.0.1:8080");
        line.pid = 7;
        QVERIFY(roundTrips(line));
        const QJsonObject json = line.toJson();
        QCOMPARE(
            json.keys(),
            (QStringList {QStringLiteral("event"), QStringLiteral("pid"), QStringLiteral("url")}));
    }

    void otherEventsAreNotReady()
    {
        QVERIFY(!PlatformReadyLine::isReadyEvent(parseObject("{\"event\":\"stopping\"}")));
        QVERIFY(!PlatformReadyLine::isReadyEvent(parseObject("{\"url\":\"https://x\"}")));
    }

    void refusesWhatItCannotUse()
    {
        QVERIFY(!PlatformReadyLine::fromJson(parseObject("{\"event\":\"ready\"}")));
        QVERIFY(!PlatformReadyLine::fromJson(parseObject("{\"event\":\"ready\",\"url\":7}")));
        QVERIFY(!PlatformReadyLine::fromJson(
            parseObject("{\"event\":\"ready\",\"url\":\"https://x\",\"pid\":\"12\"}")));
        QVERIFY(!PlatformReadyLine::fromJson(
            parseObject("{\"event\":\"ready\",\"url\":\"https://x\",\"username\":false}")));
    }
};

QTEST_GUILESS_MAIN(TestPlatformReadyLine)
#include "tst_platformreadyline.moc"
