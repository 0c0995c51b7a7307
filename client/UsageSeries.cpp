#include "client/UsageSeries.h"

#include "models/domain/WireReader.h"

namespace sphair::client {

models::Result<UsageSeries> UsageSeries::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    UsageSeries series;
    series.companyId = in.optionalUuid(u"company_id");
    series.from = in.date(u"from");
    series.to = in.date(u"to");
    series.points = in.objects<models::UsagePoint>(u"points");
    if (!in.ok())
        return in.error();
    return series;
}

} // namespace sphair::client
