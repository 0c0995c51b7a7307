#include "server/store/Database.h"
#include "server/store/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sphair;
using namespace sphair::server;

// SqlFilter and the row readers: placeholder numbering, the WHERE clause, LIKE escaping, and
// count/page against a real SQLite database.
class tst_SqlQuery : public QObject
{
    Q_OBJECT

private slots:
    void bindNumbersPlaceholdersInOrder();
    void whereJoinsConditions();
    void containsPattern_data();
    void containsPattern();
    void countsAndPagesOnSqlite();
};

void tst_SqlQuery::bindNumbersPlaceholdersInOrder()
{
    SqlFilter filter;
    QCOMPARE(filter.bind(QStringLiteral("a")), QStringLiteral("$1"));
    QCOMPARE(filter.bind(42), QStringLiteral("$2"));
    QCOMPARE(filter.params(), SqlParams({QStringLiteral("a"), 42}));
}

void tst_SqlQuery::whereJoinsConditions()
{
    SqlFilter filter;
    QCOMPARE(filter.where(), QString());
    filter.require(QStringLiteral("status <> 'deleted'"));
    QCOMPARE(filter.where(), QStringLiteral(" WHERE status <> 'deleted'"));
    filter.require(QStringLiteral("tier = %1"), QStringLiteral("large"));
    filter.require(QStringLiteral("at >= %1 AND at < %1"), 7);
    QCOMPARE(filter.where(),
             QStringLiteral(" WHERE status <> 'deleted' AND tier = $1 AND at >= $2 AND at < $2"));
    QCOMPARE(filter.params(), SqlParams({QStringLiteral("large"), 7}));
}

void tst_SqlQuery::containsPattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");

    QTest::newRow("lower-cased") << QStringLiteral("AcMe") << QStringLiteral("%acme%");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("%50\\%%");
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("%a\\_b%");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("%a\\\\b%");
    QTest::newRow("empty") << QString() << QStringLiteral("%%");
}

void tst_SqlQuery::containsPattern()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QCOMPARE(SqlFilter::containsPattern(text), pattern);
}

void tst_SqlQuery::countsAndPagesOnSqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("platform.db")));
    QVERIFY2(db, qPrintable(db.error().message));

    struct Item
    {
        qint64 id = 0;
        QString name;
    };
    struct Page
    {
        QList<Item> items;
        qint64 total = 0;
    };
    const auto itemFrom = [](const SqlRow &row) {
        return Item {row.int64(u"id"), row.text(u"name")};
    };

    Page page;
    qint64 above = 0;
    std::optional<Item> none;
    std::optional<Item> one;
    const models::Status done =
        db.value()->transaction(TxScope::forOperator(), [&](SqlSession &session) {
            if (auto created = session.exec(
                    QStringLiteral("CREATE TEMP TABLE items (id INTEGER PRIMARY KEY, name TEXT)"));
                !created)
                return models::Status(created.error());
            for (const char *name : {"a_1", "ab1", "a_2", "b_1", "A_3"}) {
                if (auto added =
                        session.exec(QStringLiteral("INSERT INTO items (name) VALUES ($1)"),
                                     {QString::fromLatin1(name)});
                    !added)
                    return models::Status(added.error());
            }

            // '_' is literal: "ab1" must not match "a_".
            SqlFilter filter;
            filter.require(QStringLiteral("LOWER(name) LIKE %1 ESCAPE '\\'"),
                           SqlFilter::containsPattern(QStringLiteral("A_")));
            auto listed = filter.countedPage<Page>(session, QStringLiteral("items"),
                                                   QStringLiteral("id, name"),
                                                   QStringLiteral("id DESC"), 2, 1, itemFrom);
            if (!listed)
                return models::Status(listed.error());
            page = listed.value();
            auto counted = countRows(session, QStringLiteral("items WHERE id > $1"), {3});
            if (!counted)
                return models::Status(counted.error());
            above = counted.value();
            auto first = readFirst(
                session.exec(QStringLiteral("SELECT id, name FROM items WHERE id < 0")), itemFrom);
            if (!first)
                return models::Status(first.error());
            none = first.value();
            auto found =
                readOptional(session.queryOptional(
                                 QStringLiteral("SELECT id, name FROM items WHERE id = $1"), {2}),
                             itemFrom);
            if (!found)
                return models::Status(found.error());
            one = found.value();
            return models::Status::success();
        });
    QVERIFY2(done, qPrintable(done.error().message));
    QCOMPARE(page.total, qint64(3));
    QCOMPARE(page.items.size(), qsizetype(2));
    QCOMPARE(page.items.at(0).name, QStringLiteral("a_2"));
    QCOMPARE(page.items.at(1).name, QStringLiteral("a_1"));
    QCOMPARE(above, qint64(2));
    QVERIFY(!none);
    QVERIFY(one);
    QCOMPARE(one->name, QStringLiteral("ab1"));
}

QTEST_GUILESS_MAIN(tst_SqlQuery)
#include "tst_sqlquery.moc"
