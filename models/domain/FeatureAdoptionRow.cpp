#include "models/domain/FeatureAdoptionRow.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<FeatureAdoptionRow> FeatureAdoptionRow::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureAdoptionRow row;
    row.featureCode = in.string(u"feature_code");
    row.tier = in.tier(u"tier");
    row.companies = in.integer(u"companies", 0);
    row.enabled = in.integer(u"enabled", 0);
    row.using_ = in.integer(u"using", 0);
    row.uses = in.integer(u"uses", 0);
    if (!in.ok())
        return in.error();
    return row;
}

QJsonObject FeatureAdoptionRow::toJson() const
{
    return WireWriter()
        .text(u"feature_code", featureCode)
        .text(u"tier", tierCode(tier))
        .integer(u"companies", companies)
        .integer(u"enabled", enabled)
        .integer(u"using", using_)
        .integer(u"uses", uses)
        .object();
}

bool FeatureAdoptionRow::operator==(const FeatureAdoptionRow &other) const
{
    return featureCode == other.featureCode && tier == other.tier && companies == other.companies
        && enabled == other.enabled && using_ == other.using_ && uses == other.uses;
}

} // namespace sphair::models
