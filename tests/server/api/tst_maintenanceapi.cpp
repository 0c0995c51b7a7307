#include "models/domain/MaintenanceDryRun.h"
#include "models/domain/MaintenanceOccurrenceList.h"
#include "models/domain/MaintenanceStatus.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/WireTime.h"
#include "server/Sandbox.h"
#include "tests/support/PlatformFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cmath>

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

QJsonObject recurring(QJsonObject body, const QString &frequency, QDate until = {})
{
    body.insert(QStringLiteral("recurrence"),
                QJsonObject {{QStringLiteral("frequency"), frequency},
                             {QStringLiteral("until"),
                              until.isValid() ? QJsonValue(until.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)}});
    return body;
}

QString weekly()
{
    return models::MaintenanceRecurrence::weekly();
}

// The occurrences of every window in [from, to) as GET /admin/maintenance/occurrences answers.
QList<models::MaintenanceOccurrence> occurrencesOf(ApiClient &client, const QDateTime &from,
                                                   const QDateTime &to)
{
    const ApiReply reply = client.get(
        QStringLiteral("/admin/maintenance/occurrences?from=%1&to=%2").arg(wire(from), wire(to)));
    if (reply.status != 200) {
        qWarning("occurrences: %d %s", reply.status, reply.body.constData());
        return {};
    }
    const auto list = models::MaintenanceOccurrenceList::fromJson(reply.json());
    if (!list) {
        qWarning("occurrences: %s", qPrintable(list.error().message));
        return {};
    }
    return list->items;
}

QList<QDateTime> startsOf(const QList<models::MaintenanceOccurrence> &occurrences)
{
    QList<QDateTime> starts;
    for (const auto &occurrence : occurrences)
        starts.append(occurrence.startsAt);
    return starts;
}

// The first `weekday` (1 Monday … 7 Sunday) at least `days` days from today (UTC).
QDate nextWeekday(int days, int weekday)
{
    QDate day = QDateTime::currentDateTimeUtc().date().addDays(days);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day;
}

// `time` on `day` in Johannesburg (UTC+2 all year), as UTC.
QDateTime sast(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::UTC).addSecs(-2 * 3600);
}

models::Result<models::MaintenanceDryRun> dryRunOf(ApiClient &client, const QJsonObject &body)
{
    const ApiReply reply = client.post(QStringLiteral("/admin/maintenance/dry-run"), body);
    if (reply.status != 200)
        return models::Error {reply.error(), QString::fromUtf8(reply.body), {}};
    return models::MaintenanceDryRun::fromJson(reply.json());
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
        QCOMPARE(overlap.error(), QStringLiteral("window_overlap"));
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
        QCOMPARE(reply.field(), field);
    }

    void recurringWindowSkipAndMove()
    {
        ApiClient &admin = m_platform.admin();
        // Every week from a day 100 days ahead, 13:00–15:00 UTC (15:00–17:00 SAST), for five
        // weeks.
        const QDateTime start = hourAhead(100, 13);
        const QDate localDay = start.addSecs(2 * 3600).date();
        const ApiReply created = admin.post(
            QStringLiteral("/admin/maintenance/windows"),
            recurring(windowBody(start, start.addSecs(2 * 3600), QStringLiteral("Weekly")),
                      weekly(), localDay.addDays(28)));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/admin/maintenance/windows/") + id;
        QCOMPARE(
            created.json().value(QStringLiteral("recurrence")).toObject(),
            (QJsonObject {{QStringLiteral("frequency"), weekly()},
                          {QStringLiteral("until"), localDay.addDays(28).toString(Qt::ISODate)}}));
        QCOMPARE(created.json().value(QStringLiteral("exceptions")).toArray(), QJsonArray());
        QCOMPARE(admin.get(path).json(), created.json());

        const QDateTime from = start.addDays(-1);
        const QDateTime to = start.addDays(60);
        auto all = occurrencesOf(admin, from, to);
        QCOMPARE(startsOf(all),
                 (QList<QDateTime> {start, start.addDays(7), start.addDays(14), start.addDays(21),
                                    start.addDays(28)}));
        for (const auto &occurrence : all) {
            QCOMPARE(occurrence.windowId.toString(QUuid::WithoutBraces), id);
            QVERIFY(occurrence.recurring && !occurrence.moved);
            QCOMPARE(occurrence.endsAt, occurrence.startsAt.addSecs(2 * 3600));
            QCOMPARE(occurrence.description, QStringLiteral("Weekly"));
        }
        QCOMPARE(all.at(1).occurrence, localDay.addDays(7));

        // The listing finds the window by any of its occurrences, not only its first.
        const ApiReply listed =
            admin.get(QStringLiteral("/admin/maintenance/windows?from=") + wire(start.addDays(20)));
        QStringList ids;
        for (const QJsonValue &item : listed.json().value(QStringLiteral("items")).toArray())
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
        QVERIFY2(ids.contains(id), listed.body);

        // Skip the second occurrence, move the third a day later (16:00–17:00 UTC).
        QJsonObject changed = created.json();
        changed.insert(
            QStringLiteral("exceptions"),
            QJsonArray {
                QJsonObject {
                    {QStringLiteral("occurrence"), localDay.addDays(7).toString(Qt::ISODate)},
                    {QStringLiteral("action"), QStringLiteral("skip")}},
                QJsonObject {
                    {QStringLiteral("occurrence"), localDay.addDays(14).toString(Qt::ISODate)},
                    {QStringLiteral("action"), QStringLiteral("move")},
                    {QStringLiteral("starts_at"), wire(start.addDays(15).addSecs(3 * 3600))},
                    {QStringLiteral("ends_at"), wire(start.addDays(15).addSecs(4 * 3600))}}});
        const ApiReply updated = admin.put(path, changed, {{"If-Match", "\"v1\""}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.header("ETag"), QByteArray("\"v2\""));
        QCOMPARE(updated.json()
                     .value(QStringLiteral("exceptions"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("move"));
        QCOMPARE(admin.get(path).json(), updated.json());
        all = occurrencesOf(admin, from, to);
        QCOMPARE(startsOf(all),
                 (QList<QDateTime> {start, start.addDays(15).addSecs(3 * 3600), start.addDays(21),
                                    start.addDays(28)}));
        QCOMPARE(all.at(1).occurrence, localDay.addDays(14));
        QVERIFY(all.at(1).moved);
        QCOMPARE(all.at(1).endsAt, start.addDays(15).addSecs(4 * 3600));

        // An exception on a day without an occurrence: 400, nothing changed.
        QJsonObject wrongDay = updated.json();
        wrongDay.insert(
            QStringLiteral("exceptions"),
            QJsonArray {QJsonObject {
                {QStringLiteral("occurrence"), localDay.addDays(3).toString(Qt::ISODate)},
                {QStringLiteral("action"), QStringLiteral("skip")}}});
        const ApiReply refused = admin.put(path, wrongDay, {{"If-Match", "\"v2\""}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.field(), QStringLiteral("exceptions[0].occurrence"));
        QCOMPARE(admin.get(path).header("ETag"), QByteArray("\"v2\""));

        // A single window on the fourth occurrence: 409 naming it in local time.
        const ApiReply overlap = admin.post(
            QStringLiteral("/admin/maintenance/windows"),
            windowBody(start.addDays(21).addSecs(3600), start.addDays(21).addSecs(3 * 3600)));
        QCOMPARE(overlap.status, 409);
        QCOMPARE(overlap.error(), QStringLiteral("window_overlap"));
        const QJsonObject details = overlap.json().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("window_id")).toString(), id);
        QCOMPARE(details.value(QStringLiteral("occurrence")).toString(),
                 localDay.addDays(21).toString(Qt::ISODate));
        QCOMPARE(details.value(QStringLiteral("starts_at")).toString(), wire(start.addDays(21)));
        const QString local = localDay.addDays(21).toString(Qt::ISODate)
            + QStringLiteral(" 15:00–17:00 Africa/Johannesburg");
        QVERIFY2(overlap.json().value(QStringLiteral("message")).toString().contains(local),
                 overlap.body);
        // Where the skipped occurrence was, a single window fits.
        const ApiReply fits =
            admin.post(QStringLiteral("/admin/maintenance/windows"),
                       windowBody(start.addDays(7), start.addDays(7).addSecs(3600)));
        QCOMPARE(fits.status, 201);
        const QString single = fits.json().value(QStringLiteral("id")).toString();

        // Moving an occurrence onto that window is refused too, and changes nothing.
        QJsonObject onto = updated.json();
        QJsonArray ontoExceptions = onto.value(QStringLiteral("exceptions")).toArray();
        ontoExceptions.replace(
            1,
            QJsonObject {{QStringLiteral("occurrence"), localDay.addDays(14).toString(Qt::ISODate)},
                         {QStringLiteral("action"), QStringLiteral("move")},
                         {QStringLiteral("starts_at"), wire(start.addDays(7).addSecs(1800))},
                         {QStringLiteral("ends_at"), wire(start.addDays(7).addSecs(5400))}});
        onto.insert(QStringLiteral("exceptions"), ontoExceptions);
        const ApiReply moveRefused = admin.put(path, onto, {{"If-Match", "\"v2\""}});
        QCOMPARE(moveRefused.status, 409);
        QCOMPARE(moveRefused.error(), QStringLiteral("window_overlap"));
        QCOMPARE(moveRefused.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("window_id"))
                     .toString(),
                 single);
        QCOMPARE(moveRefused.field(), QStringLiteral("exceptions"));
        QCOMPARE(admin.get(path).json(), updated.json());
        // And so is un-skipping the occurrence the single window now takes.
        QJsonObject unskip = updated.json();
        unskip.insert(QStringLiteral("exceptions"), QJsonArray());
        QCOMPARE(admin.put(path, unskip, {{"If-Match", "\"v2\""}}).status, 409);

        QCOMPARE(admin
                     .del(QStringLiteral("/admin/maintenance/windows/") + single,
                          {{"If-Match", "\"v1\""}})
                     .status,
                 204);
        QCOMPARE(admin.del(path, {{"If-Match", "\"v2\""}}).status, 204);
        QVERIFY(occurrencesOf(admin, from, to).isEmpty());
    }

    void monthlyAcrossDaylightSaving()
    {
        // The first Sunday of each month 02:00–06:00 New York, from the first Sunday of
        // February of the next year that is at least a month ahead, until that April. New
        // York changes on the second Sunday of March, so February and March are EST (07:00 to
        // 11:00 UTC), April EDT (06:00 to 10:00 UTC).
        const int year = QDateTime::currentDateTimeUtc().date().addDays(31).year() + 1;
        const auto firstSunday = [year](int month) {
            QDate day(year, month, 1);
            while (day.dayOfWeek() != 7)
                day = day.addDays(1);
            return day;
        };
        const QDate february = firstSunday(2);
        const QDateTime start(february, QTime(7, 0), Qt::UTC);
        QJsonObject body = recurring(windowBody(start, start.addSecs(4 * 3600)),
                                     models::MaintenanceRecurrence::monthly(), QDate(year, 4, 30));
        body.insert(QStringLiteral("timezone"), QStringLiteral("America/New_York"));
        const ApiReply created =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/windows"), body);
        QVERIFY2(created.status == 201, created.body);
        const auto all = occurrencesOf(m_platform.admin(), start.addDays(-1), start.addDays(120));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).startsAt, start);
        QCOMPARE(all.at(1).startsAt, QDateTime(firstSunday(3), QTime(7, 0), Qt::UTC));
        QCOMPARE(all.at(1).endsAt, QDateTime(firstSunday(3), QTime(11, 0), Qt::UTC));
        QCOMPARE(all.at(2).startsAt, QDateTime(firstSunday(4), QTime(6, 0), Qt::UTC));
        QCOMPARE(all.at(2).endsAt, QDateTime(firstSunday(4), QTime(10, 0), Qt::UTC));
        QCOMPARE(all.at(2).timezone, QStringLiteral("America/New_York"));

        // A weekly window on the Sundays around the change: on the night itself 02:00 does
        // not exist, the occurrence starts at 03:00 EDT (07:00 UTC) and ends 06:00 EDT.
        const QDate change = firstSunday(3).addDays(7); // the second Sunday of March
        const QDateTime before(change.addDays(-7), QTime(7, 0), Qt::UTC);
        QJsonObject weeklyBody =
            recurring(windowBody(before, before.addSecs(4 * 3600)), weekly(), change.addDays(7));
        weeklyBody.insert(QStringLiteral("timezone"), QStringLiteral("America/New_York"));
        // Its first Sunday is the monthly window's March occurrence: refused, naming that
        // occurrence in New York time.
        const ApiReply meets =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/windows"), weeklyBody);
        QCOMPARE(meets.status, 409);
        QCOMPARE(meets.error(), QStringLiteral("window_overlap"));
        QVERIFY2(meets.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(firstSunday(3).toString(Qt::ISODate)
                               + QStringLiteral(" 02:00–06:00 America/New_York")),
                 meets.body);
        QCOMPARE(m_platform.admin()
                     .del(QStringLiteral("/admin/maintenance/windows/")
                              + created.json().value(QStringLiteral("id")).toString(),
                          {{"If-Match", "\"v1\""}})
                     .status,
                 204);
        const ApiReply planned =
            m_platform.admin().post(QStringLiteral("/admin/maintenance/windows"), weeklyBody);
        QCOMPARE(planned.status, 201);
        const auto weeks =
            occurrencesOf(m_platform.admin(), before.addDays(-1), before.addDays(30));
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(0).startsAt, before);
        QCOMPARE(weeks.at(0).endsAt, before.addSecs(4 * 3600));
        QCOMPARE(weeks.at(1).startsAt, QDateTime(change, QTime(7, 0), Qt::UTC));
        QCOMPARE(weeks.at(1).endsAt, QDateTime(change, QTime(10, 0), Qt::UTC));
        QCOMPARE(weeks.at(2).startsAt, QDateTime(change.addDays(7), QTime(6, 0), Qt::UTC));
        QCOMPARE(weeks.at(2).endsAt, QDateTime(change.addDays(7), QTime(10, 0), Qt::UTC));
        QCOMPARE(m_platform.admin()
                     .del(QStringLiteral("/admin/maintenance/windows/")
                              + planned.json().value(QStringLiteral("id")).toString(),
                          {{"If-Match", "\"v1\""}})
                     .status,
                 204);
    }

    void statusFollowsOccurrences()
    {
        ApiClient &admin = m_platform.admin();
        // Weekly, first a week ago from an hour before now to an hour after: its second
        // occurrence is running, the third is next.
        const QDateTime now = models::WireTime::now();
        const QDateTime first = now.addDays(-7).addSecs(-3600);
        const ApiReply created = admin.post(
            QStringLiteral("/admin/maintenance/windows"),
            recurring(windowBody(first, first.addSecs(2 * 3600), QStringLiteral("Running")),
                      weekly()));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const auto status = models::MaintenanceStatus::fromJson(
            admin.get(QStringLiteral("/admin/maintenance/status")).json());
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QVERIFY(status->currentWindow);
        QCOMPARE(status->currentWindow->id.toString(QUuid::WithoutBraces), id);
        QCOMPARE(status->currentWindow->startsAt, first.addDays(7));
        QCOMPARE(status->currentWindow->endsAt, first.addDays(7).addSecs(2 * 3600));
        QVERIFY(!status->currentWindow->recurrence);
        QCOMPARE(status->currentWindow->description, QStringLiteral("Running"));
        QVERIFY(status->nextWindow);
        QCOMPARE(status->nextWindow->startsAt, first.addDays(14));
        // The public notice too.
        const ApiReply notice = m_platform.client().get(QStringLiteral("/maintenance"));
        QCOMPARE(notice.json()
                     .value(QStringLiteral("next_window"))
                     .toObject()
                     .value(QStringLiteral("starts_at"))
                     .toString(),
                 wire(first.addDays(14)));
        // A recurring window whose every occurrence has ended is refused.
        const ApiReply over =
            admin.post(QStringLiteral("/admin/maintenance/windows"),
                       recurring(windowBody(now.addDays(-30), now.addDays(-30).addSecs(3600)),
                                 weekly(), now.addDays(-20).date()));
        QCOMPARE(over.status, 400);
        QCOMPARE(over.field(), QStringLiteral("recurrence.until"));
        QCOMPARE(
            admin.del(QStringLiteral("/admin/maintenance/windows/") + id, {{"If-Match", "\"v1\""}})
                .status,
            204);
    }

    void activeSessionsCounted()
    {
        const auto sessions = [this] {
            return m_platform.admin()
                .get(QStringLiteral("/admin/maintenance/status"))
                .json()
                .value(QStringLiteral("active_sessions"))
                .toInt(-1);
        };
        const int before = sessions();
        QVERIFY(before >= 1); // root, who asks
        auto other = m_platform.signIn(QStringLiteral("olga"), models::AdminRole::Support);
        QVERIFY(other.ok());
        QCOMPARE(sessions(), before + 1);
        QCOMPARE(other->get(QStringLiteral("/admin/maintenance/status"))
                     .json()
                     .value(QStringLiteral("active_sessions"))
                     .toInt(),
                 before + 1);
        QVERIFY(m_platform.revokeSessions(QStringLiteral("olga")).ok());
        QCOMPARE(sessions(), before);
    }

    void occurrencesRange_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("field");
        const QDateTime from = hourAhead(1, 0);
        QTest::newRow("no from") << QStringLiteral("to=") + wire(from) << QStringLiteral("from");
        QTest::newRow("no to") << QStringLiteral("from=") + wire(from) << QStringLiteral("to");
        QTest::newRow("to before from")
            << QStringLiteral("from=%1&to=%2").arg(wire(from), wire(from.addSecs(-1)))
            << QStringLiteral("to");
        QTest::newRow("empty") << QStringLiteral("from=%1&to=%1").arg(wire(from))
                               << QStringLiteral("to");
        QTest::newRow("401 days")
            << QStringLiteral("from=%1&to=%2").arg(wire(from), wire(from.addDays(401)))
            << QStringLiteral("to");
        QTest::newRow("not a time")
            << QStringLiteral("from=tomorrow&to=%1").arg(wire(from)) << QStringLiteral("from");
    }
    void occurrencesRange()
    {
        QFETCH(QString, parameters);
        QFETCH(QString, field);
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/maintenance/occurrences?") + parameters);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.field(), field);
    }

    void dryRunFromAKnownProfile()
    {
        // Companies with a hand-written profile (weekday 1–7, hour in SAST) on a Sunday 40 days
        // or more ahead. Alpha, Bravo and Echo are active, Charlie suspended, Delta deleted.
        const QDate sunday = nextWeekday(40, 7);
        const QStringList codes {QStringLiteral("DRY-ALPHA"), QStringLiteral("DRY-BRAVO"),
                                 QStringLiteral("DRY-CHARLIE"), QStringLiteral("DRY-DELTA"),
                                 QStringLiteral("DRY-ECHO")};
        const QStringList statuses {QStringLiteral("active"), QStringLiteral("active"),
                                    QStringLiteral("suspended"), QStringLiteral("deleted"),
                                    QStringLiteral("active")};
        QList<QUuid> ids;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            ids.append(QUuid::createUuid());
            QVERIFY(m_platform
                        .sql(QStringLiteral("INSERT INTO companies (id, code, name, tier, "
                                            "max_users, status) VALUES ($1, $2, $2, 'small', "
                                            "10, $3)"),
                             {ids.last(), codes.at(i), statuses.at(i)})
                        .ok());
        }
        struct Row
        {
            int company;
            int weekday;
            int hour;
            double users;
        };
        const Row rows[] = {
            {0, 7, 2, 1.5},   {0, 7, 3, 4.0},  {0, 7, 5, 10.0}, // Alpha: 05:00 is outside
            {1, 7, 3, 2.25},  {1, 7, 4, 0.0},  {1, 1, 3, 50.0}, // Bravo: 04:00 nobody, Monday out
            {2, 7, 2, 100.0}, {3, 7, 3, 80.0}, // suspended, deleted: not counted
            {0, 7, 23, 3.0},  {1, 1, 0, 0.5},  {2, 1, 0, 9.0}, // Sunday night into Monday
            {4, 7, 3, 0.25},  {4, 7, 4, 0.25}, // Echo: one user every fourth Sunday, not usual
        };
        for (const Row &row : rows) {
            QVERIFY(m_platform
                        .sql(QStringLiteral("INSERT INTO usage_hour_profile (company_id, weekday, "
                                            "hour, active_users) VALUES ($1, $2, $3, $4)"),
                             {ids.at(row.company), row.weekday, row.hour, row.users})
                        .ok());
        }
        const qint64 windowsBefore = m_platform.admin()
                                         .get(QStringLiteral("/admin/maintenance/windows"))
                                         .json()
                                         .value(QStringLiteral("total"))
                                         .toInteger();

        // Sunday 02:00–04:30 SAST touches 02:00, 03:00 and 04:00: Alpha 1.5 at 02:00; Alpha
        // 4.0 + Bravo 2.25 + Echo 0.25 = 6.5 at 03:00; Echo's 0.25 at 04:00. Echo is below half
        // a user: its users count, the company does not. Two companies, 6.5 users at the
        // busiest hour.
        auto night = dryRunOf(m_platform.admin(),
                              windowBody(sast(sunday, QTime(2, 0)), sast(sunday, QTime(4, 30))));
        QVERIFY2(night.ok(), qPrintable(night.error().message));
        QCOMPARE(night->companies, 2);
        QCOMPARE(night->activeUsers, 6.5);
        QCOMPARE(night->startsAt, sast(sunday, QTime(2, 0)));
        QCOMPARE(night->endsAt, sast(sunday, QTime(4, 30)));
        QCOMPARE(night->hours.size(), 3);
        QCOMPARE(night->hours.at(0), (models::MaintenanceDryRunHour {7, 2, 1, 1.5}));
        QCOMPARE(night->hours.at(1), (models::MaintenanceDryRunHour {7, 3, 2, 6.5}));
        QCOMPARE(night->hours.at(2), (models::MaintenanceDryRunHour {7, 4, 0, 0.25}));

        // Sunday 23:00 – Monday 01:00 SAST: Alpha 3.0 on Sunday at 23:00, Bravo 0.5 on Monday
        // at 00:00 (Charlie's 9.0 does not count): two companies, 3.0 users.
        auto midnight =
            dryRunOf(m_platform.admin(),
                     windowBody(sast(sunday, QTime(23, 0)), sast(sunday.addDays(1), QTime(1, 0))));
        QVERIFY2(midnight.ok(), qPrintable(midnight.error().message));
        QCOMPARE(midnight->companies, 2);
        QCOMPARE(midnight->activeUsers, 3.0);
        QCOMPARE(midnight->hours,
                 (QList<models::MaintenanceDryRunHour> {{7, 23, 1, 3.0}, {1, 0, 1, 0.5}}));

        // A weekly window whose first occurrence was weeks ago is estimated for its next one:
        // the same Sunday hours.
        auto repeated = dryRunOf(m_platform.admin(),
                                 recurring(windowBody(sast(sunday.addDays(-70), QTime(2, 0)),
                                                      sast(sunday.addDays(-70), QTime(4, 30))),
                                           models::MaintenanceRecurrence::weekly()));
        QVERIFY2(repeated.ok(), qPrintable(repeated.error().message));
        QCOMPARE(repeated->companies, 2);
        QCOMPARE(repeated->activeUsers, 6.5);
        QVERIFY(repeated->startsAt > QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
        QCOMPARE(repeated->startsAt.addSecs(2 * 3600).date().dayOfWeek(), 7);

        // Nothing was saved; bad input is refused like a window's.
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/maintenance/windows"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 windowsBefore);
        const ApiReply bad = m_platform.admin().post(
            QStringLiteral("/admin/maintenance/dry-run"),
            windowBody(sast(sunday, QTime(4, 0)), sast(sunday, QTime(2, 0))));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.error(), QStringLiteral("invalid_field"));
        // Only who may plan windows may ask.
        auto support = m_platform.signIn(QStringLiteral("sue-dry"), models::AdminRole::Support);
        QVERIFY(support.ok());
        const ApiReply asSupport =
            support.value().post(QStringLiteral("/admin/maintenance/dry-run"),
                                 windowBody(sast(sunday, QTime(2, 0)), sast(sunday, QTime(4, 30))));
        QCOMPARE(asSupport.status, 403);

        for (const QUuid &id : ids)
            QVERIFY(
                m_platform.sql(QStringLiteral("DELETE FROM companies WHERE id = $1"), {id}).ok());
        auto empty = dryRunOf(m_platform.admin(),
                              windowBody(sast(sunday, QTime(2, 0)), sast(sunday, QTime(4, 30))));
        QVERIFY(empty.ok());
        QCOMPARE(empty->companies, 0);
        QCOMPARE(empty->activeUsers, 0.0);
    }

    void dryRunOnTheSandboxPopulation()
    {
        // The sandbox's generated population (Sandbox::seedDemoData) on a platform of its own;
        // the estimate is held against the profile rows read here, added up by this test.
        PlatformFixture sandbox;
        auto started = sandbox.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto seeded = server::Sandbox::seedDemoData(sandbox.server(), server::Sandbox::Files {});
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        const auto profile = sandbox.rows(
            QStringLiteral("SELECT h.company_id AS company_id, h.weekday AS weekday, h.hour AS "
                           "hour, h.active_users AS users, c.status AS status FROM "
                           "usage_hour_profile h JOIN companies c ON c.id = h.company_id"));
        QVERIFY2(profile.ok(), qPrintable(profile.error().message));
        QVERIFY(profile->size() > 100);

        // Tuesday 09:00–12:00 SAST (business hours) and Sunday 02:00–06:00 SAST (the default
        // nightly slot).
        const QDate tuesday = nextWeekday(10, 2);
        const QDate sunday = nextWeekday(10, 7);
        struct Case
        {
            QDateTime start;
            QDateTime end;
            int weekday;
            QList<int> hours;
        };
        const Case cases[] = {
            {sast(tuesday, QTime(9, 0)), sast(tuesday, QTime(12, 0)), 2, {9, 10, 11}},
            {sast(sunday, QTime(2, 0)), sast(sunday, QTime(6, 0)), 7, {2, 3, 4, 5}},
        };
        QList<models::MaintenanceDryRun> results;
        for (const Case &c : cases) {
            auto estimate = dryRunOf(sandbox.admin(), windowBody(c.start, c.end));
            QVERIFY2(estimate.ok(), qPrintable(estimate.error().message));
            QSet<QString> companies;
            QHash<int, double> sums;
            QHash<int, int> counts;
            for (const server::SqlRow &row : profile.value()) {
                if (row.text(u"status") != QLatin1String("active") || row.real(u"users") <= 0
                    || row.integer(u"weekday") != c.weekday
                    || !c.hours.contains(row.integer(u"hour")))
                    continue;
                // Usually active: at least half a user on average.
                const bool usual = row.real(u"users") >= 0.5;
                if (usual)
                    companies.insert(row.text(u"company_id"));
                sums[row.integer(u"hour")] += row.real(u"users");
                counts[row.integer(u"hour")] += usual ? 1 : 0;
            }
            QCOMPARE(estimate->companies, companies.size());
            QCOMPARE(estimate->hours.size(), c.hours.size());
            double busiest = 0;
            for (qsizetype i = 0; i < c.hours.size(); ++i) {
                const int hour = c.hours.at(i);
                QCOMPARE(estimate->hours.at(i).weekday, c.weekday);
                QCOMPARE(estimate->hours.at(i).hour, hour);
                QCOMPARE(estimate->hours.at(i).companies, counts.value(hour));
                QVERIFY2(std::abs(estimate->hours.at(i).activeUsers - sums.value(hour)) < 1e-3,
                         qPrintable(QString::number(estimate->hours.at(i).activeUsers)));
                busiest = std::max(busiest, sums.value(hour));
            }
            QVERIFY(std::abs(estimate->activeUsers - busiest) < 1e-3);
            results.append(estimate.value());
        }
        // The population works by day: more users on a Tuesday morning than on a Sunday night.
        QVERIFY(results.at(0).companies > 0);
        QVERIFY(results.at(0).companies >= results.at(1).companies);
        QVERIFY(results.at(0).activeUsers > results.at(1).activeUsers);
        qInfo("sandbox: Tuesday 09-12 about %d companies and %.0f users, Sunday 02-06 about %d "
              "and %.0f",
              results.at(0).companies, results.at(0).activeUsers, results.at(1).companies,
              results.at(1).activeUsers);
        sandbox.stop();
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
