#include "server/store/MaintenanceStore.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"
#include "server/store/AuditLog.h"
#include "server/store/SqlQuery.h"

#include <QJsonArray>

namespace sphair::server {

namespace {

const QString kWindowColumns =
    QStringLiteral("id, starts_at, ends_at, timezone, description, recurrence_frequency, "
                   "recurrence_until, exceptions, version");

// A recurring window's occurrence starts on a local date up to `until` and lasts less than a
// week (MaintenanceSchedule::validate): none of it is left 9 days after `until` in UTC.
constexpr int kUntilSlackDays = 9;

// Windows that may have an occurrence ending after `from`: single ones that end after it,
// recurring ones without an end or whose until is recent enough.
void requireRunningAfter(SqlFilter &filter, const QDateTime &from)
{
    const QString time = filter.bind(from);
    const QString date = filter.bind(from.toUTC().date().addDays(-kUntilSlackDays));
    filter.require(QStringLiteral("(ends_at > %1 OR (recurrence_frequency IS NOT NULL AND "
                                  "(recurrence_until IS NULL OR recurrence_until >= %2)))")
                       .arg(time, date));
}

QJsonArray exceptionsJson(const models::MaintenanceWindow &window)
{
    return models::listToJson(window.exceptions);
}

MaintenanceStore::State stateFrom(const SqlRow &row)
{
    MaintenanceStore::State result;
    result.state.enabled = row.boolean(u"enabled");
    result.state.message = row.text(u"message");
    result.state.retryAfterSeconds =
        row.integer(u"retry_after_seconds", models::MaintenanceState::kDefaultRetryAfterSeconds);
    result.state.startedAt = row.dateTime(u"started_at");
    result.state.startedBy = row.text(u"started_by");
    result.version = row.int64(u"version", 1);
    return result;
}

models::Result<MaintenanceStore::Window> windowFrom(const SqlRow &row)
{
    MaintenanceStore::Window result;
    result.window.id = row.uuid(u"id");
    result.window.startsAt = row.dateTime(u"starts_at");
    result.window.endsAt = row.dateTime(u"ends_at");
    result.window.timezone = row.text(u"timezone");
    result.window.description = row.text(u"description");
    if (!row.isNull(u"recurrence_frequency")) {
        result.window.recurrence = models::MaintenanceRecurrence {row.text(u"recurrence_frequency"),
                                                                  row.date(u"recurrence_until")};
    }
    const QJsonValue exceptions = row.json(u"exceptions");
    auto read = models::listFromJson<models::MaintenanceException>(
        exceptions.isArray() ? exceptions.toArray() : QJsonArray());
    if (!read || !exceptions.isArray()) {
        return storedRowRefused(read ? models::Validation::invalidField(
                                    QStringLiteral("exceptions"), QStringLiteral("wrong_type"),
                                    QStringLiteral("not a JSON array"))
                                     : read.error());
    }
    result.window.exceptions = std::move(read).value();
    result.version = row.int64(u"version", 1);
    return result;
}

models::Status audit(SqlSession &session, const MaintenanceStore::Change &change,
                     const QString &action, const MaintenanceStore::State &before,
                     const MaintenanceStore::State &after)
{
    QJsonObject afterJson = after.state.toJson();
    for (auto it = change.context.constBegin(); it != change.context.constEnd(); ++it)
        afterJson.insert(it.key(), it.value());
    return AuditLog::record(session, change.actor, change.actorRole,
                            {action,
                             QStringLiteral("maintenance"),
                             QStringLiteral("maintenance"),
                             {},
                             before.state.toJson(),
                             afterJson});
}

} // namespace

models::Result<MaintenanceStore::State> MaintenanceStore::state(SqlSession &session, bool forUpdate)
{
    auto row = session.queryOne(
        QStringLiteral("SELECT enabled, message, retry_after_seconds, started_at, started_by, "
                       "version FROM maintenance_state WHERE id = 1")
        + (forUpdate ? session.dialect().forUpdate() : QLatin1String()));
    if (!row)
        return row.error();
    return stateFrom(row.value());
}

models::Result<MaintenanceStore::State> MaintenanceStore::enable(SqlSession &session,
                                                                 const QString &message,
                                                                 int retryAfterSeconds,
                                                                 const Change &change)
{
    auto before = state(session, true);
    if (!before)
        return before.error();
    State after = before.value();
    after.state.enabled = true;
    after.state.message = message;
    after.state.retryAfterSeconds = retryAfterSeconds;
    if (!before->state.enabled) {
        after.state.startedAt = change.now;
        after.state.startedBy = change.actor;
    }
    after.version = before->version + 1;
    auto updated =
        session.exec(QStringLiteral("UPDATE maintenance_state SET enabled = true, message = $1, "
                                    "retry_after_seconds = $2, started_at = $3, started_by = $4, "
                                    "version = $5 WHERE id = 1"),
                     {after.state.message, after.state.retryAfterSeconds, after.state.startedAt,
                      after.state.startedBy, after.version});
    if (!updated)
        return updated.error();
    if (auto logged =
            audit(session, change, QStringLiteral("maintenance.enable"), before.value(), after);
        !logged)
        return logged.error();
    return after;
}

models::Result<MaintenanceStore::State> MaintenanceStore::disable(SqlSession &session,
                                                                  const Change &change)
{
    auto before = state(session, true);
    if (!before)
        return before.error();
    if (!before->state.enabled)
        return before;
    State after = before.value();
    after.state.enabled = false;
    after.state.message.clear();
    after.state.startedAt = {};
    after.state.startedBy.clear();
    after.version = before->version + 1;
    auto updated = session.exec(
        QStringLiteral("UPDATE maintenance_state SET enabled = false, message = '', "
                       "started_at = NULL, started_by = NULL, version = $1 WHERE id = 1"),
        {after.version});
    if (!updated)
        return updated.error();
    if (auto logged =
            audit(session, change, QStringLiteral("maintenance.disable"), before.value(), after);
        !logged)
        return logged.error();
    return after;
}

models::Result<std::optional<MaintenanceStore::Window>>
MaintenanceStore::window(SqlSession &session, const QUuid &id, bool forUpdate)
{
    return readOptional(
        session.queryOptional(
            QStringLiteral("SELECT %1 FROM maintenance_windows WHERE id = $1").arg(kWindowColumns)
                + (forUpdate ? session.dialect().forUpdate() : QLatin1String()),
            {id}),
        windowFrom);
}

models::Result<QList<MaintenanceStore::Window>>
MaintenanceStore::windowsRunningAfter(SqlSession &session, const QDateTime &from)
{
    SqlFilter filter;
    requireRunningAfter(filter, from);
    return readAll(session.exec(QStringLiteral("SELECT %1 FROM maintenance_windows%2 ORDER BY "
                                               "starts_at, id")
                                    .arg(kWindowColumns, filter.where()),
                                filter.params()),
                   windowFrom);
}

models::Status MaintenanceStore::insertWindow(SqlSession &session,
                                              const models::MaintenanceWindow &window,
                                              const QString &createdBy)
{
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO maintenance_windows (id, starts_at, ends_at, timezone, "
                       "description, created_by, recurrence_frequency, recurrence_until, "
                       "exceptions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
        {window.id, window.startsAt, window.endsAt, window.timezone, window.description, createdBy,
         window.recurrence ? QVariant(window.recurrence->frequency) : QVariant(),
         window.recurrence ? QVariant(window.recurrence->until) : QVariant(),
         exceptionsJson(window)});
    if (!inserted)
        return inserted.error();
    return models::Status::success();
}

models::Result<qint64> MaintenanceStore::updateWindow(SqlSession &session,
                                                      const models::MaintenanceWindow &window)
{
    auto row = session.queryOne(
        QStringLiteral("UPDATE maintenance_windows SET starts_at = $2, ends_at = $3, "
                       "timezone = $4, description = $5, recurrence_frequency = $6, "
                       "recurrence_until = $7, exceptions = $8, version = version + 1 "
                       "WHERE id = $1 RETURNING version"),
        {window.id, window.startsAt, window.endsAt, window.timezone, window.description,
         window.recurrence ? QVariant(window.recurrence->frequency) : QVariant(),
         window.recurrence ? QVariant(window.recurrence->until) : QVariant(),
         exceptionsJson(window)});
    if (!row)
        return row.error();
    return row->int64(u"version");
}

models::Status MaintenanceStore::deleteWindow(SqlSession &session, const QUuid &id)
{
    auto deleted =
        session.exec(QStringLiteral("DELETE FROM maintenance_windows WHERE id = $1"), {id});
    if (!deleted)
        return deleted.error();
    return models::Status::success();
}

models::Result<MaintenanceStore::WindowPage> MaintenanceStore::windows(SqlSession &session,
                                                                       const QDateTime &from,
                                                                       const QDateTime &to,
                                                                       qint64 offset, int limit)
{
    SqlFilter filter;
    if (from.isValid())
        requireRunningAfter(filter, from);
    if (to.isValid())
        filter.require(QStringLiteral("starts_at < %1"), to);
    return filter.countedPage<WindowPage>(session, QStringLiteral("maintenance_windows"),
                                          kWindowColumns, QStringLiteral("starts_at, id"), limit,
                                          offset, windowFrom);
}

models::Result<MaintenanceStore::HourUsage>
MaintenanceStore::hourUsage(SqlSession &session, const QList<int> &hoursOfWeek)
{
    HourUsage usage;
    if (hoursOfWeek.isEmpty())
        return usage;
    SqlFilter filter;
    filter.require(QStringLiteral("c.status = 'active'"));
    filter.require(QStringLiteral("h.active_users > 0"));
    // Hour of the week: (weekday - 1) * 24 + hour, 0 (Monday 00:00) to 167.
    filter.require(
        QStringLiteral("(h.weekday - 1) * 24 + h.hour IN (%1)").arg(filter.bindList(hoursOfWeek)));
    const QString touched =
        QStringLiteral("FROM usage_hour_profile h JOIN companies c ON c.id = h.company_id")
        + filter.where();
    // A company counts where it is usually active: on average at least half a user in that
    // hour. Its users count wherever it has any, as the expected number active then.
    const QString usual =
        QStringLiteral("h.active_users >= %1").arg(QString::number(kUsuallyActiveUsers));
    auto hours =
        readAll(session.exec(QStringLiteral("SELECT h.weekday AS weekday, h.hour AS hour, "
                                            "SUM(CASE WHEN %1 THEN 1 ELSE 0 END) AS companies, "
                                            "SUM(h.active_users) AS active_users %2 "
                                            "GROUP BY h.weekday, h.hour")
                                 .arg(usual, touched),
                             filter.params()),
                [](const SqlRow &row) { return fromRow<models::MaintenanceDryRunHour>(row); });
    if (!hours)
        return hours.error();
    usage.hours = std::move(hours).value();
    auto companies = session.queryOne(
        QStringLiteral("SELECT COUNT(DISTINCT CASE WHEN %1 THEN h.company_id END) AS n %2")
            .arg(usual, touched),
        filter.params());
    if (!companies)
        return companies.error();
    usage.companies = companies->integer(u"n");
    return usage;
}

} // namespace sphair::server
