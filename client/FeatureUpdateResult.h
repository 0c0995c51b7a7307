#pragma once

#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>

namespace sphair::client {

// The answer of PUT /admin/companies/{id}/features: whether the changes were applied (false
// for a dry run), what they change, and the company's features afterwards.
struct FeatureUpdateResult
{
    bool applied = false;
    models::FeatureDiff diff;
    QList<models::FeatureState> features;
    qint64 version = 0;

    static models::Result<FeatureUpdateResult> fromJson(const QJsonObject &object);
};

} // namespace sphair::client
