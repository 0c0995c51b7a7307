#include "models/domain/CompanyFeatureSet.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<CompanyFeatureSet> CompanyFeatureSet::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    CompanyFeatureSet set;
    set.companyId = in.optionalUuid(u"company_id");
    set.tier = in.tier(u"tier");
    set.features = in.objects<FeatureState>(u"features");
    set.version = in.optionalInteger(u"version", 0, 0);
    if (!in.ok())
        return in.error();
    return set;
}

QJsonObject CompanyFeatureSet::toJson() const
{
    return WireWriter()
        .uuid(u"company_id", companyId)
        .text(u"tier", tierCode(tier))
        .objects(u"features", features)
        .integer(u"version", version)
        .object();
}

bool CompanyFeatureSet::operator==(const CompanyFeatureSet &other) const
{
    return companyId == other.companyId && tier == other.tier && features == other.features
        && version == other.version;
}

} // namespace sphair::models
