#include "models/domain/TenantFeatures.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<TenantFeatures> TenantFeatures::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    TenantFeatures set;
    set.tier = in.tier(u"tier");
    set.features = in.objects<FeatureState>(u"features");
    if (!in.ok())
        return in.error();
    return set;
}

QJsonObject TenantFeatures::toJson() const
{
    return WireWriter().text(u"tier", tierCode(tier)).objects(u"features", features).object();
}

} // namespace sphair::models
