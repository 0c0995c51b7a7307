#include "client/LicenseQuery.h"

namespace sphair::client {

QUrlQuery LicenseQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (!companyId.isNull())
        query.addQueryItem(QStringLiteral("company_id"), companyId.toString(QUuid::WithoutBraces));
    if (status)
        query.addQueryItem(QStringLiteral("status"), models::licenseRecordStatusCode(*status));
    if (tier)
        query.addQueryItem(QStringLiteral("tier"), models::tierCode(*tier));
    if (!kid.isEmpty())
        query.addQueryItem(QStringLiteral("kid"), kid);
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), search.trimmed());
    return query;
}

} // namespace sphair::client
