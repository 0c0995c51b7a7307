#include "server/services/MaintenanceService.h"

#include "models/domain/AdminRole.h"
#include "models/domain/Validation.h"
#include "models/domain/WireTime.h"
#include "server/services/AdminAudit.h"
#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

using models::MaintenanceWindow;

models::Error overlapError(const MaintenanceWindow &other)
{
    return {QStringLiteral("conflict"),
            tr("This window overlaps another planned window (%1 to %2 UTC).")
                .arg(models::WireTime::toString(other.startsAt),
                     models::WireTime::toString(other.endsAt)),
            {{QStringLiteral("field"), QStringLiteral("starts_at")},
             {QStringLiteral("window_id"), other.id.toString(QUuid::WithoutBraces)}}};
}

// Locks the maintenance row (every change of windows takes turns on it) and refuses a window
// that overlaps another.
models::Status checkNoOverlap(SqlSession &session, const MaintenanceWindow &window)
{
    if (auto locked = MaintenanceStore::state(session, true); !locked)
        return locked.error();
    auto overlap =
        MaintenanceStore::overlapping(session, window.startsAt, window.endsAt, window.id);
    if (!overlap)
        return overlap.error();
    if (overlap.value())
        return overlapError(overlap.value()->window);
    return models::Status::success();
}

models::Status audit(SqlSession &session, const Actor &actor, const QString &action,
                     const QUuid &id, const QJsonObject &before, const QJsonObject &after)
{
    return AdminAudit::record(session, actor,
                              {action,
                               QStringLiteral("maintenance_window"),
                               id.toString(QUuid::WithoutBraces),
                               {},
                               before,
                               after});
}

// The window about to change, locked with the maintenance row, after the caller's version
// check; not_found when there is none.
models::Result<MaintenanceStore::Window> lockedWindow(SqlSession &session, const QUuid &id,
                                                      const VersionCheck &check)
{
    if (auto locked = MaintenanceStore::state(session, true); !locked)
        return locked.error();
    auto current = MaintenanceStore::window(session, id, true);
    if (!current)
        return current.error();
    if (!current.value())
        return MaintenanceService::windowNotFound();
    if (auto matches = check(current.value()->version); !matches)
        return matches.error();
    return *current.value();
}

} // namespace

models::Error MaintenanceService::windowNotFound()
{
    return {QStringLiteral("not_found"), tr("There is no maintenance window with this id."), {}};
}

MaintenanceStore::Change MaintenanceService::changeBy(const Actor &actor) const
{
    return {actor.username, models::adminRoleCode(actor.role), m_context.now(), {}};
}

models::Result<models::MaintenanceState> MaintenanceService::state() const
{
    auto read = m_context.db->fetch<MaintenanceStore::State>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [](SqlSession &session) { return MaintenanceStore::state(session); });
    if (!read)
        return read.error();
    return read->state;
}

models::Result<MaintenanceService::Overview> MaintenanceService::overview() const
{
    Overview overview;
    const QDateTime now = m_context.now();
    auto read = m_context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto found = MaintenanceStore::state(session);
            if (!found)
                return models::Status(found.error());
            overview.state = found.value();
            auto running = MaintenanceStore::currentWindow(session, now);
            if (!running)
                return models::Status(running.error());
            overview.current = running.value();
            auto upcoming = MaintenanceStore::nextWindow(session, now);
            if (!upcoming)
                return models::Status(upcoming.error());
            overview.next = upcoming.value();
            return models::Status::success();
        });
    if (!read)
        return read.error();
    return overview;
}

models::Result<MaintenanceStore::State>
MaintenanceService::enable(const std::optional<QString> &message,
                           const std::optional<int> &retryAfterSeconds, const Actor &actor) const
{
    return m_context.db->fetch<MaintenanceStore::State>(
        TxScope::forOperator(),
        [&](SqlSession &session) -> models::Result<MaintenanceStore::State> {
            auto current = MaintenanceStore::state(session, true);
            if (!current)
                return current.error();
            return MaintenanceStore::enable(
                session, message.value_or(current->state.message),
                retryAfterSeconds.value_or(current->state.retryAfterSeconds), changeBy(actor));
        });
}

models::Result<MaintenanceStore::State> MaintenanceService::disable(const Actor &actor) const
{
    return m_context.db->fetch<MaintenanceStore::State>(
        TxScope::forOperator(),
        [&](SqlSession &session) { return MaintenanceStore::disable(session, changeBy(actor)); });
}

models::Result<MaintenanceStore::WindowPage> MaintenanceService::windows(const QDateTime &from,
                                                                         const QDateTime &to,
                                                                         qint64 offset,
                                                                         int limit) const
{
    return m_context.db->fetch<MaintenanceStore::WindowPage>(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            return MaintenanceStore::windows(session, from, to, offset, limit);
        });
}

models::Result<std::optional<MaintenanceStore::Window>>
MaintenanceService::window(const QUuid &id) const
{
    return m_context.db->fetch<std::optional<MaintenanceStore::Window>>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return MaintenanceStore::window(session, id); });
}

models::Result<MaintenanceWindow> MaintenanceService::completeWindow(const WindowDraft &draft) const
{
    const QDateTime now = m_context.now();
    MaintenanceWindow window;
    window.id = draft.id.isNull() ? QUuid::createUuid() : draft.id;
    window.timezone =
        draft.timezone.isEmpty() ? MaintenanceWindow::defaultTimeZone() : draft.timezone;
    window.description = draft.description;
    if (!draft.startsAt && !draft.endsAt) {
        auto nightly = MaintenanceWindow::nextDefaultNightly(now, window.timezone);
        if (!nightly)
            return nightly.error();
        window.startsAt = nightly->startsAt;
        window.endsAt = nightly->endsAt;
    } else {
        window.startsAt = models::WireTime::truncated(draft.startsAt.value_or(QDateTime()));
        window.endsAt = models::WireTime::truncated(draft.endsAt.value_or(QDateTime()));
    }
    if (auto valid = window.validate(); !valid)
        return valid.error();
    if (window.endsAt <= now) {
        return models::Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("out_of_range"),
            tr("This window has already ended; plan one that ends in the future."));
    }
    if (window.startsAt.secsTo(window.endsAt) > kMaxWindowSeconds) {
        return models::Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("out_of_range"),
            tr("A maintenance window may last at most 7 days."),
            {{QStringLiteral("max_seconds"), kMaxWindowSeconds}});
    }
    return window;
}

models::Status MaintenanceService::createWindow(const MaintenanceWindow &window,
                                                const Actor &actor) const
{
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto free = checkNoOverlap(session, window); !free)
            return free;
        if (auto inserted = MaintenanceStore::insertWindow(session, window, actor.username);
            !inserted)
            return inserted;
        return audit(session, actor, QStringLiteral("maintenance_window.create"), window.id, {},
                     window.toJson());
    });
}

models::Result<qint64> MaintenanceService::updateWindow(const MaintenanceWindow &window,
                                                        const VersionCheck &check,
                                                        const Actor &actor) const
{
    return m_context.db->fetch<qint64>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<qint64> {
            auto current = lockedWindow(session, window.id, check);
            if (!current)
                return current.error();
            if (auto free = checkNoOverlap(session, window); !free)
                return free.error();
            auto updated = MaintenanceStore::updateWindow(session, window);
            if (!updated)
                return updated.error();
            if (auto logged = audit(session, actor, QStringLiteral("maintenance_window.update"),
                                    window.id, current->window.toJson(), window.toJson());
                !logged)
                return logged.error();
            return updated.value();
        });
}

models::Status MaintenanceService::deleteWindow(const QUuid &id, const VersionCheck &check,
                                                const Actor &actor) const
{
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto current = lockedWindow(session, id, check);
        if (!current)
            return models::Status(current.error());
        if (auto deleted = MaintenanceStore::deleteWindow(session, id); !deleted)
            return deleted;
        return audit(session, actor, QStringLiteral("maintenance_window.delete"), id,
                     current->window.toJson(), {});
    });
}

} // namespace sphair::server
