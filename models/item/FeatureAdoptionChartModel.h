#pragma once

#include "models/domain/FeatureAdoption.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/Tier.h"
#include "models/item/ChartDataModel.h"

#include <QList>

namespace sphair::models {

// "Feature adoption": one row per feature (the catalog's order, then features the catalog
// does not name, by code) with, per tier (allTiers() order), the tier's companies, how many
// have the feature enabled, how many used it in the range, and the share using it (percent,
// one decimal; 0 for a tier without companies).
class FeatureAdoptionChartModel : public ChartDataModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, FirstTierColumn }; // then kColumnsPerTier per tier
    enum TierField { CompaniesField, EnabledField, UsingField, ShareField, kColumnsPerTier };

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
    // using / companies × 100 of the tier, unrounded.
    double share(int row, int tierIndex) const;

private:
    FeatureAdoption m_adoption;
};

} // namespace sphair::models
