#pragma once

#include "models/domain/CompanySettings.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"

#include <QUuid>

namespace sphair::server {

// A company's branding and login page settings: reading them, and saving them in one
// transaction with their audit row, with the custom domain unique across companies.
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
    // them as stored, with their new version.
    models::Result<models::CompanySettings>
    save(const QUuid &companyId, const VersionCheck &check,
         const models::Result<models::CompanySettings> &settings, const Actor &actor) const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
