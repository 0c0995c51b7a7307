#pragma once

#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QJsonObject>
#include <QList>

namespace sphair::models {

// The answer of GET /api/company/features (schema TenantFeatures): the token's company's tier
// and the state of every feature, without the company's own fields.
struct TenantFeatures
{
    Tier tier = Tier::Small;
    QList<FeatureState> features;

    static Result<TenantFeatures> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const TenantFeatures &other) const
    {
        return tier == other.tier && features == other.features;
    }
    bool operator!=(const TenantFeatures &other) const { return !(*this == other); }
};

} // namespace sphair::models
