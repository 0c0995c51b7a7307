#include "models/domain/CompanyStats.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<CompanyStats> CompanyStats::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    CompanyStats stats;
    stats.companyId = in.uuid(u"company_id");
    stats.code = in.string(u"code");
    stats.name = in.string(u"name");
    stats.tier = in.tier(u"tier");
    stats.status = in.code<CompanyStatus>(u"status", companyStatusFromCode, companyStatusCodes());
    stats.maxUsers = in.integer(u"max_users", 0);
    stats.userCount = in.integer(u"user_count", 0);
    stats.activeUsers30d = in.integer(u"active_users_30d", 0);
    stats.events30d = in.integer(u"events_30d", 0);
    stats.apiCalls30d = in.integer(u"api_calls_30d", 0);
    stats.licenseStatus = in.code<LicenseDisplayStatus>(
        u"license_status", licenseDisplayStatusFromCode, licenseDisplayStatusCodes());
    stats.licenseExpiresAt = in.optionalTime(u"license_expires_at");
    if (!in.ok())
        return in.error();
    return stats;
}

QJsonObject CompanyStats::toJson() const
{
    return WireWriter()
        .uuid(u"company_id", companyId)
        .text(u"code", code)
        .text(u"name", name)
        .text(u"tier", tierCode(tier))
        .text(u"status", companyStatusCode(status))
        .integer(u"max_users", maxUsers)
        .integer(u"user_count", userCount)
        .integer(u"active_users_30d", activeUsers30d)
        .integer(u"events_30d", events30d)
        .integer(u"api_calls_30d", apiCalls30d)
        .text(u"license_status", licenseDisplayStatusCode(licenseStatus))
        .time(u"license_expires_at", licenseExpiresAt)
        .object();
}

bool CompanyStats::operator==(const CompanyStats &other) const
{
    return companyId == other.companyId && code == other.code && name == other.name
        && tier == other.tier && status == other.status && maxUsers == other.maxUsers
        && userCount == other.userCount && activeUsers30d == other.activeUsers30d
        && events30d == other.events30d && apiCalls30d == other.apiCalls30d
        && licenseStatus == other.licenseStatus && licenseExpiresAt == other.licenseExpiresAt;
}

} // namespace sphair::models
