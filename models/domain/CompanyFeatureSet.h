#pragma once

#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace sphair::models {

// Every catalog feature of one company, as GET /admin/companies/{id}/features answers (the
// CompanyFeatures schema): {"company_id", "tier", "features": [FeatureState…], "version"}.
// Other fields are ignored.
struct CompanyFeatureSet
{
    QUuid companyId; // company_id
    Tier tier = Tier::Small;
    QList<FeatureState> features; // the whole catalog, in catalog order
    qint64 version = 0; // the ETag's number

    static Result<CompanyFeatureSet> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const CompanyFeatureSet &other) const;
    bool operator!=(const CompanyFeatureSet &other) const { return !(*this == other); }
};

} // namespace sphair::models
