#include "models/item/MaintenanceWindowModel.h"

#include <QLocale>

#include <algorithm>

namespace sphair::models {

namespace {

QString dateText(const QDateTime &local)
{
    return QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy"));
}

QString timeText(const QDateTime &local)
{
    return local.time().toString(QStringLiteral("HH:mm"));
}

QString abbreviation(const QDateTime &local, const QTimeZone &zone)
{
    return zone.abbreviation(local);
}

} // namespace

MaintenanceWindowModel::MaintenanceWindowModel(QObject *parent, const QTimeZone &viewerZone)
    : QAbstractTableModel(parent)
    , m_viewerZone(viewerZone.isValid() ? viewerZone : QTimeZone::utc())
{ }

void MaintenanceWindowModel::setWindows(QList<MaintenanceWindow> windows)
{
    beginResetModel();
    m_windows = std::move(windows);
    endResetModel();
}

int MaintenanceWindowModel::rowOf(const QUuid &id) const
{
    const auto found = std::find_if(m_windows.cbegin(), m_windows.cend(),
                                    [&id](const MaintenanceWindow &w) { return w.id == id; });
    return found == m_windows.cend() ? -1 : int(found - m_windows.cbegin());
}

void MaintenanceWindowModel::upsert(const MaintenanceWindow &window)
{
    const int row = rowOf(window.id);
    if (row >= 0) {
        m_windows[row] = window;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Kept in start order, as the server lists them.
    const auto at = std::upper_bound(m_windows.cbegin(), m_windows.cend(), window,
                                     [](const MaintenanceWindow &a, const MaintenanceWindow &b) {
                                         return a.startsAt < b.startsAt;
                                     });
    const int insertAt = int(at - m_windows.cbegin());
    beginInsertRows({}, insertAt, insertAt);
    m_windows.insert(insertAt, window);
    endInsertRows();
}

void MaintenanceWindowModel::remove(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_windows.removeAt(row);
    endRemoveRows();
}

void MaintenanceWindowModel::setViewerZone(const QTimeZone &zone)
{
    m_viewerZone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_windows.isEmpty())
        emit dataChanged(index(0, ViewerColumn), index(rowCount() - 1, ViewerColumn));
    emit headerDataChanged(Qt::Horizontal, ViewerColumn, ViewerColumn);
}

int MaintenanceWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int MaintenanceWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaintenanceWindowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MaintenanceWindow &window = m_windows.at(index.row());
    switch (role) {
    case WindowIdRole:
        return window.id;
    case StartsAtRole:
        return window.startsAt;
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return spanText(window.startsAt, window.endsAt, zoneOf(window.timezone));
        case ViewerColumn:
            return spanText(window.startsAt, window.endsAt, m_viewerZone);
        case RepeatsColumn:
            return repeatText(window);
        case DescriptionColumn:
            return window.description;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return tr("In %1").arg(window.timezone);
        if (index.column() == ViewerColumn)
            return tr("Your time (%1)").arg(QString::fromUtf8(m_viewerZone.id()));
        if (index.column() == DescriptionColumn && !window.description.isEmpty())
            return window.description;
        return {};
    default:
        return {};
    }
}

QVariant MaintenanceWindowModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When (window's zone)");
    case ViewerColumn:
        return tr("Your time (%1)").arg(QString::fromUtf8(m_viewerZone.id()));
    case RepeatsColumn:
        return tr("Repeats");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

QString MaintenanceWindowModel::spanText(const QDateTime &start, const QDateTime &end,
                                         const QTimeZone &zone)
{
    if (!start.isValid() || !end.isValid())
        return {};
    const QDateTime from = start.toTimeZone(zone);
    const QDateTime to = end.toTimeZone(zone);
    const QString fromZone = abbreviation(from, zone);
    const QString toZone = abbreviation(to, zone);
    QString text = dateText(from) + QStringLiteral(", ") + timeText(from);
    if (from.date() != to.date()) {
        if (fromZone != toZone)
            text += u' ' + fromZone;
        return text + QStringLiteral(" – ") + dateText(to) + QStringLiteral(", ") + timeText(to)
            + u' ' + toZone;
    }
    if (fromZone != toZone)
        return text + u' ' + fromZone + QStringLiteral(" – ") + timeText(to) + u' ' + toZone;
    return text + QStringLiteral("–") + timeText(to) + u' ' + toZone;
}

QString MaintenanceWindowModel::repeatText(const MaintenanceWindow &window)
{
    if (!window.recurrence)
        return repeatText(QString(), {});
    const QDate first = window.startsAt.toTimeZone(zoneOf(window.timezone)).date();
    QString text = repeatText(window.recurrence->frequency, first, window.recurrence->until);
    if (!window.exceptions.isEmpty())
        text += u' ' + tr("(%n changed)", nullptr, int(window.exceptions.size()));
    return text;
}

QString MaintenanceWindowModel::repeatText(const QString &frequency, QDate first, QDate until)
{
    if (frequency.isEmpty() || !first.isValid())
        return tr("Once");
    const QString weekday = QLocale().dayName(first.dayOfWeek());
    QString text;
    if (frequency == MaintenanceRecurrence::monthly()) {
        switch ((first.day() - 1) / 7 + 1) {
        case 1:
            text = tr("Every month on the first %1");
            break;
        case 2:
            text = tr("Every month on the second %1");
            break;
        case 3:
            text = tr("Every month on the third %1");
            break;
        case 4:
            text = tr("Every month on the fourth %1");
            break;
        default:
            text = tr("Every month on the last %1");
            break;
        }
        text = text.arg(weekday);
    } else {
        text = tr("Every %1").arg(weekday);
    }
    if (until.isValid())
        text = tr("%1 until %2").arg(text, QLocale().toString(until, QStringLiteral("d MMM yyyy")));
    return text;
}

QTimeZone MaintenanceWindowModel::zoneOf(const QString &id)
{
    const QByteArray name = id.toUtf8();
    if (name.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(name))
        return QTimeZone::utc();
    return QTimeZone(name);
}

} // namespace sphair::models
