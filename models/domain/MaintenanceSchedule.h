#pragma once

#include "models/domain/MaintenanceOccurrence.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

// The occurrences of maintenance windows, pure and shared by the server (overlap checks, the
// status, notices, deployments) and the console (list, week view).
//
// Rules (MaintenanceRecurrence):
// - the first occurrence is the window's starts_at–ends_at; its local date in the window's zone
//   is the first planned date, its local start and end times are kept for every occurrence;
// - weekly: the same weekday every week; monthly: the nth weekday of the month of the first
//   start, n = (day - 1) / 7 + 1, n = 5 meaning the last one of the month;
// - each occurrence starts at the first start's wall-clock time on its date and lasts until
//   the first end's wall-clock time, the same number of days later; a wall-clock time that a
//   daylight saving change skips moves forward by the length of the gap (02:30 on a night when
//   02:00 becomes 03:00 is 03:30), as MaintenanceWindow::defaultNightly does; a wall-clock time
//   that happens twice (fall back) is the first of the two;
// - until: the last local date an occurrence may start on (inclusive);
// - exceptions: a skip leaves its occurrence out, a move gives it new times (it keeps its
//   planned date as `occurrence`).
namespace sphair::models::MaintenanceSchedule {

// A recurring window lasts less than this (a week), so an occurrence ends before the next.
constexpr qint64 kMinPeriodSeconds = qint64(7) * 24 * 60 * 60;

// `time` on `date` in `zone` by the rules above: a time skipped by a change of the clocks moves
// forward by the length of the gap, a time that happens twice is the first of the two.
QDateTime wallClock(QDate date, QTime time, const QTimeZone &zone);

// The planned local dates (before exceptions) of `window` from `first` to `last` inclusive, in
// the window's zone. A single window has one: the local date of its start.
QList<QDate> plannedDates(const MaintenanceWindow &window, QDate first, QDate last);

// The occurrence planned on local date `date` (before exceptions), or nullopt when the window
// has none that day.
std::optional<MaintenanceOccurrence> planned(const MaintenanceWindow &window, QDate date);

// The occurrences of `window` that overlap [from, to): skips left out, moves applied, in start
// order.
QList<MaintenanceOccurrence> occurrences(const MaintenanceWindow &window, const QDateTime &from,
                                         const QDateTime &to);

// The same for several windows, merged in start order (ties by window id).
QList<MaintenanceOccurrence> occurrences(const QList<MaintenanceWindow> &windows,
                                         const QDateTime &from, const QDateTime &to);

// The first occurrence of `windows` that has not ended at `at` (one running at `at` included),
// looking at most `horizonDays` ahead.
std::optional<MaintenanceOccurrence> next(const QList<MaintenanceWindow> &windows,
                                          const QDateTime &at, int horizonDays = 400);

// Two occurrences that share an instant: one of the candidate's and one of another window's.
struct Overlap
{
    MaintenanceOccurrence mine;
    MaintenanceOccurrence theirs;
};

// The first (by the candidate occurrence's start) overlap between the candidate's occurrences
// and the others' in [from, to), also between two occurrences of the candidate itself (a move
// onto another occurrence); the candidate's own id in `others` is left out.
std::optional<Overlap> firstOverlap(const QList<MaintenanceWindow> &others,
                                    const MaintenanceWindow &candidate, const QDateTime &from,
                                    const QDateTime &to);

// MaintenanceWindow::validate() and: every exception names a planned occurrence
// (exceptions[i].occurrence, reason "unknown_value"); an exception only on a recurring
// window; a recurring window's occurrence lasts less than its period (7 days for weekly,
// 28 for monthly) and so never overlaps the next one.
Status validate(const MaintenanceWindow &window);

// An occurrence as a window of its own (for the status and the public notice): the window's
// id, the occurrence's times, no recurrence and no exceptions.
MaintenanceWindow asWindow(const MaintenanceOccurrence &occurrence);

} // namespace sphair::models::MaintenanceSchedule
