#include "models/domain/WireTime.h"

#include <QTest>
#include <QTimeZone>

using namespace sphair::models;

// RFC 3339 UTC times and days on the wire: what is accepted, and that writing is canonical.
class TestWireTime : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        const QString t = QStringLiteral("2025-03-04T05:06:07Z");
        QTest::newRow("canonical") << t << t;
        QTest::newRow("+00:00") << QStringLiteral("2025-03-04T05:06:07+00:00") << t;
        QTest::newRow("millis") << QStringLiteral("2025-03-04T05:06:07.999Z") << t;
        QTest::newRow("micros +00:00") << QStringLiteral("2025-03-04T05:06:07.123456+00:00") << t;
        QTest::newRow("nanos") << QStringLiteral("2025-03-04T05:06:07.123456789Z") << t;
        QTest::newRow("ten fraction digits")
            << QStringLiteral("2025-03-04T05:06:07.1234567891Z") << QString();
        QTest::newRow("empty fraction") << QStringLiteral("2025-03-04T05:06:07.Z") << QString();
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z")
                                  << QStringLiteral("2024-02-29T00:00:00Z");
        QTest::newRow("not a leap day") << QStringLiteral("2025-02-29T00:00:00Z") << QString();
        QTest::newRow("+02:00") << QStringLiteral("2025-03-04T07:06:07+02:00") << QString();
        QTest::newRow("-00:00") << QStringLiteral("2025-03-04T05:06:07-00:00") << QString();
        QTest::newRow("no zone") << QStringLiteral("2025-03-04T05:06:07") << QString();
        QTest::newRow("lowercase z") << QStringLiteral("2025-03-04T05:06:07z") << QString();
        QTest::newRow("space for T") << QStringLiteral("2025-03-04 05:06:07Z") << QString();
        QTest::newRow("no seconds") << QStringLiteral("2025-03-04T05:06Z") << QString();
        QTest::newRow("hour 24") << QStringLiteral("2025-03-04T24:00:00Z") << QString();
        QTest::newRow("second 60") << QStringLiteral("2025-03-04T05:06:60Z") << QString();
        QTest::newRow("month 13") << QStringLiteral("2025-13-04T05:06:07Z") << QString();
        QTest::newRow("sign in digits") << QStringLiteral("2025-+3-04T05:06:07Z") << QString();
        QTest::newRow("date only") << QStringLiteral("2025-03-04") << QString();
        QTest::newRow("trailing text") << QStringLiteral("2025-03-04T05:06:07Zjunk") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const QDateTime parsed = WireTime::fromString(text);
        QCOMPARE(parsed.isValid(), !canonical.isEmpty());
        if (parsed.isValid()) {
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
            QCOMPARE(parsed.time().msec(), 0);
            QCOMPARE(WireTime::toString(parsed), canonical);
        }
    }

    void writeConvertsToUtcAndDropsMillis()
    {
        const QDateTime johannesburg(QDate(2025, 1, 31), QTime(16, 0, 0, 750),
                                     QTimeZone("Africa/Johannesburg"));
        QCOMPARE(WireTime::toString(johannesburg), QStringLiteral("2025-01-31T14:00:00Z"));
        QCOMPARE(WireTime::toString(QDateTime()), QString());
        QCOMPARE(WireTime::truncated(johannesburg),
                 QDateTime(QDate(2025, 1, 31), QTime(14, 0), QTimeZone::utc()));
    }

    void nowRoundTrips()
    {
        const QDateTime now = WireTime::now();
        QCOMPARE(now.time().msec(), 0);
        QCOMPARE(WireTime::fromString(WireTime::toString(now)), now);
    }

    void days_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("day") << QStringLiteral("2025-03-04") << true;
        QTest::newRow("leap") << QStringLiteral("2024-02-29") << true;
        QTest::newRow("not leap") << QStringLiteral("2025-02-29") << false;
        QTest::newRow("short month") << QStringLiteral("2025-3-04") << false;
        QTest::newRow("with time") << QStringLiteral("2025-03-04T00:00:00Z") << false;
        QTest::newRow("slashes") << QStringLiteral("2025/03/04") << false;
    }
    void days()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QDate day = WireTime::dateFromString(text);
        QCOMPARE(day.isValid(), valid);
        if (valid)
            QCOMPARE(WireTime::dateToString(day), text);
    }
};

QTEST_GUILESS_MAIN(TestWireTime)
#include "tst_wiretime.moc"
