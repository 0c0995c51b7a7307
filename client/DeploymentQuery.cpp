#include "client/DeploymentQuery.h"

namespace sphair::client {

QUrlQuery DeploymentQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (status)
        query.addQueryItem(QStringLiteral("status"), models::deploymentStatusCode(*status));
    return query;
}

} // namespace sphair::client
