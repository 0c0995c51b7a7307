#pragma once

#include "models/domain/FeatureAdoptionRow.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace sphair::models {

// GET /admin/stats/feature-adoption: one row per catalog feature × tier for the UTC days from
// `from` to `to` (both included), by feature code then tier.
struct FeatureAdoption
{
    QDate from;
    QDate to;
    QList<FeatureAdoptionRow> rows;

    static Result<FeatureAdoption> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureAdoption &other) const;
    bool operator!=(const FeatureAdoption &other) const { return !(*this == other); }
};

} // namespace sphair::models
