#include "client/UsageQuery.h"

#include "models/domain/WireTime.h"

namespace sphair::client {

QUrlQuery UsageQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (!companyId.isNull())
        query.addQueryItem(QStringLiteral("company_id"), companyId.toString(QUuid::WithoutBraces));
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), models::WireTime::dateToString(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), models::WireTime::dateToString(to));
    return query;
}

} // namespace sphair::client
