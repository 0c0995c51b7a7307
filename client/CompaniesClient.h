#pragma once

#include "client/AreaClient.h"
#include "client/Queries.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/BrandImage.h"
#include "models/domain/Company.h"
#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/CompanySettings.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureChangeBatch.h"
#include "models/domain/FeatureChangeBatchResult.h"
#include "models/domain/FeatureUpdateResult.h"
#include "models/domain/IssuedTenantToken.h"
#include "models/domain/Page.h"
#include "models/domain/TenantToken.h"
#include "models/domain/TierTemplatesPreview.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QUuid>

namespace sphair::client {

// The companies area of the admin API: companies, their settings, features, audit trail and
// tenant API tokens, and the feature catalogue. A light handle on the engine: make one where
// it is needed, e.g. CompaniesClient(client).list(query, done).
class CompaniesClient : public AreaClient
{
public:
    using AreaClient::AreaClient;

    ApiCall *company(const QUuid &id, Callback<Versioned<models::Company>> done) const;
    // Sends code, name, tier, max_users and contact_email.
    ApiCall *createCompany(const models::Company &company,
                           Callback<Versioned<models::Company>> done) const;
    // company.id names it; `etag` from company() (If-Match).
    ApiCall *updateCompany(const models::Company &company, const QByteArray &etag,
                           Callback<Versioned<models::Company>> done) const;
    // `reason` goes to the audit log; `etag` may be empty (If-Match is optional here).
    ApiCall *suspendCompany(const QUuid &id, const QString &reason, const QByteArray &etag,
                            Callback<Versioned<models::Company>> done) const;
    ApiCall *activateCompany(const QUuid &id, const QString &reason, const QByteArray &etag,
                             Callback<Versioned<models::Company>> done) const;
    ApiCall *deleteCompany(const QUuid &id, const QByteArray &etag, StatusCallback done) const;

    ApiCall *companySettings(const QUuid &id,
                             Callback<Versioned<models::CompanySettings>> done) const;
    ApiCall *updateCompanySettings(const QUuid &id, const models::CompanySettings &settings,
                                   const QByteArray &etag,
                                   Callback<Versioned<models::CompanySettings>> done) const;
    // The bytes of a branding image as the platform serves them to the console.
    struct BrandImageBytes
    {
        QByteArray data;
        QByteArray contentType; // the type the platform decoded, e.g. "image/png"
        QByteArray etag; // the image's hash in quotes
    };
    ApiCall *brandImage(const QUuid &id, models::BrandImageSlot slot,
                        Callback<BrandImageBytes> done) const;
    // Uploads an image file's bytes into the slot; the platform decodes them to decide what
    // they are (`contentType` is only a hint). `etag` is the settings' (If-Match); the answer
    // is the settings with the image's URL and their new ETag.
    ApiCall *uploadBrandImage(const QUuid &id, models::BrandImageSlot slot, const QByteArray &bytes,
                              const QByteArray &contentType, const QByteArray &etag,
                              Callback<Versioned<models::CompanySettings>> done) const;
    ApiCall *removeBrandImage(const QUuid &id, models::BrandImageSlot slot, const QByteArray &etag,
                              Callback<Versioned<models::CompanySettings>> done) const;

    ApiCall *featureCatalog(Callback<Versioned<models::FeatureCatalogDocument>> done) const;
    ApiCall *companyFeatures(const QUuid &id,
                             Callback<Versioned<models::CompanyFeatureSet>> done) const;
    ApiCall *updateCompanyFeatures(const QUuid &id, const QList<models::FeatureChange> &changes,
                                   const QByteArray &etag, bool dryRun,
                                   Callback<Versioned<models::FeatureUpdateResult>> done) const;
    // The staged edits of several companies in one atomic set (batch.dryRun: only the diffs).
    // A 412 names the companies to reload: models::FeatureChangeBatch::staleCompanyIds(error).
    ApiCall *applyFeatureChanges(const models::FeatureChangeBatch &batch,
                                 Callback<models::FeatureChangeBatchResult> done) const;
    // Replaces the tier templates (superadmin); `etag` from featureCatalog().
    using TierTemplates = QMap<models::Tier, models::FeatureCatalogDocument::TierTemplate>;
    ApiCall *updateTierTemplates(const TierTemplates &tiers, const QByteArray &etag,
                                 Callback<Versioned<models::FeatureCatalogDocument>> done) const;
    // What updateTierTemplates would do, saving nothing; `etag` may be empty.
    ApiCall *previewTierTemplates(const TierTemplates &tiers, const QByteArray &etag,
                                  Callback<models::TierTemplatesPreview> done) const;

    // limit, cursor, action, from and to of `query`; its other filters are for
    // OperationsClient::auditLog().
    ApiCall *companyAudit(const QUuid &id, const AuditQuery &query,
                          Callback<models::Page<models::AuditEntry>> done) const;

    // The company's tenant API tokens that are not revoked (metadata only, never a token).
    ApiCall *tenantTokens(const QUuid &companyId, Callback<QList<models::TenantToken>> done) const;
    // Issues a token for the tenant routes; `expiresAt` invalid: until revoked. The answer
    // carries the token this once: show it to the user, never log or keep it.
    ApiCall *issueTenantToken(const QUuid &companyId, const QString &label,
                              const QDateTime &expiresAt,
                              Callback<models::IssuedTenantToken> done) const;
    // It stops working at once.
    ApiCall *revokeTenantToken(const QUuid &companyId, const QUuid &tokenId,
                               StatusCallback done) const;
};

} // namespace sphair::client
