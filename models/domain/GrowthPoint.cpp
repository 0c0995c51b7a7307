#include "models/domain/GrowthPoint.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<GrowthPoint> GrowthPoint::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    GrowthPoint point;
    point.day = in.date(u"day");
    point.tier = in.tier(u"tier");
    point.companies = in.integer(u"companies", 0);
    point.newCompanies = in.integer(u"new_companies", 0);
    point.churnedCompanies = in.integer(u"churned_companies", 0);
    point.activeCompanies = in.integer(u"active_companies", 0);
    if (!in.ok())
        return in.error();
    return point;
}

QJsonObject GrowthPoint::toJson() const
{
    return WireWriter()
        .date(u"day", day)
        .text(u"tier", tierCode(tier))
        .integer(u"companies", companies)
        .integer(u"new_companies", newCompanies)
        .integer(u"churned_companies", churnedCompanies)
        .integer(u"active_companies", activeCompanies)
        .object();
}

bool GrowthPoint::operator==(const GrowthPoint &other) const
{
    return day == other.day && tier == other.tier && companies == other.companies
        && newCompanies == other.newCompanies && churnedCompanies == other.churnedCompanies
        && activeCompanies == other.activeCompanies;
}

} // namespace sphair::models
