#include "models/item/GrowthChartModel.h"

#include "models/domain/Tier.h"

#include <QMap>

namespace sphair::models {

void GrowthChartModel::setSeries(const GrowthSeries &series)
{
    m_series = series;
    const QList<Tier> &tiers = allTiers();
    QStringList headers {tr("Day")};
    for (Tier tier : tiers)
        headers << tierDisplayName(tier);
    headers << tr("Total") << tr("New") << tr("Churned");

    // Days in order; the answer is ordered already, a map keeps it so for any order.
    QMap<QDate, QVariantList> days;
    for (const GrowthPoint &point : series.points) {
        QVariantList &row = days[point.day];
        if (row.isEmpty()) {
            row.append(point.day.toString(Qt::ISODate));
            for (qsizetype at = 0; at < tiers.size() + 3; ++at)
                row.append(qint64(0));
        }
        const auto tierIndex = tiers.indexOf(point.tier);
        if (tierIndex < 0)
            continue;
        const auto add = [&row](qsizetype column, qint64 amount) {
            row[column] = row.at(column).toLongLong() + amount;
        };
        add(FirstTierColumn + tierIndex, point.companies);
        add(FirstTierColumn + tiers.size(), point.companies);
        add(FirstTierColumn + tiers.size() + 1, point.newCompanies);
        add(FirstTierColumn + tiers.size() + 2, point.churnedCompanies);
    }
    setTable(headers, days.values());
}

int GrowthChartModel::tierCount() const
{
    return static_cast<int>(allTiers().size());
}

int GrowthChartModel::totalColumn() const
{
    return FirstTierColumn + tierCount();
}

int GrowthChartModel::newColumn() const
{
    return totalColumn() + 1;
}

int GrowthChartModel::churnedColumn() const
{
    return totalColumn() + 2;
}

QDate GrowthChartModel::day(int row) const
{
    return QDate::fromString(value(row, DayColumn).toString(), Qt::ISODate);
}

qint64 GrowthChartModel::companies(int row, int tierIndex) const
{
    if (tierIndex < 0 || tierIndex >= tierCount())
        return 0;
    return value(row, FirstTierColumn + tierIndex).toLongLong();
}

qint64 GrowthChartModel::stackedTop(int row, int tierIndex) const
{
    qint64 top = 0;
    for (int at = 0; at <= tierIndex && at < tierCount(); ++at)
        top += companies(row, at);
    return top;
}

} // namespace sphair::models
