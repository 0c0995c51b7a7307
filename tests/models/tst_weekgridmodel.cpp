#include "models/item/MaintenanceWindowModel.h"
#include "models/item/WeekGridModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sphair::models;

namespace {

const QTimeZone kPlatform("Africa/Johannesburg");
const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

WeekBlock block(const QDateTime &start, const QDateTime &end,
                const QString &zone = QStringLiteral("Africa/Johannesburg"),
                const QString &description = {})
{
    WeekBlock b;
    b.windowId = QUuid::createUuid();
    b.occurrence = start.toTimeZone(MaintenanceWindowModel::zoneOf(b.timezone)).date();
    b.startsAt = start;
    b.endsAt = end;
    b.timezone = zone.isEmpty() ? MaintenanceWindow::defaultTimeZone() : zone;
    b.description = description;
    return b;
}

MaintenanceWindow window(const QDateTime &start, const QDateTime &end,
                         const QString &description = {})
{
    MaintenanceWindow w;
    w.id = QUuid::createUuid();
    w.startsAt = start;
    w.endsAt = end;
    w.description = description;
    return w;
}

} // namespace

// The Windows view's models: the list of windows and the week grid, each under
// QAbstractItemModelTester throughout. The grid is given its display and viewer zones, so the
// daylight saving changes of Europe/Berlin (29 Mar 2026, 02:00 → 03:00) and America/New_York
// (8 Mar 2026 forward, 1 Nov 2026 back) are tested whatever zone the machine is in.
class TestWeekGridModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<WeekGridModel> m_grid;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeGrid(const QTimeZone &display, const QTimeZone &viewer, QDate week)
    {
        m_tester.reset();
        m_grid = std::make_unique<WeekGridModel>(display, viewer);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_grid.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_grid->setWeek(week);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(kPlatform.isValid());
        QVERIFY(kBerlin.isValid());
        QVERIFY(kNewYork.isValid());
    }

    void cleanup()
    {
        m_tester.reset();
        m_grid.reset();
    }

    void spanTextAcrossDaylightSaving()
    {
        // 02:00–06:00 in Johannesburg on the night Berlin moves its clocks forward.
        const QDateTime start = utc(2026, 3, 29, 0);
        const QDateTime end = utc(2026, 3, 29, 4);
        QCOMPARE(MaintenanceWindowModel::spanText(start, end, kPlatform),
                 QStringLiteral("Sun 29 Mar 2026, 02:00–06:00 SAST"));
        QCOMPARE(MaintenanceWindowModel::spanText(start, end, kBerlin),
                 QStringLiteral("Sun 29 Mar 2026, 01:00 CET – 06:00 CEST"));
        // New York falls back on 1 Nov: 00:00 EDT to 04:00 EST is five hours.
        QCOMPARE(
            MaintenanceWindowModel::spanText(utc(2026, 11, 1, 4), utc(2026, 11, 1, 9), kNewYork),
            QStringLiteral("Sun 1 Nov 2026, 00:00 EDT – 04:00 EST"));
        // Across midnight: the end's date too.
        QCOMPARE(
            MaintenanceWindowModel::spanText(utc(2026, 3, 27, 21), utc(2026, 3, 28, 1), kPlatform),
            QStringLiteral("Fri 27 Mar 2026, 23:00 – Sat 28 Mar 2026, 03:00 SAST"));
    }

    void windowList()
    {
        MaintenanceWindowModel model(nullptr, kBerlin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(MaintenanceWindowModel::ColumnCount));
        const MaintenanceWindow late =
            window(utc(2026, 3, 29, 0), utc(2026, 3, 29, 4), QStringLiteral("late"));
        const MaintenanceWindow early =
            window(utc(2026, 3, 22, 0), utc(2026, 3, 22, 4), QStringLiteral("early"));
        model.setWindows({early, late});
        QCOMPARE(model.rowCount(), 2);
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(1, MaintenanceWindowModel::WhenColumn),
                 QStringLiteral("Sun 29 Mar 2026, 02:00–06:00 SAST"));
        QCOMPARE(cell(1, MaintenanceWindowModel::ViewerColumn),
                 QStringLiteral("Sun 29 Mar 2026, 01:00 CET – 06:00 CEST"));
        QCOMPARE(cell(0, MaintenanceWindowModel::ViewerColumn),
                 QStringLiteral("Sun 22 Mar 2026, 01:00–05:00 CET"));
        QCOMPARE(cell(0, MaintenanceWindowModel::DescriptionColumn), QStringLiteral("early"));
        QCOMPARE(model.index(1, 0).data(MaintenanceWindowModel::WindowIdRole).toUuid(), late.id);
        QVERIFY(model.headerData(MaintenanceWindowModel::ViewerColumn, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("Europe/Berlin")));

        // A new window goes where its start belongs; a changed one stays in its row.
        const MaintenanceWindow middle =
            window(utc(2026, 3, 25, 0), utc(2026, 3, 25, 4), QStringLiteral("middle"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsert(middle);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(middle.id), 1);
        MaintenanceWindow changed = middle;
        changed.description = QStringLiteral("changed");
        model.upsert(changed);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(1, MaintenanceWindowModel::DescriptionColumn), QStringLiteral("changed"));
        model.remove(early.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(early.id), -1);
        model.remove(early.id); // gone already: nothing happens
        QCOMPARE(model.rowCount(), 2);

        model.setViewerZone(kNewYork);
        QCOMPARE(cell(1, MaintenanceWindowModel::ViewerColumn),
                 QStringLiteral("Sat 28 Mar 2026, 20:00 – Sun 29 Mar 2026, 00:00 EDT"));
    }

    // The platform's grid (no daylight saving in Johannesburg) seen from Berlin in the week
    // Berlin moves its clocks: the window keeps its rows, the viewer's time beside it moves.
    void platformGridBerlinViewer()
    {
        makeGrid(kPlatform, kBerlin, QDate(2026, 3, 26));
        QCOMPARE(m_grid->weekStart(), QDate(2026, 3, 23));
        QCOMPARE(m_grid->rangeStart(), utc(2026, 3, 22, 22));
        QCOMPARE(m_grid->rangeEnd(), utc(2026, 3, 29, 22));
        m_grid->setBlocks(
            {block(utc(2026, 3, 28, 0), utc(2026, 3, 28, 4)),
             block(utc(2026, 3, 29, 0), utc(2026, 3, 29, 4), {}, QStringLiteral("switch"))});
        QCOMPARE(m_grid->segments().size(), 2);
        const WeekGridModel::Segment sunday = m_grid->segments().at(1);
        QCOMPARE(sunday.block, 1);
        QCOMPARE(sunday.column, 6);
        QCOMPARE(sunday.firstRow, 2);
        QCOMPARE(sunday.lastRow, 5);
        QCOMPARE(m_grid->index(2, 6).data(WeekGridModel::SegmentRowsRole).toInt(), 4);
        QCOMPARE(m_grid->blockAt(m_grid->index(4, 6)), 1);
        QCOMPARE(m_grid->blockAt(m_grid->index(1, 6)), -1);
        QCOMPARE(m_grid->firstCellOf(1), m_grid->index(2, 6));
        const QString text = m_grid->index(2, 6).data().toString();
        QVERIFY2(text.contains(QStringLiteral("02:00–06:00 SAST")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Your time: Sun 29 Mar 2026, 01:00 CET – 06:00 CEST")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("switch")), qPrintable(text));
        // Saturday's window: 01:00–05:00 in Berlin.
        QVERIFY(m_grid->index(2, 5).data().toString().contains(
            QStringLiteral("Your time: Sat 28 Mar 2026, 01:00–05:00 CET")));
        // Berlin's clocks jump at 03:00 SAST: the viewer's time of 03:00 SAST is 02:00 until
        // Saturday and 03:00 on Sunday; 02:00 SAST stays 01:00.
        QCOMPARE(m_grid->index(3, 5).data(WeekGridModel::ViewerTimeRole).toString(),
                 QStringLiteral("02:00"));
        QCOMPARE(m_grid->index(3, 6).data(WeekGridModel::ViewerTimeRole).toString(),
                 QStringLiteral("03:00"));
        QCOMPARE(m_grid->headerData(3, Qt::Vertical).toString(),
                 QStringLiteral("03:00 · 02:00/03:00"));
        QCOMPARE(m_grid->headerData(2, Qt::Vertical).toString(), QStringLiteral("02:00 · 01:00"));
        QVERIFY(m_grid->headerData(3, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Sun: 03:00")));
        QCOMPARE(m_grid->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Mon 23 Mar"));
        // No hour is missing in Johannesburg.
        for (int row = 0; row < WeekGridModel::kHours; ++row)
            QVERIFY(!m_grid->index(row, 6).data(WeekGridModel::MissingHourRole).toBool());
    }

    // The same week in the viewer's own zone: 02:00 does not exist on Sunday; the window
    // (01:00 CET – 06:00 CEST) covers the rows 01 to 05 around the missing hour.
    void berlinGrid()
    {
        makeGrid(kBerlin, kBerlin, QDate(2026, 3, 29));
        QCOMPARE(m_grid->weekStart(), QDate(2026, 3, 23));
        // The week is one hour shorter.
        QCOMPARE(m_grid->rangeStart().secsTo(m_grid->rangeEnd()), 7 * 24 * 3600 - 3600);
        m_grid->setBlocks({block(utc(2026, 3, 29, 0), utc(2026, 3, 29, 4))});
        QCOMPARE(m_grid->segments().size(), 1);
        QCOMPARE(m_grid->segments().first().column, 6);
        QCOMPARE(m_grid->segments().first().firstRow, 1);
        QCOMPARE(m_grid->segments().first().lastRow, 5);
        QVERIFY(m_grid->index(2, 6).data(WeekGridModel::MissingHourRole).toBool());
        QVERIFY(!m_grid->index(2, 5).data(WeekGridModel::MissingHourRole).toBool());
        QVERIFY(m_grid->index(2, 6).data(WeekGridModel::BlocksRole).value<QList<int>>().isEmpty());
        QCOMPARE(m_grid->index(3, 6).data(WeekGridModel::BlocksRole).value<QList<int>>(),
                 QList<int> {0});
        QVERIFY(m_grid->index(2, 6)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("does not exist")));
        // Viewer and display zone are one: the rows show one time.
        QCOMPARE(m_grid->headerData(2, Qt::Vertical).toString(), QStringLiteral("02:00"));
    }

    // New York in its spring-forward week, seen from Berlin (not changing yet).
    void newYorkSpringForward()
    {
        makeGrid(kNewYork, kBerlin, QDate(2026, 3, 2));
        // 01:00 EST – 05:00 EDT on Sunday 8 March: 06:00 to 09:00 UTC.
        m_grid->setBlocks(
            {block(utc(2026, 3, 8, 6), utc(2026, 3, 8, 9), QStringLiteral("America/New_York"))});
        QVERIFY(m_grid->index(2, 6).data(WeekGridModel::MissingHourRole).toBool());
        QCOMPARE(m_grid->segments().size(), 1);
        QCOMPARE(m_grid->segments().first().firstRow, 1);
        QCOMPARE(m_grid->segments().first().lastRow, 4);
        const QString text = m_grid->index(1, 6).data().toString();
        QVERIFY2(text.startsWith(QStringLiteral("Sun 8 Mar 2026, 01:00 EST – 05:00 EDT")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Your time: Sun 8 Mar 2026, 07:00–10:00 CET")),
                 qPrintable(text));
        // 03:00 EDT on Sunday is 08:00 in Berlin, 03:00 EST on Saturday 09:00.
        QCOMPARE(m_grid->index(3, 6).data(WeekGridModel::ViewerTimeRole).toString(),
                 QStringLiteral("08:00"));
        QCOMPARE(m_grid->index(3, 5).data(WeekGridModel::ViewerTimeRole).toString(),
                 QStringLiteral("09:00"));
        QCOMPARE(m_grid->headerData(3, Qt::Vertical).toString(),
                 QStringLiteral("03:00 · 09:00/08:00"));
    }

    // New York falls back: 01:00 happens twice, the night's window lasts five hours.
    void newYorkFallBack()
    {
        makeGrid(kNewYork, kNewYork, QDate(2026, 11, 1));
        QCOMPARE(m_grid->weekStart(), QDate(2026, 10, 26));
        QCOMPARE(m_grid->rangeStart().secsTo(m_grid->rangeEnd()), 7 * 24 * 3600 + 3600);
        m_grid->setBlocks(
            {block(utc(2026, 11, 1, 4), utc(2026, 11, 1, 9), QStringLiteral("America/New_York"))});
        QCOMPARE(m_grid->segments().size(), 1);
        QCOMPARE(m_grid->segments().first().firstRow, 0);
        QCOMPARE(m_grid->segments().first().lastRow, 3);
        // The repeated hour's cell lasts two hours.
        const QDateTime one = m_grid->index(1, 6).data(WeekGridModel::CellStartRole).toDateTime();
        const QDateTime two = m_grid->index(2, 6).data(WeekGridModel::CellStartRole).toDateTime();
        QCOMPARE(one.secsTo(two), 2 * 3600);
        // Seen on the platform's grid: 06:00–11:00 SAST on Sunday.
        m_grid->setZones(kPlatform, kNewYork);
        QCOMPARE(m_grid->segments().first().firstRow, 6);
        QCOMPARE(m_grid->segments().first().lastRow, 10);
        QVERIFY(m_grid->index(6, 6).data().toString().startsWith(
            QStringLiteral("Sun 1 Nov 2026, 00:00 EDT – 04:00 EST")));
    }

    // A window across midnight has a segment on each day; one that leaves the week is cut at
    // its end; two touching inside an hour share the cell.
    void segmentsAcrossDays()
    {
        makeGrid(kPlatform, kPlatform, QDate(2026, 12, 2));
        QCOMPARE(m_grid->weekStart(), QDate(2026, 11, 30));
        m_grid->setBlocks({
            block(utc(2026, 12, 1, 20), utc(2026, 12, 2, 1)), // Tue 22:00 – Wed 03:00
            block(utc(2026, 12, 6, 20), utc(2026, 12, 7, 2)), // Sun 22:00 – Mon 04:00
            block(utc(2026, 12, 3, 0), utc(2026, 12, 3, 1, 30)), // Thu 02:00–03:30
            block(utc(2026, 12, 3, 1, 30), utc(2026, 12, 3, 4)), // Thu 03:30–06:00
            block(utc(2026, 12, 20, 0), utc(2026, 12, 20, 4)), // another week
        });
        QList<QList<int>> placed;
        for (const WeekGridModel::Segment &s : m_grid->segments())
            placed.append({s.block, s.column, s.firstRow, s.lastRow});
        const QList<QList<int>> expected {
            {0, 1, 22, 23}, {0, 2, 0, 2}, {2, 3, 2, 3}, {3, 3, 4, 5}, {1, 6, 22, 23},
        };
        QCOMPARE(placed, expected);
        QCOMPARE(m_grid->index(3, 3).data(WeekGridModel::BlocksRole).value<QList<int>>(),
                 (QList<int> {2, 3}));
        QVERIFY(!m_grid->firstCellOf(4).isValid());
        // Another week: the blocks stay, the segments follow.
        QSignalSpy reset(m_grid.get(), &QAbstractItemModel::modelReset);
        m_grid->setWeek(QDate(2026, 12, 20));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_grid->segments().size(), 1);
        QCOMPARE(m_grid->segments().first().block, 4);
        m_grid->setWeek(QDate(2026, 12, 18)); // the same week: nothing happens
        QCOMPARE(reset.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWeekGridModel)
#include "tst_weekgridmodel.moc"
