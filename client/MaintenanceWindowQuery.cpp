#include "client/MaintenanceWindowQuery.h"

#include "models/domain/WireTime.h"

namespace sphair::client {

QUrlQuery MaintenanceWindowQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), models::WireTime::toString(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), models::WireTime::toString(to));
    return query;
}

} // namespace sphair::client
