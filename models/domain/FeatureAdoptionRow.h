#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QJsonObject>
#include <QString>

namespace sphair::models {

// One catalog feature in one tier of GET /admin/stats/feature-adoption. Every field is
// required on input.
struct FeatureAdoptionRow
{
    QString featureCode; // feature_code
    Tier tier = Tier::Small;
    qint64 companies = 0; // companies of the tier existing (not deleted) at the range's end
    qint64 enabled = 0; // of those, how many have the feature enabled now
    qint64 using_ = 0; // wire "using": of those, how many used it at least once in the range
    qint64 uses = 0; // the sum of its uses in the range

    static Result<FeatureAdoptionRow> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureAdoptionRow &other) const;
    bool operator!=(const FeatureAdoptionRow &other) const { return !(*this == other); }
};

} // namespace sphair::models
