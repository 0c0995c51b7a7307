// The occurrences of maintenance windows (MaintenanceSchedule): recurrence, skip and move,
// daylight saving, overlaps and validation. Every expected instant is worked out by hand in
// the comment beside it (offsets: SAST UTC+2 all year; CET +1 / CEST +2 with the change on
// the last Sundays of March and October at 01:00 UTC; EST -5 / EDT -4 with the change on the
// second Sunday of March and the first of November at 02:00 local).
#include "models/domain/MaintenanceSchedule.h"

#include <QTest>
#include <QTimeZone>

using namespace sphair::models;
namespace Schedule = sphair::models::MaintenanceSchedule;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

const QString kJohannesburg = QStringLiteral("Africa/Johannesburg");
const QString kBerlin = QStringLiteral("Europe/Berlin");
const QString kNewYork = QStringLiteral("America/New_York");

MaintenanceWindow window(const QDateTime &start, const QDateTime &end,
                         const QString &zone = kJohannesburg, const QString &frequency = {},
                         QDate until = {})
{
    MaintenanceWindow w;
    w.id = QUuid::createUuidV5(QUuid(), start.toString(Qt::ISODate) + zone + frequency);
    w.startsAt = start;
    w.endsAt = end;
    w.timezone = zone;
    w.description = QStringLiteral("Nightly");
    if (!frequency.isEmpty())
        w.recurrence = MaintenanceRecurrence {frequency, until};
    return w;
}

MaintenanceException skip(QDate date)
{
    return {date, MaintenanceException::skip(), {}, {}};
}

MaintenanceException move(QDate date, const QDateTime &start, const QDateTime &end)
{
    return {date, MaintenanceException::move(), start, end};
}

using Span = QPair<QDateTime, QDateTime>;

QList<Span> spans(const QList<MaintenanceOccurrence> &occurrences)
{
    QList<Span> out;
    for (const MaintenanceOccurrence &o : occurrences)
        out.append({o.startsAt, o.endsAt});
    return out;
}

QList<QDate> dates(const QList<MaintenanceOccurrence> &occurrences)
{
    QList<QDate> out;
    for (const MaintenanceOccurrence &o : occurrences)
        out.append(o.occurrence);
    return out;
}

const QString kWeekly = MaintenanceRecurrence::weekly();
const QString kMonthly = MaintenanceRecurrence::monthly();

} // namespace

class TestMaintenanceSchedule : public QObject
{
    Q_OBJECT
private slots:
    void singleWindow()
    {
        // 2025-03-10 02:00–06:00 SAST = 00:00–04:00 UTC, once.
        const MaintenanceWindow w = window(utc(2025, 3, 10, 0), utc(2025, 3, 10, 4));
        const auto all = Schedule::occurrences(w, utc(2025, 1, 1), utc(2026, 1, 1));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().windowId, w.id);
        QCOMPARE(all.first().occurrence, QDate(2025, 3, 10));
        QCOMPARE(all.first().startsAt, utc(2025, 3, 10, 0));
        QCOMPARE(all.first().endsAt, utc(2025, 3, 10, 4));
        QCOMPARE(all.first().timezone, kJohannesburg);
        QCOMPARE(all.first().description, QStringLiteral("Nightly"));
        QVERIFY(!all.first().recurring);
        QVERIFY(!all.first().moved);
        // [from, to) overlapping: one that ends at `from` or starts at `to` is out.
        QCOMPARE(Schedule::occurrences(w, utc(2025, 3, 10, 4), utc(2025, 4, 1)).size(), 0);
        QCOMPARE(Schedule::occurrences(w, utc(2025, 3, 1), utc(2025, 3, 10, 0)).size(), 0);
        QCOMPARE(Schedule::occurrences(w, utc(2025, 3, 10, 3, 59), utc(2025, 3, 10, 4)).size(), 1);
        QCOMPARE(Schedule::occurrences(w, utc(2025, 3, 10, 2), utc(2025, 3, 10, 1)).size(), 0);
        QCOMPARE(Schedule::plannedDates(w, QDate(2025, 1, 1), QDate(2025, 12, 31)),
                 QList<QDate> {QDate(2025, 3, 10)});
        QVERIFY(Schedule::planned(w, QDate(2025, 3, 10)));
        QVERIFY(!Schedule::planned(w, QDate(2025, 3, 17)));
    }

    void weeklySunday()
    {
        // Sunday 2025-03-02 02:00–06:00 SAST = 00:00–04:00 UTC, every Sunday.
        const MaintenanceWindow w =
            window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4), kJohannesburg, kWeekly);
        const auto march = Schedule::occurrences(w, utc(2025, 3, 1), utc(2025, 4, 1));
        QCOMPARE(dates(march),
                 (QList<QDate> {QDate(2025, 3, 2), QDate(2025, 3, 9), QDate(2025, 3, 16),
                                QDate(2025, 3, 23), QDate(2025, 3, 30)}));
        QCOMPARE(spans(march),
                 (QList<Span> {{utc(2025, 3, 2, 0), utc(2025, 3, 2, 4)},
                               {utc(2025, 3, 9, 0), utc(2025, 3, 9, 4)},
                               {utc(2025, 3, 16, 0), utc(2025, 3, 16, 4)},
                               {utc(2025, 3, 23, 0), utc(2025, 3, 23, 4)},
                               {utc(2025, 3, 30, 0), utc(2025, 3, 30, 4)}}));
        for (const MaintenanceOccurrence &o : march)
            QVERIFY(o.recurring && !o.moved);
        // Nothing before the first start.
        QVERIFY(Schedule::occurrences(w, utc(2025, 1, 1), utc(2025, 3, 2, 0)).isEmpty());
        // One running at `from` is in, from its start: 2025-03-09 02:00 UTC is 04:00 SAST.
        const auto running = Schedule::occurrences(w, utc(2025, 3, 9, 2), utc(2025, 3, 10));
        QCOMPARE(dates(running), QList<QDate> {QDate(2025, 3, 9)});
        // A year later the weekday still holds: 2026-03-01 is a Sunday.
        const auto later = Schedule::occurrences(w, utc(2026, 2, 26), utc(2026, 3, 5));
        QCOMPARE(spans(later), (QList<Span> {{utc(2026, 3, 1, 0), utc(2026, 3, 1, 4)}}));
        // 400 days from the first start: 2 March 2025 + 57 weeks = 5 April 2026, 58 in all.
        QCOMPARE(Schedule::occurrences(w, utc(2025, 3, 2), utc(2025, 3, 2).addDays(400)).size(),
                 58);
    }

    void weeklyAcrossMidnight()
    {
        // Saturday 2025-03-01 22:00 SAST – Sunday 01:00 SAST (20:00–23:00 UTC): a window that
        // ends on the next local day keeps doing so.
        const MaintenanceWindow w =
            window(utc(2025, 3, 1, 20), utc(2025, 3, 1, 23), kJohannesburg, kWeekly);
        const auto all = Schedule::occurrences(w, utc(2025, 3, 8), utc(2025, 3, 9));
        QCOMPARE(spans(all), (QList<Span> {{utc(2025, 3, 8, 20), utc(2025, 3, 8, 23)}}));
        QCOMPARE(all.first().occurrence, QDate(2025, 3, 8));
        // 2025-03-01 23:30 SAST is 21:30 UTC; 02:00 UTC on the 2nd is 04:00 SAST on the 2nd.
        const MaintenanceWindow late =
            window(utc(2025, 3, 1, 21, 30), utc(2025, 3, 2, 2), kJohannesburg, kWeekly);
        const auto next = Schedule::occurrences(late, utc(2025, 3, 8, 12), utc(2025, 3, 9, 12));
        QCOMPARE(spans(next), (QList<Span> {{utc(2025, 3, 8, 21, 30), utc(2025, 3, 9, 2)}}));
        QCOMPARE(next.first().occurrence, QDate(2025, 3, 8));
        // A start of 00:30 SAST is the previous day in UTC: 2025-03-02 22:30 UTC.
        const MaintenanceWindow early =
            window(utc(2025, 3, 2, 22, 30), utc(2025, 3, 3, 1), kJohannesburg, kWeekly);
        const auto first = Schedule::occurrences(early, utc(2025, 3, 1), utc(2025, 3, 11));
        QCOMPARE(dates(first), (QList<QDate> {QDate(2025, 3, 3), QDate(2025, 3, 10)}));
        QCOMPARE(first.at(1).startsAt, utc(2025, 3, 9, 22, 30));
    }

    void monthlyFirstSunday()
    {
        // First Sunday of January 2025 is the 5th: n = (5 - 1) / 7 + 1 = 1. Then Feb 2,
        // Mar 2, Apr 6, May 4, Jun 1 (2025-06-01 is a Sunday), all 00:00–04:00 UTC.
        const MaintenanceWindow w =
            window(utc(2025, 1, 5, 0), utc(2025, 1, 5, 4), kJohannesburg, kMonthly);
        const auto all = Schedule::occurrences(w, utc(2025, 1, 1), utc(2025, 7, 1));
        QCOMPARE(dates(all),
                 (QList<QDate> {QDate(2025, 1, 5), QDate(2025, 2, 2), QDate(2025, 3, 2),
                                QDate(2025, 4, 6), QDate(2025, 5, 4), QDate(2025, 6, 1)}));
        QCOMPARE(all.at(3).startsAt, utc(2025, 4, 6, 0));
        QCOMPARE(all.at(3).endsAt, utc(2025, 4, 6, 4));
        QVERIFY(Schedule::planned(w, QDate(2025, 4, 6)));
        QVERIFY(!Schedule::planned(w, QDate(2025, 4, 13)));
    }

    void monthlyFourthIsNotLast()
    {
        // 2025-01-26 is the 4th Sunday (n = 25 / 7 + 1 = 4): February's 4th is the 23rd,
        // March's the 23rd although March has a 5th Sunday (the 30th).
        const MaintenanceWindow w =
            window(utc(2025, 1, 26, 0), utc(2025, 1, 26, 4), kJohannesburg, kMonthly);
        QCOMPARE(Schedule::plannedDates(w, QDate(2025, 1, 1), QDate(2025, 3, 31)),
                 (QList<QDate> {QDate(2025, 1, 26), QDate(2025, 2, 23), QDate(2025, 3, 23)}));
    }

    void monthlyLastOfMonth()
    {
        // 2025-03-30 is the 5th Sunday of March (n = 29 / 7 + 1 = 5): the last one of each
        // month. April 27, May 25, June 29, July 27, August 31 (a month with five again).
        const MaintenanceWindow w =
            window(utc(2025, 3, 30, 0), utc(2025, 3, 30, 4), kJohannesburg, kMonthly);
        const auto all = Schedule::occurrences(w, utc(2025, 3, 1), utc(2025, 9, 1));
        QCOMPARE(dates(all),
                 (QList<QDate> {QDate(2025, 3, 30), QDate(2025, 4, 27), QDate(2025, 5, 25),
                                QDate(2025, 6, 29), QDate(2025, 7, 27), QDate(2025, 8, 31)}));
        QCOMPARE(all.at(1).startsAt, utc(2025, 4, 27, 0));
        // The last Friday: 2025-01-31 (n = 30 / 7 + 1 = 5); February's is the 28th, in the
        // leap year 2028 the 25th (2028-02-29 is a Tuesday).
        const MaintenanceWindow friday =
            window(utc(2025, 1, 31, 0), utc(2025, 1, 31, 4), kJohannesburg, kMonthly);
        QCOMPARE(Schedule::plannedDates(friday, QDate(2025, 2, 1), QDate(2025, 2, 28)),
                 QList<QDate> {QDate(2025, 2, 28)});
        QCOMPARE(Schedule::plannedDates(friday, QDate(2028, 2, 1), QDate(2028, 2, 29)),
                 QList<QDate> {QDate(2028, 2, 25)});
    }

    void until()
    {
        // Weekly from Sunday 2025-03-02 until 2025-03-16 (inclusive): three occurrences.
        const MaintenanceWindow w = window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4), kJohannesburg,
                                           kWeekly, QDate(2025, 3, 16));
        QCOMPARE(dates(Schedule::occurrences(w, utc(2025, 1, 1), utc(2026, 1, 1))),
                 (QList<QDate> {QDate(2025, 3, 2), QDate(2025, 3, 9), QDate(2025, 3, 16)}));
        // until is a local date: an occurrence starting 00:30 SAST on the 16th (22:30 UTC on
        // the 15th) still counts, one on the 23rd does not.
        const MaintenanceWindow early = window(utc(2025, 3, 1, 22, 30), utc(2025, 3, 2, 1),
                                               kJohannesburg, kWeekly, QDate(2025, 3, 16));
        const auto earlyAll = Schedule::occurrences(early, utc(2025, 1, 1), utc(2026, 1, 1));
        QCOMPARE(dates(earlyAll),
                 (QList<QDate> {QDate(2025, 3, 2), QDate(2025, 3, 9), QDate(2025, 3, 16)}));
        QCOMPARE(earlyAll.last().startsAt, utc(2025, 3, 15, 22, 30));
        // until the day before an occurrence leaves it out; until = the first day, only one.
        MaintenanceWindow shorter = w;
        shorter.recurrence->until = QDate(2025, 3, 15);
        QCOMPARE(Schedule::occurrences(shorter, utc(2025, 1, 1), utc(2026, 1, 1)).size(), 2);
        shorter.recurrence->until = QDate(2025, 3, 2);
        QCOMPARE(Schedule::occurrences(shorter, utc(2025, 1, 1), utc(2026, 1, 1)).size(), 1);
        // Monthly until the end of May: Jan 5 … May 4.
        const MaintenanceWindow monthly = window(utc(2025, 1, 5, 0), utc(2025, 1, 5, 4),
                                                 kJohannesburg, kMonthly, QDate(2025, 5, 31));
        QCOMPARE(Schedule::occurrences(monthly, utc(2025, 1, 1), utc(2026, 1, 1)).size(), 5);
    }

    void skipAndMove()
    {
        MaintenanceWindow w =
            window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4), kJohannesburg, kWeekly);
        // Skip the 9th; move the 16th to Monday the 17th 01:00–03:00 UTC; move the 30th (out
        // of the range asked) to Thursday the 27th 00:00–02:00 UTC (in it).
        w.exceptions = {skip(QDate(2025, 3, 9)),
                        move(QDate(2025, 3, 16), utc(2025, 3, 17, 1), utc(2025, 3, 17, 3)),
                        move(QDate(2025, 3, 30), utc(2025, 3, 27, 0), utc(2025, 3, 27, 2))};
        QVERIFY2(Schedule::validate(w).ok(), qPrintable(Schedule::validate(w).error().message));
        const auto all = Schedule::occurrences(w, utc(2025, 3, 1), utc(2025, 3, 29));
        QCOMPARE(dates(all),
                 (QList<QDate> {QDate(2025, 3, 2), QDate(2025, 3, 16), QDate(2025, 3, 23),
                                QDate(2025, 3, 30)}));
        QCOMPARE(spans(all),
                 (QList<Span> {{utc(2025, 3, 2, 0), utc(2025, 3, 2, 4)},
                               {utc(2025, 3, 17, 1), utc(2025, 3, 17, 3)},
                               {utc(2025, 3, 23, 0), utc(2025, 3, 23, 4)},
                               {utc(2025, 3, 27, 0), utc(2025, 3, 27, 2)}}));
        QCOMPARE((QList<bool> {all.at(0).moved, all.at(1).moved, all.at(2).moved, all.at(3).moved}),
                 (QList<bool> {false, true, false, true}));
        // The 16th itself no longer has its planned time; a range around only the planned time
        // finds nothing.
        QVERIFY(Schedule::occurrences(w, utc(2025, 3, 16), utc(2025, 3, 16, 23)).isEmpty());
        // planned() still knows the planned occurrence that a move names.
        QCOMPARE(Schedule::planned(w, QDate(2025, 3, 16))->startsAt, utc(2025, 3, 16, 0));
        // The first occurrence can be skipped too.
        w.exceptions = {skip(QDate(2025, 3, 2))};
        QCOMPARE(Schedule::occurrences(w, utc(2025, 3, 1), utc(2025, 3, 10)).first().occurrence,
                 QDate(2025, 3, 9));
    }

    void nextOccurrence()
    {
        MaintenanceWindow weekly =
            window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4), kJohannesburg, kWeekly);
        weekly.exceptions = {skip(QDate(2025, 3, 9))};
        // A single window on Wednesday the 12th 10:00–11:00 UTC.
        const MaintenanceWindow single = window(utc(2025, 3, 12, 10), utc(2025, 3, 12, 11));
        const QList<MaintenanceWindow> both {weekly, single};
        // On Monday the 3rd: the 9th is skipped, so the single window comes next.
        QCOMPARE(Schedule::next(both, utc(2025, 3, 3))->windowId, single.id);
        // During it: the one running.
        QCOMPARE(Schedule::next(both, utc(2025, 3, 12, 10, 30))->windowId, single.id);
        // At its end: the weekly one on the 16th.
        const auto after = Schedule::next(both, utc(2025, 3, 12, 11));
        QCOMPARE(after->windowId, weekly.id);
        QCOMPARE(after->startsAt, utc(2025, 3, 16, 0));
        QVERIFY(!Schedule::next({single}, utc(2025, 3, 12, 11)));
        QVERIFY(!Schedule::next({weekly}, utc(2025, 3, 3), 5));
        const auto merged = Schedule::occurrences(both, utc(2025, 3, 1), utc(2025, 3, 20));
        QCOMPARE(spans(merged),
                 (QList<Span> {{utc(2025, 3, 2, 0), utc(2025, 3, 2, 4)},
                               {utc(2025, 3, 12, 10), utc(2025, 3, 12, 11)},
                               {utc(2025, 3, 16, 0), utc(2025, 3, 16, 4)}}));
    }

    void overlap()
    {
        const MaintenanceWindow weekly =
            window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4), kJohannesburg, kWeekly);
        // Sunday the 16th 03:00–05:00 UTC overlaps that day's 00:00–04:00 UTC.
        MaintenanceWindow single = window(utc(2025, 3, 16, 3), utc(2025, 3, 16, 5));
        single.id = QUuid::createUuidV5(QUuid(), QStringLiteral("single"));
        const auto found =
            Schedule::firstOverlap({weekly}, single, utc(2025, 3, 1), utc(2025, 3, 1).addDays(400));
        QVERIFY(found);
        QCOMPARE(found->mine.windowId, single.id);
        QCOMPARE(found->theirs.windowId, weekly.id);
        QCOMPARE(found->theirs.occurrence, QDate(2025, 3, 16));
        QCOMPARE(found->theirs.startsAt, utc(2025, 3, 16, 0));
        // The weekly window as the candidate: its first overlapping occurrence is the 16th.
        const auto reverse =
            Schedule::firstOverlap({single}, weekly, utc(2025, 3, 1), utc(2025, 3, 1).addDays(400));
        QVERIFY(reverse);
        QCOMPARE(reverse->mine.occurrence, QDate(2025, 3, 16));
        QCOMPARE(reverse->theirs.windowId, single.id);
        // Touching is not overlapping: 04:00–05:00 UTC right after.
        const MaintenanceWindow after = window(utc(2025, 3, 16, 4), utc(2025, 3, 16, 5));
        QVERIFY(!Schedule::firstOverlap({weekly}, after, utc(2025, 3, 1), utc(2026, 1, 1)));
        // A skip of the 16th removes the overlap; a move onto the single window adds one.
        MaintenanceWindow skipped = weekly;
        skipped.exceptions = {skip(QDate(2025, 3, 16))};
        QVERIFY(!Schedule::firstOverlap({skipped}, single, utc(2025, 3, 1), utc(2026, 1, 1)));
        MaintenanceWindow moved = weekly;
        moved.exceptions = {move(QDate(2025, 3, 23), utc(2025, 3, 16, 4, 30), utc(2025, 3, 16, 6))};
        moved.exceptions.prepend(skip(QDate(2025, 3, 16)));
        const auto byMove =
            Schedule::firstOverlap({single}, moved, utc(2025, 3, 1), utc(2026, 1, 1));
        QVERIFY(byMove);
        QCOMPARE(byMove->mine.occurrence, QDate(2025, 3, 23));
        QVERIFY(byMove->mine.moved);
        // A move onto another occurrence of the same window: the 23rd onto the 30th.
        MaintenanceWindow self = weekly;
        self.exceptions = {move(QDate(2025, 3, 23), utc(2025, 3, 30, 2), utc(2025, 3, 30, 6))};
        const auto own = Schedule::firstOverlap({}, self, utc(2025, 3, 1), utc(2026, 1, 1));
        QVERIFY(own);
        QCOMPARE(own->mine.windowId, self.id);
        QCOMPARE(own->theirs.windowId, self.id);
        QCOMPARE((QList<QDate> {own->mine.occurrence, own->theirs.occurrence}),
                 (QList<QDate> {QDate(2025, 3, 30), QDate(2025, 3, 23)}));
        // The candidate's own stored version is not another window.
        QVERIFY(!Schedule::firstOverlap({weekly}, weekly, utc(2025, 3, 1), utc(2026, 1, 1)));
        // Outside the range asked nothing is compared: the 16th lies before it.
        QVERIFY(!Schedule::firstOverlap({weekly}, single, utc(2025, 3, 17), utc(2026, 1, 1)));
        // A monthly window on the first Sunday meets the weekly one every month; the first
        // overlap is the first in time.
        const MaintenanceWindow monthly =
            window(utc(2025, 4, 6, 1), utc(2025, 4, 6, 2), kJohannesburg, kMonthly);
        const auto monthlyFound =
            Schedule::firstOverlap({weekly}, monthly, utc(2025, 3, 1), utc(2026, 1, 1));
        QVERIFY(monthlyFound);
        QCOMPARE(monthlyFound->mine.occurrence, QDate(2025, 4, 6));
        QCOMPARE(monthlyFound->theirs.occurrence, QDate(2025, 4, 6));
    }

    void wallClockRules()
    {
        const QTimeZone newYork(kNewYork.toUtf8());
        const QTimeZone berlin(kBerlin.toUtf8());
        // An ordinary time.
        QCOMPARE(Schedule::wallClock(QDate(2025, 1, 15), QTime(2, 0), newYork).toUTC(),
                 utc(2025, 1, 15, 7));
        // 02:30 on 2025-03-09 does not exist in New York (02:00 EST → 03:00 EDT): 03:30 EDT.
        const QDateTime gap = Schedule::wallClock(QDate(2025, 3, 9), QTime(2, 30), newYork);
        QCOMPARE(gap.toUTC(), utc(2025, 3, 9, 7, 30));
        QCOMPARE(gap.time(), QTime(3, 30));
        // 01:30 on 2025-11-02 happens twice in New York: the first, 01:30 EDT = 05:30 UTC.
        QCOMPARE(Schedule::wallClock(QDate(2025, 11, 2), QTime(1, 30), newYork).toUTC(),
                 utc(2025, 11, 2, 5, 30));
        // 02:00 on 2025-10-26 happens twice in Berlin: the first, 02:00 CEST = 00:00 UTC.
        QCOMPARE(Schedule::wallClock(QDate(2025, 10, 26), QTime(2, 0), berlin).toUTC(),
                 utc(2025, 10, 26, 0));
        // 02:00 on 2025-03-30 does not exist in Berlin: 03:00 CEST = 01:00 UTC.
        QCOMPARE(Schedule::wallClock(QDate(2025, 3, 30), QTime(2, 0), berlin).toUTC(),
                 utc(2025, 3, 30, 1));
    }

    void berlinSpringForward()
    {
        // Sundays 02:00–06:00 Berlin from 2025-03-23 (CET: 01:00–05:00 UTC). On the 30th
        // 02:00 does not exist: 03:00 CEST = 01:00 UTC to 06:00 CEST = 04:00 UTC (3 hours).
        // On April 6th: 02:00–06:00 CEST = 00:00–04:00 UTC.
        const MaintenanceWindow w =
            window(utc(2025, 3, 23, 1), utc(2025, 3, 23, 5), kBerlin, kWeekly);
        const auto all = Schedule::occurrences(w, utc(2025, 3, 20), utc(2025, 4, 10));
        QCOMPARE(spans(all),
                 (QList<Span> {{utc(2025, 3, 23, 1), utc(2025, 3, 23, 5)},
                               {utc(2025, 3, 30, 1), utc(2025, 3, 30, 4)},
                               {utc(2025, 4, 6, 0), utc(2025, 4, 6, 4)}}));
        QCOMPARE(dates(all),
                 (QList<QDate> {QDate(2025, 3, 23), QDate(2025, 3, 30), QDate(2025, 4, 6)}));
        const QTimeZone berlin(kBerlin.toUtf8());
        QCOMPARE(all.at(2).startsAt.toTimeZone(berlin).time(), QTime(2, 0));
        QCOMPARE(all.at(2).endsAt.toTimeZone(berlin).time(), QTime(6, 0));
    }

    void berlinFallBack()
    {
        // Sundays 02:00–06:00 Berlin from 2025-10-19 (CEST: 00:00–04:00 UTC). On the 26th
        // 02:00 happens twice: the first, 02:00 CEST = 00:00 UTC, to 06:00 CET = 05:00 UTC
        // (5 hours). November 2nd: 02:00–06:00 CET = 01:00–05:00 UTC.
        const MaintenanceWindow w =
            window(utc(2025, 10, 19, 0), utc(2025, 10, 19, 4), kBerlin, kWeekly);
        const auto all = Schedule::occurrences(w, utc(2025, 10, 18), utc(2025, 11, 5));
        QCOMPARE(spans(all),
                 (QList<Span> {{utc(2025, 10, 19, 0), utc(2025, 10, 19, 4)},
                               {utc(2025, 10, 26, 0), utc(2025, 10, 26, 5)},
                               {utc(2025, 11, 2, 1), utc(2025, 11, 2, 5)}}));
    }

    void newYorkSpringForward()
    {
        // Sundays 02:00–06:00 New York from 2025-03-02 (EST: 07:00–11:00 UTC). On the 9th
        // 02:00 does not exist: 03:00 EDT = 07:00 UTC to 06:00 EDT = 10:00 UTC. The 16th:
        // 02:00–06:00 EDT = 06:00–10:00 UTC.
        const MaintenanceWindow w =
            window(utc(2025, 3, 2, 7), utc(2025, 3, 2, 11), kNewYork, kWeekly);
        const auto all = Schedule::occurrences(w, utc(2025, 3, 1), utc(2025, 3, 17));
        QCOMPARE(spans(all),
                 (QList<Span> {{utc(2025, 3, 2, 7), utc(2025, 3, 2, 11)},
                               {utc(2025, 3, 9, 7), utc(2025, 3, 9, 10)},
                               {utc(2025, 3, 16, 6), utc(2025, 3, 16, 10)}}));
        // The same with defaultNightly, which follows the same rule.
        const auto nightly = MaintenanceWindow::defaultNightly(QDate(2025, 3, 9), kNewYork);
        QCOMPARE(nightly->startsAt, all.at(1).startsAt);
        QCOMPARE(nightly->endsAt, all.at(1).endsAt);
        // Monthly first Sunday 02:00–06:00 New York: March 2nd in EST (07:00 UTC), April 6th
        // in EDT (06:00 UTC).
        const MaintenanceWindow monthly =
            window(utc(2025, 3, 2, 7), utc(2025, 3, 2, 11), kNewYork, kMonthly);
        const auto months = Schedule::occurrences(monthly, utc(2025, 3, 1), utc(2025, 4, 30));
        QCOMPARE(spans(months),
                 (QList<Span> {{utc(2025, 3, 2, 7), utc(2025, 3, 2, 11)},
                               {utc(2025, 4, 6, 6), utc(2025, 4, 6, 10)}}));
    }

    void newYorkFallBack()
    {
        // Sundays 01:30–05:00 New York from 2025-10-26 (EDT: 05:30–09:00 UTC). On November
        // 2nd 01:30 happens twice: the first, 01:30 EDT = 05:30 UTC, to 05:00 EST = 10:00 UTC.
        // November 9th: 01:30–05:00 EST = 06:30–10:00 UTC.
        const MaintenanceWindow w =
            window(utc(2025, 10, 26, 5, 30), utc(2025, 10, 26, 9), kNewYork, kWeekly);
        const auto all = Schedule::occurrences(w, utc(2025, 10, 25), utc(2025, 11, 10));
        QCOMPARE(spans(all),
                 (QList<Span> {{utc(2025, 10, 26, 5, 30), utc(2025, 10, 26, 9)},
                               {utc(2025, 11, 2, 5, 30), utc(2025, 11, 2, 10)},
                               {utc(2025, 11, 9, 6, 30), utc(2025, 11, 9, 10)}}));
        // 02:00–06:00 on that night exists once: 02:00 EST = 07:00 UTC to 11:00 UTC.
        const MaintenanceWindow two =
            window(utc(2025, 10, 26, 6), utc(2025, 10, 26, 10), kNewYork, kWeekly);
        QCOMPARE(spans(Schedule::occurrences(two, utc(2025, 11, 1), utc(2025, 11, 3))),
                 (QList<Span> {{utc(2025, 11, 2, 7), utc(2025, 11, 2, 11)}}));
    }

    void johannesburgSeenFromBerlin()
    {
        // A Johannesburg window (no daylight saving) keeps its UTC instants when Berlin
        // changes its clocks (2025-03-30 01:00 UTC); a viewer in Berlin sees 01:00 CET before,
        // still 01:00 CET on the 30th (00:00 UTC, an hour before the change) and 02:00 CEST
        // after.
        const MaintenanceWindow w =
            window(utc(2025, 3, 23, 0), utc(2025, 3, 23, 4), kJohannesburg, kWeekly);
        const auto all = Schedule::occurrences(w, utc(2025, 3, 20), utc(2025, 4, 10));
        QCOMPARE(spans(all),
                 (QList<Span> {{utc(2025, 3, 23, 0), utc(2025, 3, 23, 4)},
                               {utc(2025, 3, 30, 0), utc(2025, 3, 30, 4)},
                               {utc(2025, 4, 6, 0), utc(2025, 4, 6, 4)}}));
        const QTimeZone berlin(kBerlin.toUtf8());
        QCOMPARE(all.at(0).startsAt.toTimeZone(berlin).time(), QTime(1, 0));
        QCOMPARE(all.at(1).startsAt.toTimeZone(berlin).time(), QTime(1, 0));
        QCOMPARE(all.at(1).endsAt.toTimeZone(berlin).time(), QTime(6, 0));
        QCOMPARE(all.at(2).startsAt.toTimeZone(berlin).time(), QTime(2, 0));
    }

    void validation()
    {
        MaintenanceWindow w =
            window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4), kJohannesburg, kWeekly);
        QVERIFY(Schedule::validate(w).ok());
        // An exception on a day with no occurrence (a Monday).
        w.exceptions = {skip(QDate(2025, 3, 10))};
        auto check = Schedule::validate(w);
        QCOMPARE(check.error().details.value(QLatin1String("field")).toString(),
                 QStringLiteral("exceptions[0].occurrence"));
        QCOMPARE(check.error().details.value(QLatin1String("reason")).toString(),
                 QStringLiteral("unknown_value"));
        // Past until.
        w.recurrence->until = QDate(2025, 3, 9);
        w.exceptions = {skip(QDate(2025, 3, 16))};
        QVERIFY(!Schedule::validate(w).ok());
        // Twice the same occurrence.
        w.recurrence->until = {};
        w.exceptions = {skip(QDate(2025, 3, 16)),
                        move(QDate(2025, 3, 16), utc(2025, 3, 17), utc(2025, 3, 17, 1))};
        QCOMPARE(Schedule::validate(w).error().details.value(QLatin1String("field")).toString(),
                 QStringLiteral("exceptions[1].occurrence"));
        // A move without times, a skip with times.
        w.exceptions = {move(QDate(2025, 3, 16), {}, {})};
        QCOMPARE(Schedule::validate(w).error().details.value(QLatin1String("field")).toString(),
                 QStringLiteral("exceptions[0].starts_at"));
        w.exceptions = {{QDate(2025, 3, 16), MaintenanceException::skip(), utc(2025, 3, 17),
                         utc(2025, 3, 17, 1)}};
        QVERIFY(!Schedule::validate(w).ok());
        w.exceptions = {move(QDate(2025, 3, 16), utc(2025, 3, 17, 1), utc(2025, 3, 17, 1))};
        QCOMPARE(Schedule::validate(w).error().details.value(QLatin1String("reason")).toString(),
                 QStringLiteral("order"));
        // A single window has no exceptions.
        MaintenanceWindow single = window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4));
        single.exceptions = {skip(QDate(2025, 3, 2))};
        QCOMPARE(
            Schedule::validate(single).error().details.value(QLatin1String("field")).toString(),
            QStringLiteral("exceptions"));
        // A weekly window of a week or more would meet its next occurrence.
        const MaintenanceWindow week =
            window(utc(2025, 3, 2, 0), utc(2025, 3, 9, 0), kJohannesburg, kWeekly);
        QCOMPARE(Schedule::validate(week).error().details.value(QLatin1String("field")).toString(),
                 QStringLiteral("ends_at"));
        QVERIFY(Schedule::validate(
                    window(utc(2025, 3, 2, 0), utc(2025, 3, 8, 23), kJohannesburg, kWeekly))
                    .ok());
    }

    void asWindow()
    {
        MaintenanceWindow w =
            window(utc(2025, 3, 2, 0), utc(2025, 3, 2, 4), kJohannesburg, kWeekly);
        w.exceptions = {skip(QDate(2025, 3, 9))};
        const auto occurrence = Schedule::occurrences(w, utc(2025, 3, 5), utc(2025, 3, 20));
        const MaintenanceWindow one = Schedule::asWindow(occurrence.first());
        QCOMPARE(one.id, w.id);
        QCOMPARE(one.startsAt, utc(2025, 3, 16, 0));
        QCOMPARE(one.endsAt, utc(2025, 3, 16, 4));
        QCOMPARE(one.timezone, kJohannesburg);
        QCOMPARE(one.description, w.description);
        QVERIFY(!one.recurrence);
        QVERIFY(one.exceptions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceSchedule)
#include "tst_maintenanceschedule.moc"
