#include "models/domain/FeatureChangeBatchResult.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<FeatureChangeBatchResult::Company>
FeatureChangeBatchResult::Company::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    Company company;
    company.companyId = in.uuid(u"company_id");
    company.diff = in.nested<FeatureDiff>(u"diff");
    company.features = in.objects<FeatureState>(u"features");
    company.version = in.integer(u"version", 0);
    if (!in.ok())
        return in.error();
    return company;
}

QJsonObject FeatureChangeBatchResult::Company::toJson() const
{
    return WireWriter()
        .uuid(u"company_id", companyId)
        .nested(u"diff", diff)
        .objects(u"features", features)
        .integer(u"version", version)
        .object();
}

bool FeatureChangeBatchResult::Company::operator==(const Company &other) const
{
    return companyId == other.companyId && diff == other.diff && features == other.features
        && version == other.version;
}

Result<FeatureChangeBatchResult> FeatureChangeBatchResult::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureChangeBatchResult result;
    result.applied = in.boolean(u"applied");
    result.companies = in.objects<Company>(u"companies");
    if (!in.ok())
        return in.error();
    return result;
}

QJsonObject FeatureChangeBatchResult::toJson() const
{
    return WireWriter().boolean(u"applied", applied).objects(u"companies", companies).object();
}

bool FeatureChangeBatchResult::operator==(const FeatureChangeBatchResult &other) const
{
    return applied == other.applied && companies == other.companies;
}

} // namespace sphair::models
