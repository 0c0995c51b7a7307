#include "models/item/WeekGridModel.h"

#include "models/domain/MaintenanceSchedule.h"
#include "models/item/MaintenanceWindowModel.h"

#include <QFont>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace sphair::models {

bool WeekBlock::operator==(const WeekBlock &other) const
{
    return windowId == other.windowId && occurrence == other.occurrence
        && startsAt == other.startsAt && endsAt == other.endsAt && timezone == other.timezone
        && description == other.description && recurring == other.recurring && moved == other.moved;
}

WeekGridModel::WeekGridModel(const QTimeZone &displayZone, const QTimeZone &viewerZone,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_displayZone(displayZone.isValid() ? displayZone : QTimeZone::utc())
    , m_viewerZone(viewerZone.isValid() ? viewerZone : QTimeZone::utc())
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_displayZone).date();
    m_monday = today.addDays(1 - today.dayOfWeek());
}

void WeekGridModel::setZones(const QTimeZone &displayZone, const QTimeZone &viewerZone)
{
    beginResetModel();
    m_displayZone = displayZone.isValid() ? displayZone : QTimeZone::utc();
    m_viewerZone = viewerZone.isValid() ? viewerZone : QTimeZone::utc();
    place();
    endResetModel();
}

void WeekGridModel::setWeek(QDate day)
{
    if (!day.isValid())
        return;
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == m_monday)
        return;
    beginResetModel();
    m_monday = monday;
    place();
    endResetModel();
}

QDateTime WeekGridModel::rangeStart() const
{
    return MaintenanceSchedule::wallClock(m_monday, QTime(0, 0), m_displayZone).toUTC();
}

QDateTime WeekGridModel::rangeEnd() const
{
    return MaintenanceSchedule::wallClock(m_monday.addDays(kDays), QTime(0, 0), m_displayZone)
        .toUTC();
}

void WeekGridModel::setBlocks(QList<WeekBlock> blocks)
{
    beginResetModel();
    m_blocks = std::move(blocks);
    place();
    endResetModel();
}

QModelIndex WeekGridModel::firstCellOf(int block) const
{
    for (const Segment &segment : m_segments) {
        if (segment.block == block)
            return index(segment.firstRow, segment.column);
    }
    return {};
}

int WeekGridModel::blockAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    for (const Segment &segment : m_segments) {
        if (segment.column == index.column() && segment.firstRow <= index.row()
            && index.row() <= segment.lastRow)
            return segment.block;
    }
    const QList<int> inCell = blocksIn(index.column(), index.row());
    return inCell.isEmpty() ? -1 : inCell.first();
}

QString WeekGridModel::blockText(int block) const
{
    if (block < 0 || block >= m_blocks.size())
        return {};
    const WeekBlock &b = m_blocks.at(block);
    const QTimeZone own = MaintenanceWindowModel::zoneOf(b.timezone);
    QString text = MaintenanceWindowModel::spanText(b.startsAt, b.endsAt, own);
    if (m_viewerZone.id() != own.id())
        text += u'\n'
            + tr("Your time: %1")
                  .arg(MaintenanceWindowModel::spanText(b.startsAt, b.endsAt, m_viewerZone));
    if (b.moved)
        text +=
            u'\n' + tr("Moved from %1").arg(QLocale().toString(b.occurrence, QLocale::ShortFormat));
    if (!b.description.isEmpty())
        text += u'\n' + b.description;
    return text;
}

int WeekGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kHours;
}

int WeekGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kDays;
}

QVariant WeekGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const int row = index.row();
    const auto segmentAt = [&]() -> const Segment * {
        for (const Segment &segment : m_segments) {
            if (segment.column == column && segment.firstRow == row)
                return &segment;
        }
        return nullptr;
    };
    switch (role) {
    case Qt::DisplayRole: {
        const Segment *segment = segmentAt();
        return segment ? blockText(segment->block) : QString();
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines;
        const QList<int> inCell = blocksIn(column, row);
        for (int block : inCell)
            lines << blockText(block);
        if (cellStart(column, row) == cellEnd(column, row))
            lines << tr("This hour does not exist on %1: the clocks go forward.")
                         .arg(QLocale().toString(dayOf(column), QLocale::LongFormat));
        else if (m_viewerZone.id() != m_displayZone.id())
            lines << tr("Your time: %1").arg(viewerTime(column, row));
        if (lines.isEmpty())
            return role == Qt::AccessibleTextRole ? tr("Free") : QVariant();
        return lines.join(u'\n');
    }
    case BlockRole: {
        const Segment *segment = segmentAt();
        return segment ? segment->block : -1;
    }
    case BlocksRole:
        return QVariant::fromValue(blocksIn(column, row));
    case SegmentRowsRole: {
        const Segment *segment = segmentAt();
        return segment ? segment->lastRow - segment->firstRow + 1 : 0;
    }
    case MissingHourRole:
        return cellStart(column, row) == cellEnd(column, row);
    case ViewerTimeRole:
        return viewerTime(column, row);
    case CellStartRole:
        return cellStart(column, row).toUTC();
    default:
        return {};
    }
}

QVariant WeekGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_displayZone).date();
    if (role == Qt::FontRole && orientation == Qt::Horizontal && dayOf(section) == today) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= kDays)
            return {};
        const QDate day = dayOf(section);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(day, QLocale::LongFormat);
        const QString text = QLocale().toString(day, QStringLiteral("ddd d MMM"));
        return day == today ? tr("%1 (today)").arg(text) : text;
    }
    if (section < 0 || section >= kHours)
        return {};
    const QString own = QTime(section, 0).toString(QStringLiteral("HH:mm"));
    if (m_viewerZone.id() == m_displayZone.id())
        return own;
    // The viewer's time of this hour; it differs between days when daylight saving changes
    // in the week (in either zone).
    QStringList viewer;
    QStringList perDay;
    for (int column = 0; column < kDays; ++column) {
        const QString text = viewerTime(column, section);
        if (!text.isEmpty() && !viewer.contains(text))
            viewer << text;
        perDay << tr("%1: %2").arg(QLocale().toString(dayOf(column), QStringLiteral("ddd")),
                                   text.isEmpty() ? tr("none") : text);
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 in %2; your time (%3):\n%4")
            .arg(own, QString::fromUtf8(m_displayZone.id()), QString::fromUtf8(m_viewerZone.id()),
                 perDay.join(u'\n'));
    return own + QStringLiteral(" · ") + viewer.join(u'/');
}

QDateTime WeekGridModel::cellStart(int column, int row) const
{
    return MaintenanceSchedule::wallClock(dayOf(column), QTime(row, 0), m_displayZone);
}

QDateTime WeekGridModel::cellEnd(int column, int row) const
{
    if (row + 1 >= kHours)
        return MaintenanceSchedule::wallClock(dayOf(column + 1), QTime(0, 0), m_displayZone);
    return MaintenanceSchedule::wallClock(dayOf(column), QTime(row + 1, 0), m_displayZone);
}

QList<int> WeekGridModel::blocksIn(int column, int row) const
{
    QList<int> found;
    const QDateTime start = cellStart(column, row);
    const QDateTime end = cellEnd(column, row);
    if (start >= end)
        return found;
    for (int block = 0; block < m_blocks.size(); ++block) {
        const WeekBlock &b = m_blocks.at(block);
        if (b.startsAt < end && start < b.endsAt)
            found << block;
    }
    return found;
}

QString WeekGridModel::viewerTime(int column, int row) const
{
    const QDateTime start = cellStart(column, row);
    if (start == cellEnd(column, row))
        return {};
    return start.toTimeZone(m_viewerZone).time().toString(QStringLiteral("HH:mm"));
}

void WeekGridModel::place()
{
    m_segments.clear();
    QList<int> order(m_blocks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_blocks.at(a).startsAt < m_blocks.at(b).startsAt;
    });
    int lastRowIn[kDays];
    std::fill(std::begin(lastRowIn), std::end(lastRowIn), -1);
    for (int block : order) {
        const WeekBlock &b = m_blocks.at(block);
        if (!b.startsAt.isValid() || !b.endsAt.isValid() || b.endsAt <= b.startsAt)
            continue;
        for (int column = 0; column < kDays; ++column) {
            int first = -1;
            int last = -1;
            for (int row = 0; row < kHours; ++row) {
                const QDateTime start = cellStart(column, row);
                const QDateTime end = cellEnd(column, row);
                if (start < end && b.startsAt < end && start < b.endsAt) {
                    if (first < 0)
                        first = row;
                    last = row;
                }
            }
            if (first < 0)
                continue;
            // Two windows that touch inside an hour share its cell: the later one's segment
            // starts below the earlier one's (the cell's tooltip names both).
            first = std::max(first, lastRowIn[column] + 1);
            if (first > last)
                continue;
            m_segments.append(Segment {block, column, first, last});
            lastRowIn[column] = last;
        }
    }
}

} // namespace sphair::models
