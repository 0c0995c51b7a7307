#pragma once

#include "models/domain/BrandImage.h"
#include "models/domain/CompanySettings.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"
#include "server/store/BrandImageStore.h"

#include <QByteArray>
#include <QUuid>

namespace sphair::server {

// A company's branding and login page settings: reading them, and saving them in one
// transaction with their audit row, with the custom domain and subdomain unique across
// companies; the images of its branding (checked by ImageInspector, stored on the platform,
// served to the console and publicly by their hash). Every image change bumps the settings'
// version, so one ETag guards the whole branding.
class CompanySettingsService
{
public:
    explicit CompanySettingsService(ServiceContext &context)
        : m_context(context)
    { }

    // not_found for an unknown company.
    models::Result<models::CompanySettings> settings(const QUuid &companyId) const;
    // Saves `settings` as the request read them, or fails with why they could not be read;
    // that failure only counts once the company is found, current and not deleted. Returns
    // them as stored, with their new version. A custom domain or subdomain another company
    // uses fails with domain_taken or subdomain_taken (409).
    models::Result<models::CompanySettings>
    save(const QUuid &companyId, const VersionCheck &check,
         const models::Result<models::CompanySettings> &settings, const Actor &actor) const;

    // Puts `bytes` into the slot once ImageInspector accepts them (its refusal counts, like a
    // body that could not be read, only for a found, current, not deleted company). Returns
    // the settings with the new image's URL and version.
    models::Result<models::CompanySettings>
    putImage(const QUuid &companyId, models::BrandImageSlot slot, const VersionCheck &check,
             const QByteArray &bytes, const Actor &actor) const;
    // Empties the slot (not_found when it is empty already).
    models::Result<models::CompanySettings> removeImage(const QUuid &companyId,
                                                        models::BrandImageSlot slot,
                                                        const VersionCheck &check,
                                                        const Actor &actor) const;
    // The slot's image with its bytes; not_found for an unknown company or an empty slot.
    models::Result<BrandImageStore::Image> image(const QUuid &companyId,
                                                 models::BrandImageSlot slot) const;
    // The public copy: the slot's image only while its hash is `sha256` and the company is
    // not deleted; not_found otherwise, which tells nothing about other companies.
    models::Result<BrandImageStore::Image>
    publicImage(const QUuid &companyId, models::BrandImageSlot slot, const QString &sha256) const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
