#pragma once

#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace sphair::client {

// Every catalog feature of one company, as GET /admin/companies/{id}/features answers:
// {"company_id", "tier", "features": [FeatureState…], "version"}. Other fields are ignored.
struct CompanyFeatureSet
{
    QUuid companyId;
    models::Tier tier = models::Tier::Small;
    QList<models::FeatureState> features;
    qint64 version = 0;

    static models::Result<CompanyFeatureSet> fromJson(const QJsonObject &object);
};

} // namespace sphair::client
