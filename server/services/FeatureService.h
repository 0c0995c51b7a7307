#pragma once

#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureChangeBatch.h"
#include "models/domain/FeatureChangeBatchResult.h"
#include "models/domain/FeatureMatrixRow.h"
#include "models/domain/FeatureUpdateResult.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"
#include "models/domain/TierTemplatesPreview.h"
#include "server/services/ServiceContext.h"
#include "server/store/CompanyStore.h"
#include "server/store/SqlSession.h"

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

    // A company's features as they stand, each marked licensed when the company's usable
    // license at `now` lists it; nullopt for an unknown company. With `lock`, the company row
    // is locked until commit. Runs in the caller's transaction (operator or the company's
    // tenant scope).
    static models::Result<std::optional<models::CompanyFeatureSet>>
    licensedFeatures(SqlSession &session, const QUuid &companyId, const QDateTime &now,
                     bool lock = false);

    // not_found for an unknown company.
    models::Result<models::CompanyFeatureSet> companyFeatures(const QUuid &companyId) const;
    // One page of the companies `query` lists (its sort and paging), each with its features
    // as companyFeatures() has them, and how many companies match (total; no next_cursor).
    // A fixed number of statements per page, however many companies it holds.
    models::Result<models::Page<models::FeatureMatrixRow>>
    companyFeaturePage(CompanyStore::ListQuery query) const;
    // Applies the changes, or with `dryRun` only works out what they would do.
    models::Result<models::FeatureUpdateResult>
    changeCompanyFeatures(const QUuid &companyId, bool dryRun, const VersionCheck &check,
                          const ChangeReader &read, const Actor &actor) const;

    // Applies the feature changes of several companies in one transaction, each with its audit
    // row, or with batch.dryRun only works out what they would do. Refusals, the first that
    // applies: not_found naming every unknown company (details "company_ids"),
    // precondition_failed naming every company whose version is not the one sent (details
    // FeatureChangeBatch::staleCompaniesKey() and "current_versions"), invalid_field for a
    // code outside the catalog. A refusal changes nothing.
    models::Result<models::FeatureChangeBatchResult>
    changeFeatures(const models::FeatureChangeBatch &batch, const Actor &actor) const;

    models::Result<models::FeatureCatalogDocument> catalog() const;
    // What saveTiers would do, without saving: the catalog as it would stand and how many
    // companies' switched-on features would change.
    models::Result<models::TierTemplatesPreview> previewTiers(const VersionCheck &check,
                                                              const TierReader &read) const;
    // Replaces the tier templates; returns the catalog as it then stands.
    models::Result<models::FeatureCatalogDocument>
    saveTiers(const VersionCheck &check, const TierReader &read, const Actor &actor) const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
