#pragma once

#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUuid>

namespace sphair::server {

// The feature catalog, the tier templates and ranges (editable on the server) and each
// company's feature overrides and settings. A company_features row with source 'override'
// switches a feature on or off; a row with source 'tier' only carries settings (config) and
// leaves the switch to the tier's template as it is now. config holds the settings set for
// the company (FeatureSettings); the others take their defaults. Runs in the caller's transaction;
// the company-scoped reads filter by company_id themselves, so they also run in tenant scope.
class FeatureStore
{
public:
    // The catalog in catalog order, each tier's range and template (features in catalog order)
    // and the catalog's ETag version.
    static models::Result<models::FeatureCatalogDocument> catalog(SqlSession &session);
    // Locks the tier rows until commit (PostgreSQL), so two editors of the templates take
    // turns.
    static models::Status lockTiers(SqlSession &session);
    // The tier ranges as this server has them (they are editable), so a license is judged by
    // the same user ranges as the companies it is registered for.
    static models::Result<models::TierPolicy> tierPolicy(SqlSession &session);
    // The highest tier_ranges.version: the catalog's ETag.
    static models::Result<qint64> catalogVersion(SqlSession &session);
    // Replaces the ranges and templates of every tier and bumps the catalog version.
    static models::Status
    saveTiers(SqlSession &session,
              const QMap<models::Tier, models::FeatureCatalogDocument::TierTemplate> &tiers);

    // The company's tier template with its overrides on top; nullopt for an unknown company.
    // With `lock`, the company row is locked until commit (PostgreSQL).
    static models::Result<std::optional<models::CompanyFeatureSet>>
    companyFeatures(SqlSession &session, const QUuid &companyId, bool lock = false);
    // The same for several companies at once (a page of them), by company id; unknown ids
    // are left out. A fixed number of statements, however many companies.
    static models::Result<QHash<QUuid, models::CompanyFeatureSet>>
    companyFeatureSets(SqlSession &session, const QList<QUuid> &companyIds);
    // Applies `changes` (already validated: catalog codes, each once, configs that fit the
    // feature's settings) and bumps the company's features_version.
    static models::Status applyChanges(SqlSession &session, const QUuid &companyId,
                                       const QList<models::FeatureChange> &changes);

    // Every company that is not deleted, with its tier and overrides (feature code → enabled),
    // for working out what a change of the tier templates would do.
    struct CompanyOverrides
    {
        QUuid companyId;
        models::Tier tier = models::Tier::Small;
        QHash<QString, bool> overrides;
    };
    static models::Result<QList<CompanyOverrides>> listedCompanyOverrides(SqlSession &session);

    // How many companies that existed at `at` (CompanyStore::existedAt) each tier has, and
    // how many of them have each feature of `catalog` enabled now (the tier template with the
    // overrides on top, as resolve() works it out). A fixed number of statements, however
    // many companies.
    struct EnabledCounts
    {
        QMap<models::Tier, qint64> companies;
        QMap<models::Tier, QHash<QString, qint64>> enabled; // tier → feature code → companies
    };
    static models::Result<EnabledCounts>
    enabledCounts(SqlSession &session, const models::FeatureCatalogDocument &catalog,
                  const QDateTime &at);

    // Effective features from a catalog, a tier, overrides (feature code → enabled) and the
    // settings set for the company (feature code → config; defaults fill the rest).
    static QList<models::FeatureState> resolve(const models::FeatureCatalogDocument &catalog,
                                               models::Tier tier,
                                               const QHash<QString, bool> &overrides,
                                               const QHash<QString, QJsonObject> &configs = {});
};

} // namespace sphair::server
