#include "models/domain/FeatureAdoption.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<FeatureAdoption> FeatureAdoption::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureAdoption adoption;
    adoption.from = in.date(u"from");
    adoption.to = in.date(u"to");
    adoption.rows = in.objects<FeatureAdoptionRow>(u"rows");
    if (!in.ok())
        return in.error();
    return adoption;
}

QJsonObject FeatureAdoption::toJson() const
{
    return WireWriter().date(u"from", from).date(u"to", to).objects(u"rows", rows).object();
}

bool FeatureAdoption::operator==(const FeatureAdoption &other) const
{
    return from == other.from && to == other.to && rows == other.rows;
}

} // namespace sphair::models
