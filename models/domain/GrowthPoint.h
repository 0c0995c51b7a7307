#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QDate>
#include <QJsonObject>

namespace sphair::models {

// One UTC day and tier of the platform's growth (GET /admin/stats/growth), read from the
// daily platform roll-up: companies existing at the end of the day, created that day, churned
// (suspended or deleted) that day, and companies with any active user that day. Every field is
// required on input.
struct GrowthPoint
{
    QDate day; // "YYYY-MM-DD"
    Tier tier = Tier::Small;
    qint64 companies = 0;
    qint64 newCompanies = 0; // new_companies
    qint64 churnedCompanies = 0; // churned_companies
    qint64 activeCompanies = 0; // active_companies

    static Result<GrowthPoint> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const GrowthPoint &other) const;
    bool operator!=(const GrowthPoint &other) const { return !(*this == other); }
};

} // namespace sphair::models
