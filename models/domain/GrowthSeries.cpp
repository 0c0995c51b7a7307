#include "models/domain/GrowthSeries.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<GrowthSeries> GrowthSeries::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    GrowthSeries series;
    series.from = in.date(u"from");
    series.to = in.date(u"to");
    series.points = in.objects<GrowthPoint>(u"points");
    if (!in.ok())
        return in.error();
    return series;
}

QJsonObject GrowthSeries::toJson() const
{
    return WireWriter().date(u"from", from).date(u"to", to).objects(u"points", points).object();
}

bool GrowthSeries::operator==(const GrowthSeries &other) const
{
    return from == other.from && to == other.to && points == other.points;
}

} // namespace sphair::models
