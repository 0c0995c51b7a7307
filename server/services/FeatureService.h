#pragma once

#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureUpdateResult.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"

#include <QMap>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace sphair::server {

// The feature catalog with its tier templates, and each company's features: reading them and
// changing them in one transaction with their audit row.
class FeatureService
{
public:
    // Read the request's changes or tier templates once the catalog's codes are known.
    using ChangeReader =
        std::function<models::Result<QList<models::FeatureChange>>(const QStringList &codes)>;
    using TierReader = std::function<
        models::Result<QMap<models::Tier, models::FeatureCatalogDocument::TierTemplate>>(
            const QStringList &codes)>;

    explicit FeatureService(ServiceContext &context)
        : m_context(context)
    { }

    // not_found for an unknown company.
    models::Result<models::CompanyFeatureSet> companyFeatures(const QUuid &companyId) const;
    // Applies the changes, or with `dryRun` only works out what they would do.
    models::Result<models::FeatureUpdateResult>
    changeCompanyFeatures(const QUuid &companyId, bool dryRun, const VersionCheck &check,
                          const ChangeReader &read, const Actor &actor) const;

    models::Result<models::FeatureCatalogDocument> catalog() const;
    // Replaces the tier templates; returns the catalog as it then stands.
    models::Result<models::FeatureCatalogDocument>
    saveTiers(const VersionCheck &check, const TierReader &read, const Actor &actor) const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
