#pragma once

#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sphair::models {

// What a bulk feature update changed for one company, as the server answers the PUT and the
// console shows before applying staged edits: features turned on (added), turned off
// (removed), and enabled before and after (unchanged). Each list is sorted; all three are
// required on input.
struct FeatureDiff
{
    QStringList added;
    QStringList removed;
    QStringList unchanged;

    static FeatureDiff between(const QStringList &enabledBefore, const QStringList &enabledAfter);
    static FeatureDiff between(const QList<FeatureState> &before, const QList<FeatureState> &after);
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty(); }

    static Result<FeatureDiff> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureDiff &other) const;
    bool operator!=(const FeatureDiff &other) const { return !(*this == other); }
};

} // namespace sphair::models
