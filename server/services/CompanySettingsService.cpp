#include "server/services/CompanySettingsService.h"

#include "server/services/AdminAudit.h"
#include "server/services/CompanyService.h"
#include "server/services/ImageInspector.h"
#include "server/services/ServerText.h"
#include "server/store/CompanyStore.h"

#include <functional>

namespace sphair::server {

using models::BrandImageSlot;
using models::CompanySettings;
namespace BrandImage = models::BrandImage;

namespace {

models::Error taken(const QString &code, const QString &field, const QString &message)
{
    return {code, message, {{QStringLiteral("field"), field}}};
}

models::Error imageNotFound(BrandImageSlot slot)
{
    return {QStringLiteral("not_found"),
            tr("This company has no image in this slot."),
            {{QStringLiteral("slot"), BrandImage::slotCode(slot)}}};
}

// A change of one company's branding: the company row locked, the settings read, the
// version checked and a deleted company refused, in this order; then `change` runs on the
// settings as they were and the settings come back as they are now.
using BrandingChange = std::function<models::Status(SqlSession &, const CompanySettings &before)>;

models::Result<CompanySettings> changeBranding(ServiceContext &context, const QUuid &companyId,
                                               const VersionCheck &check,
                                               const BrandingChange &change)
{
    return context.db->fetch<CompanySettings>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<CompanySettings> {
            // The company row is locked so two writers of the same settings take turns.
            auto company = CompanyStore::header(session, companyId, true);
            if (!company)
                return company.error();
            if (!company.value())
                return CompanyService::notFound();
            auto before = CompanyStore::settings(session, companyId, company.value()->name);
            if (!before)
                return before;
            if (auto matches = check(before->version); !matches)
                return matches.error();
            if (company.value()->status
                == models::companyStatusCode(models::CompanyStatus::Deleted))
                return CompanyService::deletedError();
            if (auto changed = change(session, before.value()); !changed)
                return changed.error();
            return CompanyStore::settings(session, companyId, company.value()->name);
        });
}

} // namespace

models::Result<CompanySettings> CompanySettingsService::settings(const QUuid &companyId) const
{
    return m_context.db->fetch<CompanySettings>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<CompanySettings> {
            auto company = CompanyStore::header(session, companyId);
            if (!company)
                return company.error();
            if (!company.value())
                return CompanyService::notFound();
            return CompanyStore::settings(session, companyId, company.value()->name);
        });
}

models::Result<CompanySettings>
CompanySettingsService::save(const QUuid &companyId, const VersionCheck &check,
                             const models::Result<CompanySettings> &settings,
                             const Actor &actor) const
{
    return changeBranding(
        m_context, companyId, check,
        [&](SqlSession &session, const CompanySettings &before) -> models::Status {
            if (!settings)
                return settings.error();
            if (!settings->customDomain.isEmpty()) {
                auto owner =
                    CompanyStore::customDomainOwner(session, settings->customDomain, companyId);
                if (!owner)
                    return owner.error();
                if (owner.value())
                    return taken(QStringLiteral("domain_taken"), QStringLiteral("custom_domain"),
                                 tr("Another company uses this custom domain."));
            }
            if (!settings->customSubdomain.isEmpty()) {
                auto owner = CompanyStore::customSubdomainOwner(session, settings->customSubdomain,
                                                                companyId);
                if (!owner)
                    return owner.error();
                if (owner.value())
                    return taken(QStringLiteral("subdomain_taken"),
                                 QStringLiteral("custom_subdomain"),
                                 tr("Another company uses this subdomain; choose another."));
            }
            auto version = CompanyStore::saveSettings(session, companyId, settings.value());
            if (!version)
                return version.error();
            // The image URLs are the platform's, whatever the request said.
            CompanySettings stored = settings.value();
            stored.logoUrl = before.logoUrl;
            stored.faviconUrl = before.faviconUrl;
            stored.loginBackgroundUrl = before.loginBackgroundUrl;
            stored.version = version.value();
            return AdminAudit::record(session, actor,
                                      {QStringLiteral("company_settings.update"),
                                       QStringLiteral("company_settings"),
                                       companyId.toString(QUuid::WithoutBraces), companyId,
                                       before.toJson(), stored.toJson()});
        });
}

models::Result<CompanySettings> CompanySettingsService::putImage(const QUuid &companyId,
                                                                 BrandImageSlot slot,
                                                                 const VersionCheck &check,
                                                                 const QByteArray &bytes,
                                                                 const Actor &actor) const
{
    // Decoded before the transaction, so no lock is held while it runs.
    const models::Result<ImageInspector::Inspected> inspected =
        ImageInspector::inspect(bytes, slot);
    return changeBranding(
        m_context, companyId, check,
        [&](SqlSession &session, const CompanySettings &before) -> models::Status {
            if (!inspected)
                return inspected.error();
            auto previous = BrandImageStore::find(session, companyId, slot, false);
            if (!previous)
                return previous.error();
            BrandImageStore::Image image;
            image.slot = slot;
            image.contentType = inspected->contentType;
            image.sha256 = inspected->sha256;
            image.width = inspected->width;
            image.height = inspected->height;
            image.data = bytes;
            image.byteSize = bytes.size();
            if (auto put = BrandImageStore::put(session, companyId, image); !put)
                return put;
            if (auto bumped = CompanyStore::saveSettings(session, companyId, before); !bumped)
                return bumped.error();
            return AdminAudit::record(
                session, actor,
                {previous.value() ? QStringLiteral("company_settings.image_replace")
                                  : QStringLiteral("company_settings.image_upload"),
                 QStringLiteral("company_settings"), companyId.toString(QUuid::WithoutBraces),
                 companyId,
                 previous.value() ? QJsonValue(previous.value()->summary()) : QJsonValue(),
                 image.summary()});
        });
}

models::Result<CompanySettings> CompanySettingsService::removeImage(const QUuid &companyId,
                                                                    BrandImageSlot slot,
                                                                    const VersionCheck &check,
                                                                    const Actor &actor) const
{
    return changeBranding(
        m_context, companyId, check,
        [&](SqlSession &session, const CompanySettings &before) -> models::Status {
            auto previous = BrandImageStore::find(session, companyId, slot, false);
            if (!previous)
                return previous.error();
            if (!previous.value())
                return imageNotFound(slot);
            if (auto removed = BrandImageStore::remove(session, companyId, slot); !removed)
                return removed.error();
            if (auto bumped = CompanyStore::saveSettings(session, companyId, before); !bumped)
                return bumped.error();
            return AdminAudit::record(session, actor,
                                      {QStringLiteral("company_settings.image_remove"),
                                       QStringLiteral("company_settings"),
                                       companyId.toString(QUuid::WithoutBraces), companyId,
                                       previous.value()->summary(), QJsonValue()});
        });
}

models::Result<BrandImageStore::Image> CompanySettingsService::image(const QUuid &companyId,
                                                                     BrandImageSlot slot) const
{
    return m_context.db->fetch<BrandImageStore::Image>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<BrandImageStore::Image> {
            auto exists = CompanyStore::exists(session, companyId);
            if (!exists)
                return exists.error();
            if (!exists.value())
                return CompanyService::notFound();
            auto found = BrandImageStore::find(session, companyId, slot);
            if (!found)
                return found.error();
            if (!found.value())
                return imageNotFound(slot);
            return *found.value();
        });
}

models::Result<BrandImageStore::Image>
CompanySettingsService::publicImage(const QUuid &companyId, BrandImageSlot slot,
                                    const QString &sha256) const
{
    return m_context.db->fetch<BrandImageStore::Image>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<BrandImageStore::Image> {
            auto company = CompanyStore::header(session, companyId);
            if (!company)
                return company.error();
            if (!company.value()
                || company.value()->status
                    == models::companyStatusCode(models::CompanyStatus::Deleted))
                return imageNotFound(slot);
            auto found = BrandImageStore::find(session, companyId, slot);
            if (!found)
                return found.error();
            if (!found.value() || found.value()->sha256 != sha256)
                return imageNotFound(slot);
            return *found.value();
        });
}

} // namespace sphair::server
