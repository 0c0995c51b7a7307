#pragma once

#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>

namespace sphair::models {

// The answer of PUT /admin/companies/{id}/features: whether the changes were applied (false
// for a dry run), what they change, and the company's features afterwards.
struct FeatureUpdateResult
{
    bool applied = false;
    FeatureDiff diff;
    QList<FeatureState> features;
    qint64 version = 0; // the ETag's number afterwards

    static Result<FeatureUpdateResult> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureUpdateResult &other) const;
    bool operator!=(const FeatureUpdateResult &other) const { return !(*this == other); }
};

} // namespace sphair::models
