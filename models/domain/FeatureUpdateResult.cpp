#include "models/domain/FeatureUpdateResult.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<FeatureUpdateResult> FeatureUpdateResult::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureUpdateResult result;
    result.applied = in.boolean(u"applied");
    result.diff = in.nested<FeatureDiff>(u"diff");
    result.features = in.objects<FeatureState>(u"features");
    result.version = in.optionalInteger(u"version", 0, 0);
    if (!in.ok())
        return in.error();
    return result;
}

QJsonObject FeatureUpdateResult::toJson() const
{
    return WireWriter()
        .boolean(u"applied", applied)
        .nested(u"diff", diff)
        .objects(u"features", features)
        .integer(u"version", version)
        .object();
}

bool FeatureUpdateResult::operator==(const FeatureUpdateResult &other) const
{
    return applied == other.applied && diff == other.diff && features == other.features
        && version == other.version;
}

} // namespace sphair::models
