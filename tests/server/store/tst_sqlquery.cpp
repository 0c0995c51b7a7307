#include "server/store/Database.h"
#include "server/store/SqlErrorCode.h"
#include "server/store/SqlQuery.h"

#include "models/domain/TenantUser.h"
#include "models/domain/WireTime.h"

#include <QJsonArray>
#include <QJsonObject>

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
    void rowAsWireObject();
    void rowsReadThroughTheirCodec();
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

void tst_SqlQuery::rowAsWireObject()
{
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    // As SQLite reports them: times as text, booleans as 0/1, JSON as text; and as PostgreSQL
    // reports its own kinds.
    const SqlRow row({QStringLiteral("name"), QStringLiteral("gone"), QStringLiteral("count"),
                      QStringLiteral("ratio"), QStringLiteral("flag"), QStringLiteral("pg_flag"),
                      QStringLiteral("at"), QStringLiteral("pg_at"), QStringLiteral("day"),
                      QStringLiteral("doc"), QStringLiteral("blob"), QStringLiteral("odd_flag")},
                     {QStringLiteral("Acme"), QVariant(), qint64(42), 0.5, qint64(1), true,
                      QStringLiteral("2026-03-01 09:30:15.250"), at, QDate(2026, 3, 2),
                      QStringLiteral("{\"a\": [1, 2]}"), QByteArray("\x01\x02"),
                      QStringLiteral("maybe")});
    const QJsonObject object = row.toJson({{u"flag", WireColumn::Boolean},
                                           {u"at", WireColumn::Time},
                                           {u"doc", WireColumn::Json},
                                           {u"odd_flag", WireColumn::Boolean}});
    QCOMPARE(object.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Acme")));
    QVERIFY(object.value(QStringLiteral("gone")).isNull());
    QCOMPARE(object.value(QStringLiteral("count")), QJsonValue(42));
    QCOMPARE(object.value(QStringLiteral("ratio")), QJsonValue(0.5));
    QCOMPARE(object.value(QStringLiteral("flag")), QJsonValue(true));
    QCOMPARE(object.value(QStringLiteral("pg_flag")), QJsonValue(true));
    QCOMPARE(object.value(QStringLiteral("at")),
             QJsonValue(QStringLiteral("2026-03-01T09:30:15Z")));
    QCOMPARE(object.value(QStringLiteral("pg_at")), object.value(QStringLiteral("at")));
    QCOMPARE(object.value(QStringLiteral("day")), QJsonValue(QStringLiteral("2026-03-02")));
    QCOMPARE(object.value(QStringLiteral("doc")).toObject().value(QStringLiteral("a")).toArray(),
             QJsonArray({1, 2}));
    QVERIFY(!object.contains(QStringLiteral("blob")));
    // A value that is no boolean stays text, which a codec refuses.
    QCOMPARE(object.value(QStringLiteral("odd_flag")), QJsonValue(QStringLiteral("maybe")));
}

void tst_SqlQuery::rowsReadThroughTheirCodec()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("platform.db")));
    QVERIFY2(db, qPrintable(db.error().message));

    const QUuid first = QUuid::createUuid();
    const QUuid second = QUuid::createUuid();
    const auto userFrom = [](const SqlRow &row) {
        return fromRow<models::TenantUser>(row, {{u"created_at", WireColumn::Time}});
    };
    QList<models::TenantUser> valid;
    models::Error refused;
    const models::Status done =
        db.value()->transaction(TxScope::forOperator(), [&](SqlSession &session) {
            if (auto created = session.exec(QStringLiteral(
                    "CREATE TEMP TABLE people (id TEXT, email TEXT, name TEXT, role TEXT, "
                    "created_at TEXT)"));
                !created)
                return models::Status(created.error());
            const QDateTime at(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
            for (const auto &[id, role] : {std::pair {first, QStringLiteral("admin")},
                                           std::pair {second, QStringLiteral("owner")}}) {
                if (auto added = session.exec(
                        QStringLiteral("INSERT INTO people VALUES ($1, $2, 'Ada', $3, $4)"),
                        {id, id.toString(QUuid::WithoutBraces) + QStringLiteral("@example.com"),
                         role, at});
                    !added)
                    return models::Status(added.error());
            }
            const QString select = QStringLiteral(
                "SELECT id, email, name AS display_name, role, created_at FROM people ");
            auto good =
                readAll(session.exec(select + QStringLiteral("WHERE id = $1"), {first}), userFrom);
            if (!good)
                return models::Status(good.error());
            valid = good.value();
            // "owner" is no tenant role: the codec refuses the stored row, and the whole read
            // fails with a storage error instead of a client's invalid_field.
            auto all = readAll(session.exec(select + QStringLiteral("ORDER BY email")), userFrom);
            if (all)
                return models::Status(models::Error {
                    QStringLiteral("test"), QStringLiteral("read a refused row"), {}});
            refused = all.error();
            return models::Status::success();
        });
    QVERIFY2(done, qPrintable(done.error().message));
    QCOMPARE(valid.size(), qsizetype(1));
    QCOMPARE(valid.first().id, first);
    QCOMPARE(valid.first().displayName, QStringLiteral("Ada"));
    QCOMPARE(valid.first().role, models::TenantUserRole::Admin);
    QCOMPARE(valid.first().createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(refused.code, QString(SqlErrorCode::InvalidValue));
    QVERIFY(!refused.message.contains(QStringLiteral("role")));
}

QTEST_GUILESS_MAIN(tst_SqlQuery)
#include "tst_sqlquery.moc"
