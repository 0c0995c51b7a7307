#pragma once

#include "models/domain/UsageSeries.h"
#include "models/item/ChartDataModel.h"

#include <QDate>

namespace sphair::models {

// "Active users over time": one row per day of a UsageSeries (the platform's or one
// company's) with its distinct active users.
class ActiveUsersChartModel : public ChartDataModel
{
    Q_OBJECT
public:
    enum Column { DayColumn, ActiveUsersColumn, ColumnCount };

    using ChartDataModel::ChartDataModel;

    void setSeries(const UsageSeries &series);
    const UsageSeries &series() const { return m_series; }

    QDate day(int row) const;
    qint64 activeUsers(int row) const;
    qint64 maximum() const;

private:
    UsageSeries m_series;
};

} // namespace sphair::models
