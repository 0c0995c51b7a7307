#include "server/services/MaintenanceService.h"

#include "models/domain/AdminRole.h"
#include "models/domain/MaintenanceSchedule.h"
#include "models/domain/Validation.h"
#include "models/domain/WireTime.h"
#include "server/services/AdminAudit.h"
#include "server/services/ServerText.h"
#include "server/store/AdminAccounts.h"

#include <QTimeZone>

#include <algorithm>

namespace sphair::server {

namespace {

using models::MaintenanceWindow;

namespace Schedule = models::MaintenanceSchedule;
using models::MaintenanceOccurrence;

// An occurrence's local start and end in its window's zone, e.g. "2025-03-16 02:00–06:00
// Africa/Johannesburg" (the end's date too when it differs).
QString localSpan(const MaintenanceOccurrence &occurrence)
{
    const QTimeZone zone = QTimeZone::isTimeZoneIdAvailable(occurrence.timezone.toUtf8())
        ? QTimeZone(occurrence.timezone.toUtf8())
        : QTimeZone::utc();
    const QDateTime start = occurrence.startsAt.toTimeZone(zone);
    const QDateTime end = occurrence.endsAt.toTimeZone(zone);
    const QString endFormat =
        start.date() == end.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm");
    return QStringLiteral("%1–%2 %3")
        .arg(start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), end.toString(endFormat),
             occurrence.timezone);
}

models::Error overlapError(const Schedule::Overlap &overlap)
{
    const MaintenanceOccurrence &theirs = overlap.theirs;
    const QString message = theirs.windowId == overlap.mine.windowId
        ? tr("The occurrence %1 of this window overlaps its own occurrence %2.")
        : tr("The occurrence %1 of this window overlaps another planned window's occurrence "
             "%2.");
    return {QStringLiteral("window_overlap"),
            message.arg(localSpan(overlap.mine), localSpan(theirs)),
            {{QStringLiteral("field"),
              overlap.mine.moved ? QStringLiteral("exceptions") : QStringLiteral("starts_at")},
             {QStringLiteral("window_id"), theirs.windowId.toString(QUuid::WithoutBraces)},
             {QStringLiteral("occurrence"), models::WireTime::dateToString(theirs.occurrence)},
             {QStringLiteral("starts_at"), models::WireTime::toString(theirs.startsAt)},
             {QStringLiteral("ends_at"), models::WireTime::toString(theirs.endsAt)}}};
}

// Locks the maintenance row (every change of windows takes turns on it) and refuses a window
// with an occurrence from `now` over the horizon (from its first start when that is later)
// that overlaps another occurrence.
models::Status checkNoOverlap(SqlSession &session, const MaintenanceWindow &window,
                              const QDateTime &now)
{
    if (auto locked = MaintenanceStore::state(session, true); !locked)
        return locked.error();
    auto stored = MaintenanceStore::windowsRunningAfter(session, now);
    if (!stored)
        return stored.error();
    QList<MaintenanceWindow> others;
    for (const MaintenanceStore::Window &other : std::as_const(stored.value()))
        others.append(other.window);
    // A window planned further ahead is checked over as many days from its first start.
    const QDateTime to =
        std::max(now, window.startsAt).addDays(MaintenanceService::kOverlapHorizonDays);
    const auto overlap = Schedule::firstOverlap(others, window, now, to);
    if (overlap)
        return overlapError(*overlap);
    return models::Status::success();
}

// Every window's occurrences overlapping [from, to).
models::Result<QList<MaintenanceOccurrence>>
occurrencesIn(SqlSession &session, const QDateTime &from, const QDateTime &to)
{
    auto stored = MaintenanceStore::windowsRunningAfter(session, from);
    if (!stored)
        return stored.error();
    QList<MaintenanceWindow> windows;
    for (const MaintenanceStore::Window &window : std::as_const(stored.value()))
        windows.append(window.window);
    return Schedule::occurrences(windows, from, to);
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
            auto ahead = occurrencesIn(session, now, now.addDays(kOverlapHorizonDays));
            if (!ahead)
                return models::Status(ahead.error());
            for (const MaintenanceOccurrence &occurrence : std::as_const(ahead.value())) {
                if (!overview.current && occurrence.contains(now))
                    overview.current = Schedule::asWindow(occurrence);
                if (!overview.next && occurrence.startsAt > now)
                    overview.next = Schedule::asWindow(occurrence);
            }
            auto sessions = AdminAccounts::countOpenSessions(session, now);
            if (!sessions)
                return models::Status(sessions.error());
            overview.activeSessions = sessions.value();
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
    window.recurrence = draft.recurrence;
    window.exceptions = draft.exceptions;
    for (models::MaintenanceException &exception : window.exceptions) {
        exception.startsAt = models::WireTime::truncated(exception.startsAt);
        exception.endsAt = models::WireTime::truncated(exception.endsAt);
    }
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
    if (auto valid = Schedule::validate(window); !valid)
        return valid.error();
    if (!window.isRecurring() && window.endsAt <= now) {
        return models::Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("out_of_range"),
            tr("This window has already ended; plan one that ends in the future."));
    }
    if (window.isRecurring() && window.endsAt <= now
        && !Schedule::next({window}, now, kOverlapHorizonDays)) {
        return models::Validation::invalidField(
            QStringLiteral("recurrence.until"), QStringLiteral("out_of_range"),
            tr("This recurring window has no occurrence left in the next %1 days; let it run "
               "longer or plan a new one.")
                .arg(kOverlapHorizonDays));
    }
    for (qsizetype i = 0; i < window.exceptions.size(); ++i) {
        const models::MaintenanceException &exception = window.exceptions.at(i);
        if (exception.isMove() && exception.startsAt.secsTo(exception.endsAt) > kMaxWindowSeconds) {
            return models::Validation::invalidField(
                QStringLiteral("exceptions[%1].ends_at").arg(i), QStringLiteral("out_of_range"),
                tr("A maintenance window may last at most 7 days."),
                {{QStringLiteral("max_seconds"), kMaxWindowSeconds}});
        }
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
    const QDateTime now = m_context.now();
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto free = checkNoOverlap(session, window, now); !free)
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
    const QDateTime now = m_context.now();
    return m_context.db->fetch<qint64>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<qint64> {
            auto current = lockedWindow(session, window.id, check);
            if (!current)
                return current.error();
            if (auto free = checkNoOverlap(session, window, now); !free)
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

models::Result<QList<MaintenanceOccurrence>>
MaintenanceService::occurrences(const QDateTime &from, const QDateTime &to) const
{
    return m_context.db->fetch<QList<MaintenanceOccurrence>>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return occurrencesIn(session, from, to); });
}

QList<int> MaintenanceService::hoursOfWeek(const QDateTime &startsAt, const QDateTime &endsAt)
{
    const QTimeZone platform(MaintenanceWindow::defaultTimeZone().toUtf8());
    QList<int> hours;
    const QDateTime local = startsAt.toTimeZone(platform);
    // The start of the hour the window starts in; hours of the platform zone are whole hours
    // of UTC (SAST is UTC+2), so stepping by 3600 seconds stays on them.
    QDateTime hour = startsAt.addSecs(-(local.time().minute() * 60 + local.time().second()));
    for (; hour < endsAt; hour = hour.addSecs(3600)) {
        const QDateTime at = hour.toTimeZone(platform);
        const int ofWeek = (at.date().dayOfWeek() - 1) * 24 + at.time().hour();
        if (!hours.contains(ofWeek))
            hours.append(ofWeek);
    }
    return hours;
}

models::Result<models::MaintenanceDryRun>
MaintenanceService::dryRun(const MaintenanceWindow &window) const
{
    const QDateTime now = m_context.now();
    std::optional<MaintenanceOccurrence> estimated =
        Schedule::next({window}, now, kOverlapHorizonDays);
    if (!estimated)
        estimated = Schedule::planned(window, window.localStart().date());
    if (!estimated) {
        return models::Validation::invalidField(QStringLiteral("starts_at"),
                                                QStringLiteral("missing"),
                                                tr("This window has no occurrence to estimate."));
    }
    const QList<int> touched = hoursOfWeek(estimated->startsAt, estimated->endsAt);
    auto usage = m_context.db->fetch<MaintenanceStore::HourUsage>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return MaintenanceStore::hourUsage(session, touched); });
    if (!usage)
        return usage.error();
    models::MaintenanceDryRun result;
    result.companies = usage->companies;
    result.startsAt = estimated->startsAt;
    result.endsAt = estimated->endsAt;
    for (const int ofWeek : touched) {
        models::MaintenanceDryRunHour hour;
        hour.weekday = ofWeek / 24 + 1;
        hour.hour = ofWeek % 24;
        const auto found =
            std::find_if(usage->hours.cbegin(), usage->hours.cend(),
                         [&](const models::MaintenanceDryRunHour &row) {
                             return row.weekday == hour.weekday && row.hour == hour.hour;
                         });
        if (found != usage->hours.cend())
            hour = *found;
        result.activeUsers = std::max(result.activeUsers, hour.activeUsers);
        result.hours.append(hour);
    }
    return result;
}

} // namespace sphair::server
