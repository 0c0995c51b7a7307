#include "ModelTestSupport.h"

#include "models/domain/Company.h"
#include "models/domain/Page.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;

namespace {

QJsonObject company(const char *code)
{
    return QJsonObject {{QStringLiteral("code"), QString::fromLatin1(code)},
                        {QStringLiteral("name"), QStringLiteral("Name")},
                        {QStringLiteral("tier"), QStringLiteral("small")},
                        {QStringLiteral("max_users"), 5},
                        {QStringLiteral("contact_email"), QStringLiteral("a@b.example")}};
}

} // namespace

// The paging envelope of list routes.
class TestPage : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QJsonObject json {
            {QStringLiteral("items"), QJsonArray {company("AA"), company("BB")}},
            {QStringLiteral("next_cursor"), QStringLiteral("opaque-123")},
            {QStringLiteral("total"), 57}};
        const auto page = Page<Company>::fromJson(json);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(1).code, QStringLiteral("BB"));
        QVERIFY(page->hasMore());
        QCOMPARE(page->total, 57);
        const auto again = Page<Company>::fromJson(page->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), page.value());
    }

    void lastPageAndUncounted()
    {
        const auto page =
            Page<Company>::fromJson(parseObject(R"({"items":[],"next_cursor":null,"total":null})"));
        QVERIFY(page.ok());
        QVERIFY(!page->hasMore());
        QCOMPARE(page->total, -1);
        const QJsonObject json = page->toJson();
        QVERIFY(json.value(QLatin1String("next_cursor")).isNull());
        QVERIFY(json.value(QLatin1String("total")).isNull());
        QCOMPARE(json.value(QLatin1String("items")).toArray().size(), 0);
    }

    void rejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no items") << parseObject(R"({"next_cursor":null})")
                                  << QStringLiteral("items") << QStringLiteral("missing");
        QTest::newRow("items object") << parseObject(R"({"items":{}})") << QStringLiteral("items")
                                      << QStringLiteral("wrong_type");
        QJsonObject badItem = company("CC");
        badItem.insert(QStringLiteral("tier"), QStringLiteral("huge"));
        QTest::newRow("bad item") << QJsonObject {{QStringLiteral("items"),
                                                   QJsonArray {company("AA"), badItem}}}
                                  << QStringLiteral("items[1].tier")
                                  << QStringLiteral("unknown_value");
        QTest::newRow("cursor number")
            << parseObject(R"({"items":[],"next_cursor":5})") << QStringLiteral("next_cursor")
            << QStringLiteral("wrong_type");
        QTest::newRow("total negative")
            << parseObject(R"({"items":[],"total":-2})") << QStringLiteral("total")
            << QStringLiteral("out_of_range");
    }
    void rejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto page = Page<Company>::fromJson(json);
        QVERIFY(!page.ok());
        QVERIFY(isFieldError(page.error(), field, reason));
    }
};

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"
