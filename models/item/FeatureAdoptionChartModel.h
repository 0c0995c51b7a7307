#pragma once

#include "models/domain/FeatureAdoption.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/Tier.h"
#include "models/item/ChartDataModel.h"

#include <QList>

namespace sphair::models {

// "Feature adoption": one row per feature (the catalog's order, then features the catalog
// does not name, by code) with, per tier (allTiers() order), the tier's companies, how many
// have the feature enabled, its uses in the range, and its active share as a percentage (one
// decimal): on an average day of the range, this share of the tier's companies used the
// feature (FeatureAdoptionRow::activeShare; 0 for a tier without companies).
class FeatureAdoptionChartModel : public ChartDataModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, FirstTierColumn }; // then kColumnsPerTier per tier
    enum TierField { CompaniesField, EnabledField, UsesField, ShareField, kColumnsPerTier };

    using ChartDataModel::ChartDataModel;

    void setAdoption(const FeatureAdoption &adoption,
                     const QList<FeatureCatalogDocument::Entry> &catalog);
    const FeatureAdoption &adoption() const { return m_adoption; }

    static int column(int tierIndex, TierField field)
    {
        return FirstTierColumn + tierIndex * kColumnsPerTier + field;
    }
    QString featureCode(int row) const;
    QString featureName(int row) const;
    qint64 count(int row, int tierIndex, TierField field) const;
    // The tier's active share × 100, unrounded.
    double share(int row, int tierIndex) const;

private:
    FeatureAdoption m_adoption;
    QList<QList<double>> m_shares; // per row and tier, percent, unrounded
};

} // namespace sphair::models
