#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>

namespace sphair::models {

// One maintenance window occurrence as the week view draws it: a block from startsAt to
// endsAt (UTC instants).
struct WeekBlock
{
    QUuid windowId;
    QDate occurrence; // the local date (in `timezone`) the occurrence was planned on
    QDateTime startsAt;
    QDateTime endsAt;
    QString timezone; // the window's zone (IANA)
    QString description;
    bool recurring = false;
    bool moved = false;

    bool operator==(const WeekBlock &other) const;
    bool operator!=(const WeekBlock &other) const { return !(*this == other); }
};

// The week view's calendar grid: 7 columns (Monday to Sunday) × 24 rows (the hours 00–23) of
// one week as the clock in the display zone reads it, with the blocks that fall into it. The
// display zone is the platform zone (Africa/Johannesburg) or the viewer's own; every cell
// also knows the viewer's local time of its hour, which the row headers show beside the
// display zone's.
//
// Everything is placed by UTC instants: an hour is [h:00, h+1:00) of its day in the display
// zone, so an hour that a daylight saving change skips is empty (MissingHourRole) and an hour
// that it repeats lasts two, and a block covers the rows whose hours it overlaps. A block
// across midnight has one segment per day.
class WeekGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kDays = 7;
    static constexpr int kHours = 24;

    enum Role {
        BlockRole = Qt::UserRole, // int: the block that starts a segment in this cell, or -1
        BlocksRole, // QList<int>: every block overlapping the cell's hour
        SegmentRowsRole, // int: the rows the cell's segment spans (0 unless BlockRole ≥ 0)
        MissingHourRole, // bool: the display zone's clock skips this hour that day
        ViewerTimeRole, // QString: the viewer's local time when the hour starts
        CellStartRole, // QDateTime (UTC): when the hour starts
    };

    // One block's part on one day: rows firstRow..lastRow of `column`.
    struct Segment
    {
        int block = -1;
        int column = 0;
        int firstRow = 0;
        int lastRow = 0;
    };

    // `displayZone`: the zone whose clock the grid shows; `viewerZone`: the viewer's own.
    WeekGridModel(const QTimeZone &displayZone, const QTimeZone &viewerZone,
                  QObject *parent = nullptr);

    QTimeZone displayZone() const { return m_displayZone; }
    QTimeZone viewerZone() const { return m_viewerZone; }
    void setZones(const QTimeZone &displayZone, const QTimeZone &viewerZone);

    // The week that holds `day` (a date in the display zone); it starts on Monday.
    void setWeek(QDate day);
    QDate weekStart() const { return m_monday; }
    QDate dayOf(int column) const { return m_monday.addDays(column); }
    // The instants the week covers: Monday 00:00 to the next Monday 00:00 in the display zone.
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    // The occurrences to draw (any order; those outside the week are kept but not placed).
    void setBlocks(QList<WeekBlock> blocks);
    const QList<WeekBlock> &blocks() const { return m_blocks; }
    const QList<Segment> &segments() const { return m_segments; }
    // The cell where block `block`'s first segment starts (invalid when not in this week).
    QModelIndex firstCellOf(int block) const;
    // The block whose segment covers `index` (-1 when none).
    int blockAt(const QModelIndex &index) const;

    // A block's two lines: the window's own zone and, if another, the viewer's.
    QString blockText(int block) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDateTime cellStart(int column, int row) const;
    QDateTime cellEnd(int column, int row) const;
    QList<int> blocksIn(int column, int row) const;
    QString viewerTime(int column, int row) const;
    void place();

    QTimeZone m_displayZone;
    QTimeZone m_viewerZone;
    QDate m_monday;
    QList<WeekBlock> m_blocks;
    QList<Segment> m_segments;
};

} // namespace sphair::models
