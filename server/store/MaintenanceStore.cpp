#include "server/store/MaintenanceStore.h"

#include "server/store/AuditLog.h"
#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

const QString kWindowColumns =
    QStringLiteral("id, starts_at, ends_at, timezone, description, version");

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

MaintenanceStore::Window windowFrom(const SqlRow &row)
{
    MaintenanceStore::Window result;
    result.window.id = row.uuid(u"id");
    result.window.startsAt = row.dateTime(u"starts_at");
    result.window.endsAt = row.dateTime(u"ends_at");
    result.window.timezone = row.text(u"timezone");
    result.window.description = row.text(u"description");
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

// The earliest window matching `condition` (over $1 = now), as the public window.
models::Result<std::optional<models::MaintenanceWindow>>
firstWindow(SqlSession &session, const QString &condition, const QDateTime &now)
{
    return readFirst(session.exec(QStringLiteral("SELECT %1 FROM maintenance_windows WHERE %2 "
                                                 "ORDER BY starts_at LIMIT 1")
                                      .arg(kWindowColumns, condition),
                                  {now}),
                     [](const SqlRow &row) { return windowFrom(row).window; });
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

models::Result<std::optional<MaintenanceStore::Window>>
MaintenanceStore::overlapping(SqlSession &session, const QDateTime &startsAt,
                              const QDateTime &endsAt, const QUuid &except)
{
    return readFirst(session.exec(QStringLiteral("SELECT %1 FROM maintenance_windows WHERE "
                                                 "starts_at < $1 AND ends_at > $2 AND id <> $3 "
                                                 "ORDER BY starts_at LIMIT 1")
                                      .arg(kWindowColumns),
                                  {endsAt, startsAt, except}),
                     windowFrom);
}

models::Status MaintenanceStore::insertWindow(SqlSession &session,
                                              const models::MaintenanceWindow &window,
                                              const QString &createdBy)
{
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO maintenance_windows (id, starts_at, ends_at, timezone, "
                       "description, created_by) VALUES ($1, $2, $3, $4, $5, $6)"),
        {window.id, window.startsAt, window.endsAt, window.timezone, window.description,
         createdBy});
    if (!inserted)
        return inserted.error();
    return models::Status::success();
}

models::Result<qint64> MaintenanceStore::updateWindow(SqlSession &session,
                                                      const models::MaintenanceWindow &window)
{
    auto row = session.queryOne(
        QStringLiteral("UPDATE maintenance_windows SET starts_at = $2, ends_at = $3, "
                       "timezone = $4, description = $5, version = version + 1 WHERE id = $1 "
                       "RETURNING version"),
        {window.id, window.startsAt, window.endsAt, window.timezone, window.description});
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
        filter.require(QStringLiteral("ends_at > %1"), from);
    if (to.isValid())
        filter.require(QStringLiteral("starts_at < %1"), to);
    return filter.countedPage<WindowPage>(session, QStringLiteral("maintenance_windows"),
                                          kWindowColumns, QStringLiteral("starts_at, id"), limit,
                                          offset, windowFrom);
}

models::Result<std::optional<models::MaintenanceWindow>>
MaintenanceStore::currentWindow(SqlSession &session, const QDateTime &now)
{
    return firstWindow(session, QStringLiteral("starts_at <= $1 AND ends_at > $1"), now);
}

models::Result<std::optional<models::MaintenanceWindow>>
MaintenanceStore::nextWindow(SqlSession &session, const QDateTime &now)
{
    return firstWindow(session, QStringLiteral("starts_at > $1"), now);
}

} // namespace sphair::server
