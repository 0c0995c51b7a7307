#pragma once

#include "models/domain/UsageSeries.h"
#include "models/item/ChartDataModel.h"

#include <QDate>

#include <array>

namespace sphair::models {

// "Logins per day" with the day-of-week pattern: one row per day of a UsageSeries with its
// weekday, its logins and the average logins of that weekday over the whole range (the
// pattern: the mean of the logins of every day of the range falling on that weekday).
class LoginsChartModel : public ChartDataModel
{
    Q_OBJECT
public:
    enum Column { DayColumn, WeekdayColumn, LoginsColumn, WeekdayAverageColumn, ColumnCount };

    using ChartDataModel::ChartDataModel;

    void setSeries(const UsageSeries &series);
    const UsageSeries &series() const { return m_series; }

    QDate day(int row) const;
    qint64 logins(int row) const;
    // The mean logins of the range's days on `dayOfWeek` (1 = Monday … 7 = Sunday, as
    // QDate::dayOfWeek()); 0 when the range has no such day.
    double weekdayAverage(int dayOfWeek) const;
    // How many of the range's days fall on `dayOfWeek`.
    int weekdayDays(int dayOfWeek) const;
    qint64 maximum() const;

private:
    UsageSeries m_series;
    std::array<qint64, 7> m_weekdayLogins {};
    std::array<int, 7> m_weekdayDays {};
};

} // namespace sphair::models
