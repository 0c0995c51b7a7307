#include "client/FeatureUpdateResult.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"

namespace sphair::client {

models::Result<FeatureUpdateResult> FeatureUpdateResult::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    FeatureUpdateResult result;
    result.applied = in.boolean(u"applied");
    const QJsonObject diff = in.jsonObject(u"diff");
    result.features = in.objects<models::FeatureState>(u"features");
    result.version = in.optionalInteger(u"version", 0, 0);
    if (!in.ok())
        return in.error();
    auto parsed = models::FeatureDiff::fromJson(diff);
    if (!parsed)
        return models::Validation::withFieldPrefix(parsed.error(), QStringLiteral("diff."));
    result.diff = parsed.value();
    return result;
}

} // namespace sphair::client
