#include "models/domain/AuditEntry.h"
#include "models/domain/WireTime.h"
#include "tests/support/PlatformFixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace sphair;
using namespace sphair::tests;
using server::SqlSession;

namespace {

QString wire(const QDateTime &time)
{
    return models::WireTime::toString(time);
}

QStringList actionsOf(const ApiReply &reply)
{
    QStringList actions;
    for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray())
        actions.append(item.toObject().value(QStringLiteral("action")).toString());
    return actions;
}

} // namespace

// GET /admin/audit: filters, newest first, keyset paging, bad filters and roles, on SQLite and
// PostgreSQL.
class TestAuditApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        m_x = QUuid::createUuid();
        m_y = QUuid::createUuid();
        struct Row
        {
            int minutesAgo;
            const char *actor;
            const char *action;
            const char *targetType;
            QUuid company;
        };
        const QList<Row> rows {
            {180, "alice", "company.create", "company", m_x},
            {120, "alice", "company.suspend", "company", m_x},
            {60, "bob", "license.revoke", "license", m_y},
            {30, "bob", "company_settings.update", "company_settings", m_x},
        };
        auto written = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](SqlSession &session) {
                for (const Row &row : rows) {
                    auto inserted = session.exec(
                        QStringLiteral("INSERT INTO audit_log (at, actor, actor_role, action, "
                                       "target_type, target_id, company_id, before, after) "
                                       "VALUES ($1, $2, 'sales', $3, $4, $5, $6, $7, $8)"),
                        {m_now.addSecs(-60 * row.minutesAgo), QString::fromLatin1(row.actor),
                         QString::fromLatin1(row.action), QString::fromLatin1(row.targetType),
                         row.company.toString(QUuid::WithoutBraces), row.company,
                         QJsonObject {{QStringLiteral("status"), QStringLiteral("active")}},
                         QJsonObject {{QStringLiteral("status"), QStringLiteral("suspended")},
                                      {QStringLiteral("note"),
                                       QStringLiteral("'; DROP TABLE audit_log; --")}}});
                    if (!inserted)
                        return models::Status(inserted.error());
                }
                return models::Status::success();
            });
        QVERIFY2(written.ok(), qPrintable(written.error().message));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("actions");
        const QString x = m_x.toString(QUuid::WithoutBraces);
        QTest::newRow("actor") << QStringLiteral("actor=alice")
                               << QStringList {QStringLiteral("company.suspend"),
                                               QStringLiteral("company.create")};
        QTest::newRow("exact action") << QStringLiteral("action=company.suspend")
                                      << QStringList {QStringLiteral("company.suspend")};
        QTest::newRow("action prefix")
            << QStringLiteral("action=company.")
            << QStringList {QStringLiteral("company.suspend"), QStringLiteral("company.create")};
        QTest::newRow("prefix with underscore")
            << QStringLiteral("action=company_settings.")
            << QStringList {QStringLiteral("company_settings.update")};
        QTest::newRow("company") << QStringLiteral("company_id=") + x
                                 << QStringList {QStringLiteral("company_settings.update"),
                                                 QStringLiteral("company.suspend"),
                                                 QStringLiteral("company.create")};
        QTest::newRow("target type") << QStringLiteral("target_type=license")
                                     << QStringList {QStringLiteral("license.revoke")};
        QTest::newRow("time range")
            << QStringLiteral("from=%1&to=%2")
                   .arg(wire(m_now.addSecs(-150 * 60)), wire(m_now.addSecs(-45 * 60)))
            << QStringList {QStringLiteral("license.revoke"), QStringLiteral("company.suspend")};
        QTest::newRow("from is inclusive")
            << QStringLiteral("actor=alice&from=") + wire(m_now.addSecs(-120 * 60))
            << QStringList {QStringLiteral("company.suspend")};
        QTest::newRow("to is exclusive")
            << QStringLiteral("actor=alice&to=") + wire(m_now.addSecs(-120 * 60))
            << QStringList {QStringLiteral("company.create")};
        QTest::newRow("combined") << QStringLiteral("actor=bob&company_id=") + x
                                  << QStringList {QStringLiteral("company_settings.update")};
        QTest::newRow("nothing") << QStringLiteral("actor=nobody") << QStringList {};
        QTest::newRow("sql text") << QStringLiteral("actor=' OR 1=1 --") << QStringList {};
    }
    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, actions);
        const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/audit?") + query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(actionsOf(reply), actions);
        QCOMPARE(reply.json().value(QStringLiteral("total")).toInt(), actions.size());
        QVERIFY(reply.json().value(QStringLiteral("next_cursor")).isNull());
    }

    void entriesAreComplete()
    {
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/audit?action=license."));
        QCOMPARE(reply.status, 200);
        const QJsonObject item =
            reply.json().value(QStringLiteral("items")).toArray().first().toObject();
        const auto entry = models::AuditEntry::fromJson(item);
        QVERIFY2(entry.ok(), qPrintable(entry.error().message));
        QVERIFY(QRegularExpression(QStringLiteral("^00000000-0000-8000-8000-[0-9a-f]{12}$"))
                    .match(item.value(QStringLiteral("id")).toString())
                    .hasMatch());
        QCOMPARE(entry->actor, QStringLiteral("bob"));
        QCOMPARE(entry->actorRole, QStringLiteral("sales"));
        QCOMPARE(entry->companyId, m_y);
        QCOMPARE(entry->targetId, m_y.toString(QUuid::WithoutBraces));
        QCOMPARE(entry->at, m_now.addSecs(-3600));
        QCOMPARE(entry->before.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(entry->after.toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("'; DROP TABLE audit_log; --"));
    }

    void newestFirstWithPaging()
    {
        // Everything, newest first: the rows above plus the fixture's sign-ins.
        const ApiReply all = m_platform.admin().get(QStringLiteral("/admin/audit?limit=500"));
        QCOMPARE(all.status, 200);
        const int total = all.json().value(QStringLiteral("total")).toInt();
        QVERIFY(total >= 4);
        QStringList expected;
        for (const QJsonValue &item : all.json().value(QStringLiteral("items")).toArray())
            expected.append(item.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(expected.size(), total);

        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const ApiReply page = m_platform.admin().get(
                QStringLiteral("/admin/audit?limit=3")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), total);
            for (const QJsonValue &item : page.json().value(QStringLiteral("items")).toArray())
                seen.append(item.toObject().value(QStringLiteral("id")).toString());
            cursor = page.json().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        QCOMPARE(seen, expected);
        QCOMPARE(pages, (total + 2) / 3);

        // A change made through the API is there at once, on top.
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/maintenance/enable"), {}).status,
                 200);
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/maintenance/disable"), {}).status,
                 200);
        const ApiReply latest = m_platform.admin().get(QStringLiteral("/admin/audit?limit=2"));
        QCOMPARE(actionsOf(latest),
                 QStringList({QStringLiteral("maintenance.disable"),
                              QStringLiteral("maintenance.enable")}));
        QCOMPARE(latest.json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toString(),
                 QStringLiteral("root"));
    }

    void badFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("action case")
            << QStringLiteral("action=Company.Create") << QStringLiteral("action");
        QTest::newRow("action chars")
            << QStringLiteral("action=company*") << QStringLiteral("action");
        QTest::newRow("company") << QStringLiteral("company_id=42") << QStringLiteral("company_id");
        QTest::newRow("nil company") << QStringLiteral("company_id=00000000-0000-0000-0000-"
                                                       "000000000000")
                                     << QStringLiteral("company_id");
        QTest::newRow("from") << QStringLiteral("from=yesterday") << QStringLiteral("from");
        QTest::newRow("to") << QStringLiteral("to=2025-13-01T00:00:00Z") << QStringLiteral("to");
        QTest::newRow("limit") << QStringLiteral("limit=0") << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("limit=all") << QStringLiteral("limit");
        QTest::newRow("actor too long")
            << QStringLiteral("actor=") + QString(101, QLatin1Char('a')) << QStringLiteral("actor");
        QTest::newRow("cursor") << QStringLiteral("cursor=garbage") << QStringLiteral("cursor");
    }
    void badFilters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/audit?") + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        QCOMPARE(reply.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
    }

    void everyRoleReads()
    {
        auto support = m_platform.signIn(QStringLiteral("sue"), models::AdminRole::Support);
        QVERIFY(support.ok());
        auto sales = m_platform.signIn(QStringLiteral("sid"), models::AdminRole::Sales);
        QVERIFY(sales.ok());
        QCOMPARE(support->get(QStringLiteral("/admin/audit")).status, 200);
        QCOMPARE(sales->get(QStringLiteral("/admin/audit")).status, 200);
        QCOMPARE(support->del(QStringLiteral("/admin/audit")).status, 405);
        QCOMPARE(m_platform.client().get(QStringLiteral("/admin/audit")).status, 401);
    }

private:
    PlatformFixture m_platform;
    QDateTime m_now;
    QUuid m_x;
    QUuid m_y;
};

QTEST_GUILESS_MAIN(TestAuditApi)
#include "tst_auditapi.moc"
