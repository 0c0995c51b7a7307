#include "models/item/LoginsChartModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sphair::models {

void LoginsChartModel::setSeries(const UsageSeries &series)
{
    m_series = series;
    m_weekdayLogins.fill(0);
    m_weekdayDays.fill(0);
    for (const UsagePoint &point : series.points) {
        const int weekday = point.day.dayOfWeek();
        if (weekday < 1 || weekday > 7)
            continue;
        m_weekdayLogins.at(static_cast<size_t>(weekday - 1)) += point.logins;
        ++m_weekdayDays.at(static_cast<size_t>(weekday - 1));
    }
    QList<QVariantList> rows;
    rows.reserve(series.points.size());
    const QLocale locale;
    for (const UsagePoint &point : series.points) {
        rows.append({point.day.toString(Qt::ISODate),
                     locale.dayName(point.day.dayOfWeek(), QLocale::LongFormat), point.logins,
                     std::round(weekdayAverage(point.day.dayOfWeek()) * 100) / 100});
    }
    setTable({tr("Day"), tr("Weekday"), tr("Logins"), tr("Average for the weekday")}, rows);
}

QDate LoginsChartModel::day(int row) const
{
    return QDate::fromString(value(row, DayColumn).toString(), Qt::ISODate);
}

qint64 LoginsChartModel::logins(int row) const
{
    return value(row, LoginsColumn).toLongLong();
}

double LoginsChartModel::weekdayAverage(int dayOfWeek) const
{
    const int days = weekdayDays(dayOfWeek);
    if (days == 0)
        return 0;
    return static_cast<double>(m_weekdayLogins.at(static_cast<size_t>(dayOfWeek - 1))) / days;
}

int LoginsChartModel::weekdayDays(int dayOfWeek) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return 0;
    return m_weekdayDays.at(static_cast<size_t>(dayOfWeek - 1));
}

qint64 LoginsChartModel::maximum() const
{
    qint64 most = 0;
    for (const UsagePoint &point : m_series.points)
        most = std::max(most, point.logins);
    return most;
}

} // namespace sphair::models
