#pragma once

#include "models/domain/CompanySettings.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"
#include "models/domain/TenantFeatures.h"
#include "models/domain/TenantReport.h"
#include "models/domain/TenantUser.h"
#include "server/services/ServiceContext.h"

#include <QUuid>

namespace sphair::server {

// What a tenant's own clients may read and change of their company, each in one transaction
// in the tenant's scope: every statement names the token's company, so SQLite, which has no
// row-level security, is isolated just as PostgreSQL is.
class TenantService
{
public:
    // Days of usage a report covers, today included.
    static constexpr int kReportDays = 30;

    explicit TenantService(ServiceContext &context)
        : m_context(context)
    { }

    models::Result<models::CompanySettings> settings(const QUuid &companyId) const;
    models::Result<models::TenantFeatures> features(const QUuid &companyId) const;
    // A page of users, oldest first, with the total; nextCursor is left to the caller.
    models::Result<models::Page<models::TenantUser>> users(const QUuid &companyId, qint64 offset,
                                                           int limit) const;
    // Adds `user` (id chosen by the caller) within the seats of the company's license, with
    // its audit row; returns the stored user.
    models::Result<models::TenantUser> createUser(const QUuid &companyId,
                                                  const models::TenantUser &user) const;
    // The last kReportDays days; feature_disabled unless the plan includes reporting.
    models::Result<models::TenantReport> report(const QUuid &companyId) const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
