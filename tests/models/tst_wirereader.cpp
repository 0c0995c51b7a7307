#include "ModelTestSupport.h"

#include "models/domain/DeploymentStep.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;

// The strict field reader every codec uses: required vs optional, types, numbers, nesting.
class TestWireReader : public QObject
{
    Q_OBJECT
private slots:
    void integers_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << QStringLiteral(R"({"n":0})") << QString() << qint64(0);
        QTest::newRow("exponent") << QStringLiteral(R"({"n":1e3})") << QString() << qint64(1000);
        QTest::newRow("2^53-1") << QStringLiteral(R"({"n":9007199254740991})") << QString()
                                << qint64(9007199254740991);
        QTest::newRow("2^53") << QStringLiteral(R"({"n":9007199254740992})")
                              << QStringLiteral("wrong_type") << qint64(0);
        QTest::newRow("fraction") << QStringLiteral(R"({"n":10.5})") << QStringLiteral("wrong_type")
                                  << qint64(0);
        QTest::newRow("string") << QStringLiteral(R"({"n":"10"})") << QStringLiteral("wrong_type")
                                << qint64(0);
        QTest::newRow("bool") << QStringLiteral(R"({"n":true})") << QStringLiteral("wrong_type")
                              << qint64(0);
        QTest::newRow("negative") << QStringLiteral(R"({"n":-1})") << QStringLiteral("out_of_range")
                                  << qint64(0);
        QTest::newRow("null") << QStringLiteral(R"({"n":null})") << QStringLiteral("missing")
                              << qint64(0);
        QTest::newRow("absent") << QStringLiteral(R"({})") << QStringLiteral("missing")
                                << qint64(0);
    }
    void integers()
    {
        QFETCH(QString, json);
        QFETCH(QString, reason);
        QFETCH(qint64, value);
        WireReader in(parseObject(json.toUtf8().constData()));
        const qint64 read = in.integer(u"n", 0);
        QCOMPARE(in.ok(), reason.isEmpty());
        if (reason.isEmpty())
            QCOMPARE(read, value);
        else
            QVERIFY(isFieldError(in.error(), QStringLiteral("n"), reason));
    }

    void optionalMeansAbsentOrNull()
    {
        WireReader in(parseObject(R"({"a":null,"c":"x"})"));
        QCOMPARE(in.optionalString(u"a", QStringLiteral("fallback")), QStringLiteral("fallback"));
        QCOMPARE(in.optionalString(u"b", QStringLiteral("fallback")), QStringLiteral("fallback"));
        QCOMPARE(in.optionalString(u"c"), QStringLiteral("x"));
        QVERIFY(in.optionalUuid(u"a").isNull());
        QVERIFY(!in.optionalTime(u"b").isValid());
        QVERIFY(in.ok());
    }

    void optionalStillTyped()
    {
        WireReader in(parseObject(R"({"a":5})"));
        (void)in.optionalString(u"a");
        QVERIFY(isFieldError(in.error(), QStringLiteral("a"), QStringLiteral("wrong_type")));
    }

    void firstErrorWins()
    {
        WireReader in(parseObject(R"({"b":1})"));
        (void)in.string(u"a");
        (void)in.string(u"b");
        QVERIFY(isFieldError(in.error(), QStringLiteral("a"), QStringLiteral("missing")));
    }

    void stringsCheckEachElement()
    {
        WireReader in(parseObject(R"({"list":["a",2]})"));
        (void)in.strings(u"list");
        QVERIFY(isFieldError(in.error(), QStringLiteral("list[1]"), QStringLiteral("wrong_type")));
    }

    void unknownCode()
    {
        WireReader in(parseObject(R"({"tier":"enterprise"})"));
        (void)in.tier(u"tier");
        QVERIFY(isFieldError(in.error(), QStringLiteral("tier"), QStringLiteral("unknown_value")));
        QCOMPARE(in.error().details.value(QLatin1String("allowed")).toArray().size(), 3);
    }

    void nestedObjectsNameTheirPath()
    {
        WireReader in(parseObject(R"({"steps":[
            {"ordinal":1,"name":"pre_checks","status":"pending"},
            {"ordinal":2,"name":"pre_checks","status":"sleeping"}]})"));
        const auto steps = in.objects<DeploymentStep>(u"steps");
        QVERIFY(isFieldError(in.error(), QStringLiteral("steps[1].status"),
                             QStringLiteral("unknown_value")));

        WireReader notObjects(parseObject(R"({"steps":[1]})"));
        (void)notObjects.objects<DeploymentStep>(u"steps");
        QVERIFY(isFieldError(notObjects.error(), QStringLiteral("steps[0]"),
                             QStringLiteral("wrong_type")));
    }

    void topLevelList()
    {
        const QJsonArray good {QJsonObject {{QStringLiteral("ordinal"), 1},
                                            {QStringLiteral("name"), QStringLiteral("switch")},
                                            {QStringLiteral("status"), QStringLiteral("running")}}};
        const auto list = listFromJson<DeploymentStep>(good);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list.value().first().name, QStringLiteral("switch"));
        QCOMPARE(listFromJson<DeploymentStep>(listToJson(list.value())).value(), list.value());

        const auto bad = listFromJson<DeploymentStep>(QJsonArray {QJsonObject {}});
        QVERIFY(!bad.ok());
        QVERIFY(
            isFieldError(bad.error(), QStringLiteral("[0].ordinal"), QStringLiteral("missing")));
    }

    void writerNullsWhatIsNotSet()
    {
        const QJsonObject object = WireWriter()
                                       .uuid(u"id", QUuid())
                                       .time(u"at", QDateTime())
                                       .optionalText(u"note", QString())
                                       .text(u"name", QString())
                                       .object();
        QVERIFY(object.value(QLatin1String("id")).isNull());
        QVERIFY(object.value(QLatin1String("at")).isNull());
        QVERIFY(object.value(QLatin1String("note")).isNull());
        QCOMPARE(object.value(QLatin1String("name")), QJsonValue(QString()));
    }

    void writerUuidLowercaseWithoutBraces()
    {
        const QUuid id = QUuid::fromString(u"{3F2B6C1E-8A4D-4F6B-9C2E-1D5A7B9E0F12}");
        const QJsonObject object = WireWriter().uuid(u"id", id).object();
        QCOMPARE(object.value(QLatin1String("id")).toString(),
                 QStringLiteral("3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12"));
    }
};

QTEST_GUILESS_MAIN(TestWireReader)
#include "tst_wirereader.moc"
