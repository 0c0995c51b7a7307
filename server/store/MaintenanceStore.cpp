#include "server/store/MaintenanceStore.h"

#include "server/store/AuditLog.h"

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
    auto row = session.queryOptional(
        QStringLiteral("SELECT %1 FROM maintenance_windows WHERE id = $1").arg(kWindowColumns)
            + (forUpdate ? session.dialect().forUpdate() : QLatin1String()),
        {id});
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Window>();
    return std::optional<Window>(windowFrom(*row.value()));
}

models::Result<std::optional<MaintenanceStore::Window>>
MaintenanceStore::overlapping(SqlSession &session, const QDateTime &startsAt,
                              const QDateTime &endsAt, const QUuid &except)
{
    auto rows = session.exec(QStringLiteral("SELECT %1 FROM maintenance_windows WHERE "
                                            "starts_at < $1 AND ends_at > $2 AND id <> $3 "
                                            "ORDER BY starts_at LIMIT 1")
                                 .arg(kWindowColumns),
                             {endsAt, startsAt, except});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Window>();
    return std::optional<Window>(windowFrom(rows->first()));
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
    QStringList conditions;
    SqlParams params;
    if (from.isValid()) {
        params.append(from);
        conditions.append(QStringLiteral("ends_at > $%1").arg(params.size()));
    }
    if (to.isValid()) {
        params.append(to);
        conditions.append(QStringLiteral("starts_at < $%1").arg(params.size()));
    }
    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    WindowPage page;
    auto counted = session.queryOne(
        QStringLiteral("SELECT COUNT(*) AS n FROM maintenance_windows") + where, params);
    if (!counted)
        return counted.error();
    page.total = counted->int64(u"n");
    auto rows = session.exec(QStringLiteral("SELECT %1 FROM maintenance_windows%2 ORDER BY "
                                            "starts_at, id LIMIT %3 OFFSET %4")
                                 .arg(kWindowColumns, where)
                                 .arg(limit)
                                 .arg(offset),
                             params);
    if (!rows)
        return rows.error();
    for (const SqlRow &row : rows.value())
        page.items.append(windowFrom(row));
    return page;
}

models::Result<std::optional<models::MaintenanceWindow>>
MaintenanceStore::currentWindow(SqlSession &session, const QDateTime &now)
{
    auto rows = session.exec(QStringLiteral("SELECT %1 FROM maintenance_windows WHERE "
                                            "starts_at <= $1 AND ends_at > $1 "
                                            "ORDER BY starts_at LIMIT 1")
                                 .arg(kWindowColumns),
                             {now});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<models::MaintenanceWindow>();
    return std::optional<models::MaintenanceWindow>(windowFrom(rows->first()).window);
}

models::Result<std::optional<models::MaintenanceWindow>>
MaintenanceStore::nextWindow(SqlSession &session, const QDateTime &now)
{
    auto rows = session.exec(QStringLiteral("SELECT %1 FROM maintenance_windows WHERE "
                                            "starts_at > $1 ORDER BY starts_at LIMIT 1")
                                 .arg(kWindowColumns),
                             {now});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<models::MaintenanceWindow>();
    return std::optional<models::MaintenanceWindow>(windowFrom(rows->first()).window);
}

} // namespace sphair::server
