#include "models/domain/MaintenanceSchedule.h"

#include "models/domain/Validation.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace sphair::models::MaintenanceSchedule {

namespace {

QTimeZone zoneOf(const MaintenanceWindow &window)
{
    const QByteArray id = window.timezone.toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return QTimeZone::utc();
}

// What every occurrence of a window keeps from its first one.
struct Pattern
{
    QTimeZone zone;
    QDate firstDate; // local date of the first start
    QTime startTime; // local wall-clock start
    QTime endTime; // local wall-clock end
    int endDays = 0; // local days from the start's date to the end's date
    qint64 firstSeconds = 0; // the first occurrence's length
};

Pattern patternOf(const MaintenanceWindow &window)
{
    Pattern pattern;
    pattern.zone = zoneOf(window);
    const QDateTime start = window.startsAt.toTimeZone(pattern.zone);
    const QDateTime end = window.endsAt.toTimeZone(pattern.zone);
    pattern.firstDate = start.date();
    pattern.startTime = start.time();
    pattern.endTime = end.time();
    pattern.endDays = static_cast<int>(start.date().daysTo(end.date()));
    pattern.firstSeconds = window.startsAt.secsTo(window.endsAt);
    return pattern;
}

// The nth (1–4) `weekday` of the month of `month`, or the last one for n = 5.
QDate nthWeekday(QDate month, int n, int weekday)
{
    if (n >= 5) {
        const QDate last(month.year(), month.month(), month.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(month.year(), month.month(), 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

const MaintenanceException *exceptionOn(const MaintenanceWindow &window, QDate date)
{
    for (const MaintenanceException &exception : window.exceptions) {
        if (exception.occurrence == date)
            return &exception;
    }
    return nullptr;
}

bool startsBefore(const MaintenanceOccurrence &a, const MaintenanceOccurrence &b)
{
    if (a.startsAt != b.startsAt)
        return a.startsAt < b.startsAt;
    if (a.windowId != b.windowId)
        return a.windowId.toString() < b.windowId.toString();
    return a.occurrence < b.occurrence;
}

} // namespace

QDateTime wallClock(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime naive(date, time, Qt::UTC);
    // The offsets in force a day before and a day after: a change of the clocks that night
    // lies between them. Of the instants that read as `time` on `date`, the first one.
    std::optional<QDateTime> first;
    for (const int days : {-1, 1}) {
        const QDateTime instant = naive.addSecs(-zone.offsetFromUtc(naive.addDays(days)));
        const QDateTime local = instant.toTimeZone(zone);
        if (local.date() == date && local.time() == time && (!first || instant < *first))
            first = instant;
    }
    if (first)
        return first->toTimeZone(zone);
    // Skipped by a change of the clocks: moved forward by the length of the gap, with the
    // offset in force before it.
    return naive.addSecs(-zone.offsetFromUtc(naive.addDays(-1))).toTimeZone(zone);
}

QList<QDate> plannedDates(const MaintenanceWindow &window, QDate first, QDate last)
{
    QList<QDate> dates;
    if (!window.startsAt.isValid() || !first.isValid() || !last.isValid())
        return dates;
    const Pattern pattern = patternOf(window);
    if (window.recurrence && window.recurrence->until.isValid())
        last = std::min(last, window.recurrence->until);
    first = std::max(first, pattern.firstDate);
    if (first > last)
        return dates;
    if (!window.recurrence) {
        if (pattern.firstDate >= first && pattern.firstDate <= last)
            dates.append(pattern.firstDate);
        return dates;
    }
    if (window.recurrence->frequency == MaintenanceRecurrence::monthly()) {
        const int n = (pattern.firstDate.day() - 1) / 7 + 1;
        const int weekday = pattern.firstDate.dayOfWeek();
        for (QDate month(first.year(), first.month(), 1); month <= last;
             month = month.addMonths(1)) {
            const QDate date = nthWeekday(month, n, weekday);
            if (date >= first && date <= last)
                dates.append(date);
        }
        return dates;
    }
    const qint64 behind = pattern.firstDate.daysTo(first);
    for (QDate date = pattern.firstDate.addDays((behind + 6) / 7 * 7); date <= last;
         date = date.addDays(7))
        dates.append(date);
    return dates;
}

std::optional<MaintenanceOccurrence> planned(const MaintenanceWindow &window, QDate date)
{
    if (plannedDates(window, date, date).isEmpty())
        return std::nullopt;
    const Pattern pattern = patternOf(window);
    MaintenanceOccurrence occurrence;
    occurrence.windowId = window.id;
    occurrence.occurrence = date;
    occurrence.timezone = window.timezone;
    occurrence.description = window.description;
    occurrence.recurring = window.isRecurring();
    if (date == pattern.firstDate) {
        occurrence.startsAt = window.startsAt;
        occurrence.endsAt = window.endsAt;
        return occurrence;
    }
    occurrence.startsAt = wallClock(date, pattern.startTime, pattern.zone).toUTC();
    occurrence.endsAt =
        wallClock(date.addDays(pattern.endDays), pattern.endTime, pattern.zone).toUTC();
    if (occurrence.endsAt <= occurrence.startsAt)
        occurrence.endsAt = occurrence.startsAt.addSecs(pattern.firstSeconds);
    return occurrence;
}

QList<MaintenanceOccurrence> occurrences(const MaintenanceWindow &window, const QDateTime &from,
                                         const QDateTime &to)
{
    QList<MaintenanceOccurrence> out;
    if (!window.startsAt.isValid() || !window.endsAt.isValid() || !(from < to))
        return out;
    const Pattern pattern = patternOf(window);
    // A day of slack on both sides covers any offset of the zone.
    const QDate first = from.toTimeZone(pattern.zone).date().addDays(-pattern.endDays - 1);
    const QDate last = to.toTimeZone(pattern.zone).date().addDays(1);
    for (const QDate date : plannedDates(window, first, last)) {
        if (exceptionOn(window, date))
            continue;
        auto occurrence = planned(window, date);
        if (occurrence && occurrence->overlaps(from, to))
            out.append(*occurrence);
    }
    for (const MaintenanceException &exception : window.exceptions) {
        if (!exception.isMove())
            continue;
        auto occurrence = planned(window, exception.occurrence);
        if (!occurrence)
            continue;
        occurrence->startsAt = exception.startsAt;
        occurrence->endsAt = exception.endsAt;
        occurrence->moved = true;
        if (occurrence->overlaps(from, to))
            out.append(*occurrence);
    }
    std::sort(out.begin(), out.end(), startsBefore);
    return out;
}

QList<MaintenanceOccurrence> occurrences(const QList<MaintenanceWindow> &windows,
                                         const QDateTime &from, const QDateTime &to)
{
    QList<MaintenanceOccurrence> out;
    for (const MaintenanceWindow &window : windows)
        out.append(occurrences(window, from, to));
    std::sort(out.begin(), out.end(), startsBefore);
    return out;
}

std::optional<MaintenanceOccurrence> next(const QList<MaintenanceWindow> &windows,
                                          const QDateTime &at, int horizonDays)
{
    const QList<MaintenanceOccurrence> all = occurrences(windows, at, at.addDays(horizonDays));
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

std::optional<Overlap> firstOverlap(const QList<MaintenanceWindow> &others,
                                    const MaintenanceWindow &candidate, const QDateTime &from,
                                    const QDateTime &to)
{
    const QList<MaintenanceOccurrence> mine = occurrences(candidate, from, to);
    QList<MaintenanceWindow> rest;
    for (const MaintenanceWindow &other : others) {
        if (candidate.id.isNull() || other.id != candidate.id)
            rest.append(other);
    }
    const QList<MaintenanceOccurrence> theirs = occurrences(rest, from, to);
    for (qsizetype i = 0; i < mine.size(); ++i) {
        const MaintenanceOccurrence &own = mine.at(i);
        for (const MaintenanceOccurrence &other : theirs) {
            if (other.startsAt >= own.endsAt)
                break; // in start order: none later can overlap
            if (other.overlaps(own.startsAt, own.endsAt))
                return Overlap {own, other};
        }
        for (qsizetype j = i + 1; j < mine.size(); ++j) {
            if (mine.at(j).startsAt >= own.endsAt)
                break;
            return Overlap {own, mine.at(j)};
        }
    }
    return std::nullopt;
}

Status validate(const MaintenanceWindow &window)
{
    if (auto check = window.validate(); !check)
        return check;
    if (!window.isRecurring() && !window.exceptions.isEmpty()) {
        return Validation::invalidField(
            QStringLiteral("exceptions"), QStringLiteral("not_allowed"),
            QCoreApplication::translate("sphair::models::MaintenanceSchedule",
                                        "Only an occurrence of a recurring window can be "
                                        "skipped or moved; change or cancel a single window "
                                        "instead."));
    }
    if (window.isRecurring() && window.startsAt.secsTo(window.endsAt) >= kMinPeriodSeconds) {
        return Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("out_of_range"),
            QCoreApplication::translate("sphair::models::MaintenanceSchedule",
                                        "A recurring window must be shorter than a week, so "
                                        "that one occurrence ends before the next starts."));
    }
    for (qsizetype i = 0; i < window.exceptions.size(); ++i) {
        const QDate date = window.exceptions.at(i).occurrence;
        if (!planned(window, date)) {
            return Validation::invalidField(
                QStringLiteral("exceptions[%1].occurrence").arg(i), QStringLiteral("unknown_value"),
                QCoreApplication::translate("sphair::models::MaintenanceSchedule",
                                            "No occurrence of this window is planned on %1.")
                    .arg(date.toString(Qt::ISODate)));
        }
    }
    return {};
}

MaintenanceWindow asWindow(const MaintenanceOccurrence &occurrence)
{
    MaintenanceWindow window;
    window.id = occurrence.windowId;
    window.startsAt = occurrence.startsAt;
    window.endsAt = occurrence.endsAt;
    window.timezone = occurrence.timezone;
    window.description = occurrence.description;
    return window;
}

} // namespace sphair::models::MaintenanceSchedule
