#include "client/CompanyFeatureSet.h"

#include "models/domain/WireReader.h"

namespace sphair::client {

models::Result<CompanyFeatureSet> CompanyFeatureSet::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    CompanyFeatureSet set;
    set.companyId = in.optionalUuid(u"company_id");
    set.tier = in.tier(u"tier");
    set.features = in.objects<models::FeatureState>(u"features");
    set.version = in.optionalInteger(u"version", 0, 0);
    if (!in.ok())
        return in.error();
    return set;
}

} // namespace sphair::client
