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
    // active_share, 0-1: on an average day of the range, this share of the tier's companies
    // used the feature. Over the range's days, the sum of the tier's companies using it that
    // day divided by the sum of the tier's companies existing that day; 0 when the tier had
    // no companies. Additive, so the server reads it from its daily roll-up.
    double activeShare = 0;
    qint64 uses = 0; // its uses in the range by companies that existed on the day of use

    static Result<FeatureAdoptionRow> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureAdoptionRow &other) const;
    bool operator!=(const FeatureAdoptionRow &other) const { return !(*this == other); }
};

} // namespace sphair::models
