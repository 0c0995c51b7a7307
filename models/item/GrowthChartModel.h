#pragma once

#include "models/domain/GrowthSeries.h"
#include "models/item/ChartDataModel.h"

#include <QDate>

namespace sphair::models {

// "Companies over time by tier" (stacked): one row per day of a GrowthSeries with the
// companies of each tier (allTiers() order), their total, and the companies created and
// churned that day (all tiers). A tier the answer leaves out for a day counts 0.
class GrowthChartModel : public ChartDataModel
{
    Q_OBJECT
public:
    enum Column { DayColumn, FirstTierColumn }; // then one per tier, Total, New, Churned

    using ChartDataModel::ChartDataModel;

    void setSeries(const GrowthSeries &series);
    const GrowthSeries &series() const { return m_series; }

    int tierCount() const;
    int totalColumn() const;
    int newColumn() const;
    int churnedColumn() const;
    QDate day(int row) const;
    // Companies of the tier allTiers()[tierIndex] on `row`'s day.
    qint64 companies(int row, int tierIndex) const;
    // The top of the tier's band in the stacked chart: the companies of tiers 0..tierIndex.
    qint64 stackedTop(int row, int tierIndex) const;

private:
    GrowthSeries m_series;
};

} // namespace sphair::models
