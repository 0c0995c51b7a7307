#include "client/CompanyStats.h"

#include "models/domain/WireReader.h"

namespace sphair::client {

models::Result<CompanyStats> CompanyStats::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    CompanyStats stats;
    stats.companyId = in.uuid(u"company_id");
    stats.code = in.string(u"code");
    stats.name = in.string(u"name");
    stats.tier = in.tier(u"tier");
    stats.status = in.code<models::CompanyStatus>(u"status", models::companyStatusFromCode,
                                                  models::companyStatusCodes());
    stats.maxUsers = in.integer(u"max_users", 0);
    stats.userCount = in.integer(u"user_count", 0);
    stats.activeUsers30d = in.integer(u"active_users_30d", 0);
    stats.events30d = in.integer(u"events_30d", 0);
    stats.apiCalls30d = in.integer(u"api_calls_30d", 0);
    stats.licenseStatus = in.code<models::LicenseDisplayStatus>(
        u"license_status", models::licenseDisplayStatusFromCode,
        models::licenseDisplayStatusCodes());
    stats.licenseExpiresAt = in.optionalTime(u"license_expires_at");
    if (!in.ok())
        return in.error();
    return stats;
}

} // namespace sphair::client
