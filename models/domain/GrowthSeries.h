#pragma once

#include "models/domain/GrowthPoint.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace sphair::models {

// GET /admin/stats/growth: for every UTC day from `from` to `to` (both included) one point per
// tier (small, medium, large), zeros included, ordered by day then tier.
struct GrowthSeries
{
    QDate from;
    QDate to;
    QList<GrowthPoint> points;

    static Result<GrowthSeries> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const GrowthSeries &other) const;
    bool operator!=(const GrowthSeries &other) const { return !(*this == other); }
};

} // namespace sphair::models
