#include "models/item/ActiveUsersChartModel.h"

#include <algorithm>

namespace sphair::models {

void ActiveUsersChartModel::setSeries(const UsageSeries &series)
{
    m_series = series;
    QList<QVariantList> rows;
    rows.reserve(series.points.size());
    for (const UsagePoint &point : series.points)
        rows.append({point.day.toString(Qt::ISODate), point.activeUsers});
    setTable({tr("Day"), tr("Active users")}, rows);
}

QDate ActiveUsersChartModel::day(int row) const
{
    return QDate::fromString(value(row, DayColumn).toString(), Qt::ISODate);
}

qint64 ActiveUsersChartModel::activeUsers(int row) const
{
    return value(row, ActiveUsersColumn).toLongLong();
}

qint64 ActiveUsersChartModel::maximum() const
{
    qint64 most = 0;
    for (int row = 0; row < rowCount(); ++row)
        most = std::max(most, activeUsers(row));
    return most;
}

} // namespace sphair::models
