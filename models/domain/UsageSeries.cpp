#include "models/domain/UsageSeries.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<UsageSeries> UsageSeries::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    UsageSeries series;
    series.companyId = in.optionalUuid(u"company_id");
    series.from = in.date(u"from");
    series.to = in.date(u"to");
    series.points = in.objects<UsagePoint>(u"points");
    if (!in.ok())
        return in.error();
    return series;
}

QJsonObject UsageSeries::toJson() const
{
    return WireWriter()
        .uuid(u"company_id", companyId)
        .date(u"from", from)
        .date(u"to", to)
        .objects(u"points", points)
        .object();
}

bool UsageSeries::operator==(const UsageSeries &other) const
{
    return companyId == other.companyId && from == other.from && to == other.to
        && points == other.points;
}

} // namespace sphair::models
