#include "client/CompaniesClient.h"

#include "models/domain/TenantTokenList.h"
#include "models/domain/WireTime.h"

#include <QJsonArray>

#include <utility>

namespace sphair::client {

namespace {

using models::Company;

constexpr QLatin1String companies("/admin/companies");

QString companyPath(const QUuid &id, const QString &below = {})
{
    return resourcePath(companies, id) + below;
}

// The TierTemplatesUpdate body.
QJsonObject tierTemplatesBody(const CompaniesClient::TierTemplates &tiers)
{
    QJsonObject byTier;
    for (auto it = tiers.constBegin(); it != tiers.constEnd(); ++it)
        byTier.insert(models::tierCode(it.key()), it.value().toJson());
    return {{QStringLiteral("tiers"), byTier}};
}

// The input fields of a company; the server ignores the read-only ones anyway, but a request
// that carries only what it means is easier to read in a log or a proxy.
QJsonObject companyInput(const Company &company)
{
    return {
        {QStringLiteral("code"), company.code},
        {QStringLiteral("name"), company.name},
        {QStringLiteral("tier"), models::tierCode(company.tier)},
        {QStringLiteral("max_users"), company.maxUsers},
        {QStringLiteral("contact_email"), company.contactEmail},
    };
}

// POST …/suspend or …/activate: the reason, when there is one, goes to the audit log.
ApiRequest statusChange(const QUuid &id, const QString &action, const QString &reason,
                        const QByteArray &etag)
{
    ApiRequest request = ApiRequest::post(
        companyPath(id, action),
        reason.isEmpty() ? std::nullopt
                         : std::optional<QJsonObject>({{QStringLiteral("reason"), reason}}));
    request.ifMatch = etag;
    request.conflictPath = companyPath(id);
    return request;
}

} // namespace

ApiCall *CompaniesClient::company(const QUuid &id, Callback<Versioned<Company>> done) const
{
    return fetchVersioned<Company>(ApiRequest::get(companyPath(id)), std::move(done));
}

ApiCall *CompaniesClient::createCompany(const Company &company,
                                        Callback<Versioned<Company>> done) const
{
    return fetchVersioned<Company>(ApiRequest::post(companies, companyInput(company)),
                                   std::move(done));
}

ApiCall *CompaniesClient::updateCompany(const Company &company, const QByteArray &etag,
                                        Callback<Versioned<Company>> done) const
{
    return fetchVersioned<Company>(
        ApiRequest::put(companyPath(company.id), QJsonDocument(companyInput(company)), etag),
        std::move(done));
}

ApiCall *CompaniesClient::suspendCompany(const QUuid &id, const QString &reason,
                                         const QByteArray &etag,
                                         Callback<Versioned<Company>> done) const
{
    return fetchVersioned<Company>(statusChange(id, QStringLiteral("/suspend"), reason, etag),
                                   std::move(done));
}

ApiCall *CompaniesClient::activateCompany(const QUuid &id, const QString &reason,
                                          const QByteArray &etag,
                                          Callback<Versioned<Company>> done) const
{
    return fetchVersioned<Company>(statusChange(id, QStringLiteral("/activate"), reason, etag),
                                   std::move(done));
}

ApiCall *CompaniesClient::deleteCompany(const QUuid &id, const QByteArray &etag,
                                        StatusCallback done) const
{
    return perform(ApiRequest::remove(companyPath(id), etag), std::move(done));
}

ApiCall *CompaniesClient::companySettings(const QUuid &id,
                                          Callback<Versioned<models::CompanySettings>> done) const
{
    return fetchVersioned<models::CompanySettings>(
        ApiRequest::get(companyPath(id, QStringLiteral("/settings"))), std::move(done));
}

ApiCall *
CompaniesClient::updateCompanySettings(const QUuid &id, const models::CompanySettings &settings,
                                       const QByteArray &etag,
                                       Callback<Versioned<models::CompanySettings>> done) const
{
    QJsonObject body = settings.toJson();
    for (const QString &readOnly : models::CompanySettings::readOnlyFields())
        body.remove(readOnly);
    return fetchVersioned<models::CompanySettings>(
        ApiRequest::put(companyPath(id, QStringLiteral("/settings")), QJsonDocument(body), etag),
        std::move(done));
}

ApiCall *CompaniesClient::brandImage(const QUuid &id, models::BrandImageSlot slot,
                                     Callback<BrandImageBytes> done) const
{
    ApiRequest request = ApiRequest::get(models::BrandImage::adminPath(id, slot));
    request.headers.append(qMakePair(QByteArrayLiteral("Accept"),
                                     QByteArrayLiteral("image/png, image/jpeg, image/x-icon")));
    return engine()->call<BrandImageBytes>(
        request,
        [](const ApiResponse &response) -> models::Result<BrandImageBytes> {
            if (response.body.isEmpty())
                return ClientError::invalidResponse(ClientError::tr("the image is empty"),
                                                    response.status);
            return BrandImageBytes {response.body, response.header("Content-Type"),
                                    response.etag()};
        },
        std::move(done));
}

ApiCall *CompaniesClient::uploadBrandImage(const QUuid &id, models::BrandImageSlot slot,
                                           const QByteArray &bytes, const QByteArray &contentType,
                                           const QByteArray &etag,
                                           Callback<Versioned<models::CompanySettings>> done) const
{
    ApiRequest request =
        ApiRequest::putBytes(models::BrandImage::adminPath(id, slot), bytes, contentType, etag);
    request.conflictPath = companyPath(id, QStringLiteral("/settings"));
    return fetchVersioned<models::CompanySettings>(request, std::move(done));
}

ApiCall *CompaniesClient::removeBrandImage(const QUuid &id, models::BrandImageSlot slot,
                                           const QByteArray &etag,
                                           Callback<Versioned<models::CompanySettings>> done) const
{
    ApiRequest request = ApiRequest::remove(models::BrandImage::adminPath(id, slot), etag);
    request.conflictPath = companyPath(id, QStringLiteral("/settings"));
    return fetchVersioned<models::CompanySettings>(request, std::move(done));
}

ApiCall *
CompaniesClient::featureCatalog(Callback<Versioned<models::FeatureCatalogDocument>> done) const
{
    return fetchVersioned<models::FeatureCatalogDocument>(
        ApiRequest::get(QStringLiteral("/admin/features")), std::move(done));
}

ApiCall *CompaniesClient::companyFeatures(const QUuid &id,
                                          Callback<Versioned<models::CompanyFeatureSet>> done) const
{
    return fetchVersioned<models::CompanyFeatureSet>(
        ApiRequest::get(companyPath(id, QStringLiteral("/features"))), std::move(done));
}

ApiCall *
CompaniesClient::updateCompanyFeatures(const QUuid &id, const QList<models::FeatureChange> &changes,
                                       const QByteArray &etag, bool dryRun,
                                       Callback<Versioned<models::FeatureUpdateResult>> done) const
{
    QJsonArray list;
    for (const models::FeatureChange &change : changes)
        list.append(change.toJson());
    ApiRequest request =
        ApiRequest::put(companyPath(id, QStringLiteral("/features")),
                        QJsonDocument(QJsonObject {{QStringLiteral("changes"), list}}), etag);
    if (dryRun)
        request.query.addQueryItem(QStringLiteral("dry_run"), QStringLiteral("true"));
    return fetchVersioned<models::FeatureUpdateResult>(request, std::move(done));
}

ApiCall *CompaniesClient::applyFeatureChanges(const models::FeatureChangeBatch &batch,
                                              Callback<models::FeatureChangeBatchResult> done) const
{
    return fetch<models::FeatureChangeBatchResult>(
        ApiRequest::post(QStringLiteral("/admin/features/change-sets"), batch.toJson()),
        std::move(done));
}

ApiCall *
CompaniesClient::updateTierTemplates(const TierTemplates &tiers, const QByteArray &etag,
                                     Callback<Versioned<models::FeatureCatalogDocument>> done) const
{
    return fetchVersioned<models::FeatureCatalogDocument>(
        ApiRequest::put(QStringLiteral("/admin/features"), QJsonDocument(tierTemplatesBody(tiers)),
                        etag),
        std::move(done));
}

ApiCall *CompaniesClient::previewTierTemplates(const TierTemplates &tiers, const QByteArray &etag,
                                               Callback<models::TierTemplatesPreview> done) const
{
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/admin/features/preview"), tierTemplatesBody(tiers));
    request.ifMatch = etag;
    return fetch<models::TierTemplatesPreview>(request, std::move(done));
}

ApiCall *CompaniesClient::companyAudit(const QUuid &id, const AuditQuery &query,
                                       Callback<models::Page<models::AuditEntry>> done) const
{
    return fetch<models::Page<models::AuditEntry>>(
        ApiRequest::get(companyPath(id, QStringLiteral("/audit")), query.toCompanyUrlQuery()),
        std::move(done));
}

ApiCall *CompaniesClient::tenantTokens(const QUuid &companyId,
                                       Callback<QList<models::TenantToken>> done) const
{
    return engine()->call<QList<models::TenantToken>>(
        ApiRequest::get(companyPath(companyId, QStringLiteral("/tokens"))),
        [](const ApiResponse &response) -> models::Result<QList<models::TenantToken>> {
            auto list = decodeObject<models::TenantTokenList>(response);
            if (!list)
                return list.error();
            return std::move(list->items);
        },
        std::move(done));
}

ApiCall *CompaniesClient::issueTenantToken(const QUuid &companyId, const QString &label,
                                           const QDateTime &expiresAt,
                                           Callback<models::IssuedTenantToken> done) const
{
    QJsonObject body {{QStringLiteral("label"), label}};
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), models::WireTime::toString(expiresAt));
    // The answer holds the token: it goes to the callback only, never to a log.
    return fetch<models::IssuedTenantToken>(
        ApiRequest::post(companyPath(companyId, QStringLiteral("/tokens")), body), std::move(done));
}

ApiCall *CompaniesClient::revokeTenantToken(const QUuid &companyId, const QUuid &tokenId,
                                            StatusCallback done) const
{
    // The route takes no If-Match: a token has no versions.
    return perform(
        ApiRequest::remove(resourcePath(companyPath(companyId, QStringLiteral("/tokens")), tokenId),
                           {}),
        std::move(done));
}

} // namespace sphair::client
