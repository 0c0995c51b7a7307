#pragma once

#include "models/domain/Company.h"
#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/Result.h"

#include <QJsonObject>

namespace sphair::models {

// One company with its features, one row of the tenant × feature matrix, as a page of
// GET /admin/features/companies holds it (the FeatureMatrixRow schema):
// {"company": Company, "features": CompanyFeatures}.
struct FeatureMatrixRow
{
    Company company;
    CompanyFeatureSet features; // licensed flags as the company's usable license has them

    static Result<FeatureMatrixRow> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureMatrixRow &other) const;
    bool operator!=(const FeatureMatrixRow &other) const { return !(*this == other); }
};

} // namespace sphair::models
