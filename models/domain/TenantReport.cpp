#include "models/domain/TenantReport.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<TenantReport> TenantReport::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    TenantReport report;
    report.generatedAt = in.time(u"generated_at");
    report.usersTotal = in.integer(u"users_total", 0);
    report.usage = in.objects<UsagePoint>(u"usage");
    if (!in.ok())
        return in.error();
    return report;
}

QJsonObject TenantReport::toJson() const
{
    return WireWriter()
        .time(u"generated_at", generatedAt)
        .integer(u"users_total", usersTotal)
        .objects(u"usage", usage)
        .object();
}

} // namespace sphair::models
