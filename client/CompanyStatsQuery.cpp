#include "client/CompanyStatsQuery.h"

namespace sphair::client {

QUrlQuery CompanyStatsQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), search.trimmed());
    if (tier)
        query.addQueryItem(QStringLiteral("tier"), models::tierCode(*tier));
    if (status)
        query.addQueryItem(QStringLiteral("status"), models::companyStatusCode(*status));
    return query;
}

} // namespace sphair::client
