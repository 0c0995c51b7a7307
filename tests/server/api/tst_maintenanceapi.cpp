#include "models/domain/MaintenanceWindow.h"
#include "models/domain/WireTime.h"
#include "tests/support/PlatformFixture.h"

#include <QTest>

using namespace sphair;
using namespace sphair::tests;

namespace {

QString wire(const QDateTime &time)
{
    return models::WireTime::toString(time);
}

QJsonObject windowBody(const QDateTime &startsAt, const QDateTime &endsAt,
                       const QString &description = {})
{
    QJsonObject body {{QStringLiteral("starts_at"), wire(startsAt)},
                      {QStringLiteral("ends_at"), wire(endsAt)}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    return body;
}

// A whole hour some days ahead, so windows of different tests never overlap.
QDateTime hourAhead(int days, int hour)
{
    const QDate day = QDateTime::currentDateTimeUtc().date().addDays(days);
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

} // namespace

// Maintenance mode (on, off, the 503 tenants get meanwhile), the public notice and the planned
// windows, over HTTPS on SQLite and PostgreSQL.
class TestMaintenanceApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_companyId = QUuid::createUuid();
        auto inserted = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](server::SqlSession &session) {
                auto row = session.exec(
                    QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users) "
                                   "VALUES ($1, 'MAINT-TENANT', 'Maintenance Tenant', 'small', "
                                   "5)"),
                    {m_companyId});
                return row ? models::Status::success() : models::Status(row.error());
            });
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        auto tenant = m_platform.tenant(m_companyId);
        QVERIFY2(tenant.ok(), qPrintable(tenant.error().message));
        m_tenant = std::make_unique<ApiClient>(tenant.value());
    }

    void statusStartsOff()
    {
        const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/maintenance/status"));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("ETag").isEmpty());
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(body.contains(QStringLiteral("current_window")));
        QVERIFY(body.contains(QStringLiteral("next_window")));

        const ApiReply notice = m_platform.client().get(QStringLiteral("/maintenance"));
        QCOMPARE(notice.status, 200);
        QCOMPARE(notice.json().value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(notice.json().value(QStringLiteral("retry_after_seconds")).isNull());
    }

    void enableBlocksTenantRoutes()
    {
        QVERIFY(m_tenant->get(QStringLiteral("/api/company/settings")).status != 503);

        const ApiReply enabled = m_platform.admin().post(
            QStringLiteral("/admin/maintenance/enable"),
            {{QStringLiteral("message"), QStringLiteral("Upgrading to 2.14; back by 04:00.")},
             {QStringLiteral("retry_after_seconds"), 120}});
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.json().value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(enabled.json().value(QStringLiteral("started_by")).toString(),
                 QStringLiteral("root"));
        const QString startedAt = enabled.json().value(QStringLiteral("started_at")).toString();
        QVERIFY(!startedAt.isEmpty());

        for (const QString &path :
             {QStringLiteral("/api/company/settings"), QStringLiteral("/api/company/features"),
              QStringLiteral("/api/users")}) {
            const ApiReply blocked = m_tenant->get(path);
            QCOMPARE(blocked.status, 503);
            QCOMPARE(blocked.error(), QStringLiteral("maintenance"));
            QCOMPARE(blocked.header("Retry-After"), QByteArray("120"));
            QCOMPARE(blocked.json().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Upgrading to 2.14; back by 04:00."));
        }
        // Even without a token: tenants learn when to come back.
        QCOMPARE(m_platform.client().get(QStringLiteral("/api/company/settings")).status, 503);

        // The admin API and the public notice keep working.
        QCOMPARE(m_platform.admin().get(QStringLiteral("/admin/maintenance/status")).status, 200);
        const ApiReply notice = m_platform.client().get(QStringLiteral("/maintenance"));
        QCOMPARE(notice.status, 200);
        QCOMPARE(notice.json().value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(notice.json().value(QStringLiteral("retry_after_seconds")).toInt(), 120);
        QCOMPARE(notice.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Upgrading to 2.14; back by 04:00."));

        // Enabling again updates the notice but keeps when it started.
        const ApiReply again =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/enable"),
                                    {{QStringLiteral("retry_after_seconds"), 600}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("retry_after_seconds")).toInt(), 600);
        QCOMPARE(again.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Upgrading to 2.14; back by 04:00."));
        QCOMPARE(again.json().value(QStringLiteral("started_at")).toString(), startedAt);
        QCOMPARE(m_tenant->get(QStringLiteral("/api/users")).header("Retry-After"),
                 QByteArray("600"));

        const ApiReply disabled =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/disable"), {});
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json().value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(m_tenant->get(QStringLiteral("/api/company/settings")).status != 503);
        QCOMPARE(m_platform.client()
                     .get(QStringLiteral("/maintenance"))
                     .json()
                     .value(QStringLiteral("enabled"))
                     .toBool(true),
                 false);

        // Off already: 200 and no change, so no second audit row.
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/maintenance/disable"), {}).status,
                 200);
        const ApiReply audit =
            m_platform.admin().get(QStringLiteral("/admin/audit?action=maintenance."));
        QCOMPARE(audit.status, 200);
        QStringList actions;
        for (const QJsonValue &item : audit.json().value(QStringLiteral("items")).toArray())
            actions.append(item.toObject().value(QStringLiteral("action")).toString());
        QCOMPARE(actions,
                 QStringList({QStringLiteral("maintenance.disable"),
                              QStringLiteral("maintenance.enable"),
                              QStringLiteral("maintenance.enable")}));
    }

    void enableWithoutBody()
    {
        const ApiReply reply =
            m_platform.admin().raw("POST", QStringLiteral("/admin/maintenance/enable"), {}, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("enabled")).toBool(), true);
        QVERIFY(m_platform.admin().post(QStringLiteral("/admin/maintenance/disable"), {}).status
                == 200);
    }

    void enableRefusesBadInput_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("retry zero") << QJsonObject {{QStringLiteral("retry_after_seconds"), 0}}
                                    << QStringLiteral("retry_after_seconds");
        QTest::newRow("retry too long")
            << QJsonObject {{QStringLiteral("retry_after_seconds"), 86401}}
            << QStringLiteral("retry_after_seconds");
        QTest::newRow("retry text")
            << QJsonObject {{QStringLiteral("retry_after_seconds"), QStringLiteral("soon")}}
            << QStringLiteral("retry_after_seconds");
        QTest::newRow("message too long")
            << QJsonObject {{QStringLiteral("message"), QString(501, QLatin1Char('x'))}}
            << QStringLiteral("message");
        QTest::newRow("unknown field")
            << QJsonObject {{QStringLiteral("mesage"), QString()}} << QStringLiteral("mesage");
    }
    void enableRefusesBadInput()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const ApiReply reply =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/enable"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        QVERIFY2(reply.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .contains(field),
                 reply.body);
        QCOMPARE(m_platform.client()
                     .get(QStringLiteral("/maintenance"))
                     .json()
                     .value(QStringLiteral("enabled"))
                     .toBool(true),
                 false);
    }

    void windowLifecycle()
    {
        ApiClient &admin = m_platform.admin();
        const QDateTime start = hourAhead(30, 0);
        const ApiReply created =
            admin.post(QStringLiteral("/admin/maintenance/windows"),
                       windowBody(start, start.addSecs(4 * 3600), QStringLiteral("Upgrade")));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("ETag"), QByteArray("\"v1\""));
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(QString::fromUtf8(created.header("Location")),
                 QStringLiteral("/admin/maintenance/windows/") + id);
        QCOMPARE(created.json().value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("Africa/Johannesburg"));
        QCOMPARE(created.json().value(QStringLiteral("starts_at")).toString(), wire(start));
        const QString path = QStringLiteral("/admin/maintenance/windows/") + id;

        const ApiReply fetched = admin.get(path);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.header("ETag"), QByteArray("\"v1\""));
        QCOMPARE(fetched.json().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Upgrade"));
        QCOMPARE(admin.get(path, {{"If-None-Match", "\"v1\""}}).status, 304);

        const ApiReply listed =
            admin.get(QStringLiteral("/admin/maintenance/windows?from=") + wire(start.addDays(-1)));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(listed.json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
        QVERIFY(listed.json().value(QStringLiteral("next_cursor")).isNull());

        // Overlapping another window: 409, and nothing stored.
        const ApiReply overlap = admin.post(QStringLiteral("/admin/maintenance/windows"),
                                            windowBody(start.addSecs(3600), start.addSecs(7200)));
        QCOMPARE(overlap.status, 409);
        QCOMPARE(overlap.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("window_id"))
                     .toString(),
                 id);

        const QJsonObject moved =
            windowBody(start.addSecs(3600), start.addSecs(5 * 3600), QStringLiteral("Moved"));
        QCOMPARE(admin.put(path, moved).status, 428);
        QCOMPARE(admin.put(path, moved, {{"If-Match", "\"v7\""}}).status, 412);
        const ApiReply updated = admin.put(path, moved, {{"If-Match", "\"v1\""}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.header("ETag"), QByteArray("\"v2\""));
        QCOMPARE(updated.json().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Moved"));
        // A stale write loses.
        QCOMPARE(admin.put(path, moved, {{"If-Match", "\"v1\""}}).status, 412);

        // The status shows it as the next window.
        const ApiReply status = admin.get(QStringLiteral("/admin/maintenance/status"));
        QCOMPARE(status.json()
                     .value(QStringLiteral("next_window"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);

        QCOMPARE(admin.del(path).status, 428);
        QCOMPARE(admin.del(path, {{"If-Match", "\"v1\""}}).status, 412);
        QCOMPARE(admin.del(path, {{"If-Match", "\"v2\""}}).status, 204);
        QCOMPARE(admin.get(path).status, 404);
        QCOMPARE(admin.del(path, {{"If-Match", "\"v2\""}}).status, 404);

        const ApiReply audit =
            admin.get(QStringLiteral("/admin/audit?target_type=maintenance_window"));
        QCOMPARE(audit.json().value(QStringLiteral("total")).toInt(), 3);
    }

    void currentWindowIsReported()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ApiReply created =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/windows"),
                                    windowBody(now.addSecs(-3600), now.addSecs(3600)));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const ApiReply status = m_platform.admin().get(QStringLiteral("/admin/maintenance/status"));
        QCOMPARE(status.json()
                     .value(QStringLiteral("current_window"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
        QCOMPARE(m_platform.admin()
                     .del(QStringLiteral("/admin/maintenance/windows/") + id,
                          {{"If-Match", created.header("ETag")}})
                     .status,
                 204);
    }

    void defaultNightlyWindow()
    {
        const ApiReply created =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/windows"),
                                    {{QStringLiteral("description"), QStringLiteral("Nightly")}});
        QCOMPARE(created.status, 201);
        const auto expected =
            models::MaintenanceWindow::nextDefaultNightly(QDateTime::currentDateTimeUtc());
        QVERIFY(expected.ok());
        const auto window = models::MaintenanceWindow::fromJson(created.json());
        QVERIFY(window.ok());
        QCOMPARE(window->startsAt, expected->startsAt);
        QCOMPARE(window->endsAt, expected->endsAt);
        QCOMPARE(window->timezone, QStringLiteral("Africa/Johannesburg"));
        QCOMPARE(window->localStart().time(), QTime(2, 0));
        QCOMPARE(window->localEnd().time(), QTime(6, 0));

        // The public notice names the next window.
        const ApiReply notice = m_platform.client().get(QStringLiteral("/maintenance"));
        QCOMPARE(notice.json()
                     .value(QStringLiteral("next_window"))
                     .toObject()
                     .value(QStringLiteral("starts_at"))
                     .toString(),
                 wire(expected->startsAt));
        QCOMPARE(m_platform.admin()
                     .del(QStringLiteral("/admin/maintenance/windows/")
                              + window->id.toString(QUuid::WithoutBraces),
                          {{"If-Match", created.header("ETag")}})
                     .status,
                 204);
    }

    void windowValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QDateTime start = hourAhead(40, 1);
        QTest::newRow("ends before starts")
            << windowBody(start, start.addSecs(-60)) << QStringLiteral("ends_at");
        QTest::newRow("empty") << windowBody(start, start) << QStringLiteral("ends_at");
        QJsonObject zone = windowBody(start, start.addSecs(3600));
        zone.insert(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus_Mons"));
        QTest::newRow("unknown zone") << zone << QStringLiteral("timezone");
        QTest::newRow("in the past")
            << windowBody(start.addDays(-80), start.addDays(-80).addSecs(3600))
            << QStringLiteral("ends_at");
        QTest::newRow("eight days")
            << windowBody(start, start.addDays(8)) << QStringLiteral("ends_at");
        QTest::newRow("ends_at missing") << QJsonObject {{QStringLiteral("starts_at"), wire(start)}}
                                         << QStringLiteral("ends_at");
        QTest::newRow("not a time")
            << QJsonObject {{QStringLiteral("starts_at"), QStringLiteral("tomorrow")},
                            {QStringLiteral("ends_at"), wire(start)}}
            << QStringLiteral("starts_at");
        QJsonObject id = windowBody(start, start.addSecs(3600));
        id.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QTest::newRow("id set by client") << id << QStringLiteral("id");
        QJsonObject longText = windowBody(start, start.addSecs(3600));
        longText.insert(QStringLiteral("description"), QString(501, QLatin1Char('d')));
        QTest::newRow("description too long") << longText << QStringLiteral("description");
    }
    void windowValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const ApiReply reply =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/windows"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        QCOMPARE(reply.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
    }

    void unknownWindows()
    {
        QCOMPARE(m_platform.admin().get(QStringLiteral("/admin/maintenance/windows/nope")).status,
                 404);
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/maintenance/windows/")
                          + QUuid::createUuid().toString(QUuid::WithoutBraces))
                     .status,
                 404);
        QCOMPARE(
            m_platform.admin().get(QStringLiteral("/admin/maintenance/windows?limit=0")).status,
            400);
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/maintenance/windows?cursor=garbage"))
                     .status,
                 400);
    }

    void rolesAreEnforced()
    {
        auto support = m_platform.signIn(QStringLiteral("sue"), models::AdminRole::Support);
        QVERIFY(support.ok());
        auto sales = m_platform.signIn(QStringLiteral("sid"), models::AdminRole::Sales);
        QVERIFY(sales.ok());
        QCOMPARE(support->get(QStringLiteral("/admin/maintenance/status")).status, 200);
        QCOMPARE(support->get(QStringLiteral("/admin/maintenance/windows")).status, 200);
        for (ApiClient *client : {&support.value(), &sales.value()}) {
            QCOMPARE(client->post(QStringLiteral("/admin/maintenance/enable"), {}).status, 403);
            QCOMPARE(client->post(QStringLiteral("/admin/maintenance/disable"), {}).status, 403);
            QCOMPARE(client
                         ->post(QStringLiteral("/admin/maintenance/windows"),
                                windowBody(hourAhead(50, 1), hourAhead(50, 2)))
                         .status,
                     403);
        }
        QCOMPARE(m_platform.client().get(QStringLiteral("/admin/maintenance/status")).status, 401);
        QCOMPARE(m_platform.client().post(QStringLiteral("/admin/maintenance/enable"), {}).status,
                 401);
    }

private:
    PlatformFixture m_platform;
    QUuid m_companyId;
    std::unique_ptr<ApiClient> m_tenant;
};

QTEST_GUILESS_MAIN(TestMaintenanceApi)
#include "tst_maintenanceapi.moc"
