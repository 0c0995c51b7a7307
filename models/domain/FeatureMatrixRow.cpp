#include "models/domain/FeatureMatrixRow.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<FeatureMatrixRow> FeatureMatrixRow::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureMatrixRow row;
    row.company = in.nested<Company>(u"company");
    row.features = in.nested<CompanyFeatureSet>(u"features");
    if (!in.ok())
        return in.error();
    return row;
}

QJsonObject FeatureMatrixRow::toJson() const
{
    return WireWriter().nested(u"company", company).nested(u"features", features).object();
}

bool FeatureMatrixRow::operator==(const FeatureMatrixRow &other) const
{
    return company == other.company && features == other.features;
}

} // namespace sphair::models
