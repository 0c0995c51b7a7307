#include "server/store/SqlErrorCode.h"
#include "server/store/SqlRow.h"
#include "server/store/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sphair::server;

class tst_SqlValue : public QObject
{
    Q_OBJECT

private slots:
    void toParameter_data();
    void toParameter();
    void refusesUnsupportedTypes();
    void parseTimestamp_data();
    void parseTimestamp();
    void rowGetters_data();
    void rowGetters();
    void jsonScalars();
};

void tst_SqlValue::toParameter_data()
{
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QByteArray>("text"); // what PostgreSQL receives

    QTest::newRow("invalid is NULL") << QVariant() << QVariant() << QByteArray();
    QTest::newRow("nullptr is NULL") << QVariant::fromValue(nullptr) << QVariant() << QByteArray();
    QTest::newRow("true") << QVariant(true) << QVariant(true) << QByteArray("true");
    QTest::newRow("false") << QVariant(false) << QVariant(false) << QByteArray("false");
    QTest::newRow("int") << QVariant(42) << QVariant(qint64(42)) << QByteArray("42");
    QTest::newRow("uint") << QVariant(42u) << QVariant(qint64(42)) << QByteArray("42");
    QTest::newRow("int64 max") << QVariant(std::numeric_limits<qint64>::max())
                               << QVariant(std::numeric_limits<qint64>::max())
                               << QByteArray("9223372036854775807");
    QTest::newRow("double") << QVariant(0.1) << QVariant(0.1) << QByteArray("0.1");
    QTest::newRow("string") << QVariant(QStringLiteral("Zoë")) << QVariant(QStringLiteral("Zoë"))
                            << QStringLiteral("Zoë").toUtf8();
    QTest::newRow("null string is empty")
        << QVariant(QString()) << QVariant(QLatin1String("")) << QByteArray("");
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff", 2))
                           << QVariant(QByteArray("\x00\xff", 2)) << QByteArray("\x00\xff", 2);
    QTest::newRow("datetime utc") << QVariant(
        QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC))
                                  << QVariant(QStringLiteral("2025-01-02T03:04:05.006Z"))
                                  << QByteArray("2025-01-02T03:04:05.006Z");
    QTest::newRow("datetime offset")
        << QVariant(QDateTime(QDate(2025, 1, 2), QTime(2, 0), Qt::OffsetFromUTC, 7200))
        << QVariant(QStringLiteral("2025-01-02T00:00:00.000Z"))
        << QByteArray("2025-01-02T00:00:00.000Z");
    QTest::newRow("invalid datetime is NULL")
        << QVariant(QDateTime()) << QVariant() << QByteArray();
    QTest::newRow("date") << QVariant(QDate(2025, 12, 31)) << QVariant(QStringLiteral("2025-12-31"))
                          << QByteArray("2025-12-31");
    const QUuid uuid = QUuid::fromString(u"{6F1C2D3E-4A5B-4C6D-8E7F-901A2B3C4D5E}");
    QTest::newRow("uuid") << QVariant(uuid)
                          << QVariant(QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e"))
                          << QByteArray("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
    QTest::newRow("null uuid is NULL") << QVariant(QUuid()) << QVariant() << QByteArray();
    QTest::newRow("json object") << QVariant(QJsonObject {{QStringLiteral("a"), 1}})
                                 << QVariant(QStringLiteral("{\"a\":1}"))
                                 << QByteArray("{\"a\":1}");
    QTest::newRow("json array") << QVariant(QJsonArray {QStringLiteral("x"), true})
                                << QVariant(QStringLiteral("[\"x\",true]"))
                                << QByteArray("[\"x\",true]");
    QTest::newRow("json string value")
        << QVariant(QJsonValue(QStringLiteral("q\""))) << QVariant(QStringLiteral(R"("q\"")"))
        << QByteArray(R"("q\"")");
    QTest::newRow("json null is NULL") << QVariant(QJsonValue()) << QVariant() << QByteArray();
}

void tst_SqlValue::toParameter()
{
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);
    QFETCH(QByteArray, text);
    const sphair::models::Result<QVariant> normalised = SqlValue::toParameter(input);
    QVERIFY2(normalised, qPrintable(normalised.error().message));
    QCOMPARE(SqlValue::isNull(normalised.value()), SqlValue::isNull(expected));
    if (!SqlValue::isNull(expected)) {
        QCOMPARE(normalised.value().typeId(),
                 expected.typeId() == QMetaType::QString ? int(QMetaType::QString)
                                                         : expected.typeId());
        QCOMPARE(normalised.value(), expected);
        QCOMPARE(SqlValue::toText(normalised.value()), text);
    }
}

void tst_SqlValue::refusesUnsupportedTypes()
{
    for (const QVariant &value : {QVariant(QStringList()), QVariant(QTime(1, 2)),
                                  QVariant(std::numeric_limits<quint64>::max())}) {
        const sphair::models::Result<QVariant> normalised = SqlValue::toParameter(value);
        QVERIFY(!normalised);
        QCOMPARE(normalised.error().code, QString(SqlErrorCode::InvalidArgument));
    }
}

void tst_SqlValue::parseTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2025, 6, 1), QTime(12, 30, 45), Qt::UTC);
    QTest::newRow("iso z") << "2025-06-01T12:30:45Z" << base;
    QTest::newRow("iso ms") << "2025-06-01T12:30:45.123Z" << base.addMSecs(123);
    QTest::newRow("postgres micro") << "2025-06-01 12:30:45.123456+00" << base.addMSecs(123);
    QTest::newRow("postgres short fraction") << "2025-06-01 12:30:45.5+00" << base.addMSecs(500);
    QTest::newRow("postgres offset") << "2025-06-01 14:30:45+02" << base;
    QTest::newRow("offset minutes") << "2025-06-01T07:00:45-05:30" << base;
    QTest::newRow("compact offset") << "2025-06-01T14:30:45+0200" << base;
    QTest::newRow("no zone is utc") << "2025-06-01 12:30:45" << base;
    QTest::newRow("date only") << "2025-06-01"
                               << QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("infinity") << "infinity" << QDateTime();
    QTest::newRow("garbage") << "2025-06-01X12:30:45" << QDateTime();
    QTest::newRow("bad month") << "2025-13-01T12:30:45Z" << QDateTime();
    QTest::newRow("bad zone") << "2025-06-01T12:30:45+xx" << QDateTime();
}

void tst_SqlValue::parseTimestamp()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = SqlValue::parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void tst_SqlValue::rowGetters_data()
{
    // The same logical value as each backend hands it over.
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("getter");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("bool from pg") << QVariant(true) << "boolean" << QVariant(true);
    QTest::newRow("bool from sqlite") << QVariant(qint64(0)) << "boolean" << QVariant(false);
    QTest::newRow("bool from text") << QVariant(QStringLiteral("t")) << "boolean" << QVariant(true);
    QTest::newRow("int from text")
        << QVariant(QStringLiteral("12")) << "int64" << QVariant(qint64(12));
    QTest::newRow("int from double") << QVariant(3.0) << "int64" << QVariant(qint64(3));
    QTest::newRow("datetime from text")
        << QVariant(QStringLiteral("2025-01-01T00:00:00.000Z")) << "datetime"
        << QVariant(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    QTest::newRow("date from text")
        << QVariant(QStringLiteral("2025-01-31")) << "date" << QVariant(QDate(2025, 1, 31));
    QTest::newRow("uuid from text")
        << QVariant(QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e")) << "uuid"
        << QVariant(QUuid::fromString(u"6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e"));
    QTest::newRow("text of datetime")
        << QVariant(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)) << "text"
        << QVariant(QStringLiteral("2025-01-01T00:00:00.000Z"));
    QTest::newRow("null int uses fallback") << QVariant() << "int64" << QVariant(qint64(-7));
    QTest::newRow("null text") << QVariant() << "text" << QVariant(QString());
}

void tst_SqlValue::rowGetters()
{
    QFETCH(QVariant, stored);
    QFETCH(QString, getter);
    QFETCH(QVariant, expected);
    const SqlRow row(QStringList {QStringLiteral("c")}, QVariantList {stored});
    const QString c = QStringLiteral("c");
    QCOMPARE(row.indexOf(c), 0);
    QCOMPARE(row.indexOf(u"missing"), -1);
    if (getter == QLatin1String("boolean"))
        QCOMPARE(row.boolean(c), expected.toBool());
    else if (getter == QLatin1String("int64"))
        QCOMPARE(row.int64(c, -7), expected.toLongLong());
    else if (getter == QLatin1String("datetime"))
        QCOMPARE(row.dateTime(c), expected.toDateTime());
    else if (getter == QLatin1String("date"))
        QCOMPARE(row.date(c), expected.toDate());
    else if (getter == QLatin1String("uuid"))
        QCOMPARE(row.uuid(c), expected.toUuid());
    else if (getter == QLatin1String("text"))
        QCOMPARE(row.text(c), expected.toString());
    else
        QFAIL("unknown getter");
}

void tst_SqlValue::jsonScalars()
{
    QCOMPARE(SqlValue::parseJson(u"42"), QJsonValue(42));
    QCOMPARE(SqlValue::parseJson(u"\"x\""), QJsonValue(QStringLiteral("x")));
    QCOMPARE(SqlValue::parseJson(u"null"), QJsonValue(QJsonValue::Null));
    QCOMPARE(SqlValue::parseJson(u"{\"a\":[1,2]}").toObject().value(u"a").toArray().size(), 2);
    QCOMPARE(SqlValue::parseJson(u"{oops").type(), QJsonValue::Undefined);
    QCOMPARE(SqlValue::parseJson(u"1, 2").type(), QJsonValue::Undefined);
    const SqlRow row(QStringList {QStringLiteral("j")}, QVariantList {QVariant()});
    QCOMPARE(row.json(QStringLiteral("j")).type(), QJsonValue::Null);
}

QTEST_GUILESS_MAIN(tst_SqlValue)
#include "tst_sqlvalue.moc"
