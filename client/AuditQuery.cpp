#include "client/AuditQuery.h"

#include "models/domain/WireTime.h"

namespace sphair::client {

QUrlQuery AuditQuery::toCompanyUrlQuery() const
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (!action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), action);
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), models::WireTime::toString(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), models::WireTime::toString(to));
    return query;
}

QUrlQuery AuditQuery::toUrlQuery() const
{
    QUrlQuery query = toCompanyUrlQuery();
    if (!actor.isEmpty())
        query.addQueryItem(QStringLiteral("actor"), actor);
    if (!targetType.isEmpty())
        query.addQueryItem(QStringLiteral("target_type"), targetType);
    if (!companyId.isNull())
        query.addQueryItem(QStringLiteral("company_id"), companyId.toString(QUuid::WithoutBraces));
    return query;
}

} // namespace sphair::client
