#include "server/http/AuditRoutes.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/Page.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/QueryParameters.h"
#include "server/services/AuditService.h"
#include "server/services/ServerText.h"

#include <QRegularExpression>

namespace sphair::server::AuditRoutes {

namespace {

constexpr int kMaxFilterLength = 100;

Response search(const AuditService &service, const Request &request)
{
    QueryParameters query(request);
    AuditSearch::Query filter;
    filter.actor = query.text(QStringLiteral("actor"), kMaxFilterLength).value_or(QString());
    filter.action = query.text(QStringLiteral("action"), kMaxFilterLength).value_or(QString());
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z_.]+$"));
    if (!filter.action.isEmpty() && !actionPattern.match(filter.action).hasMatch()) {
        query.validator().addProblem(QStringLiteral("action"), QStringLiteral("format"),
                                     tr("An action is lowercase words joined by '.' and '_', "
                                        "such as company.suspend, or a prefix ending in '.'."));
    }
    filter.targetType =
        query.text(QStringLiteral("target_type"), kMaxFilterLength).value_or(QString());
    filter.companyId = query.uuid(QStringLiteral("company_id")).value_or(QUuid());
    filter.from = query.dateTime(QStringLiteral("from")).value_or(QDateTime());
    filter.to = query.dateTime(QStringLiteral("to")).value_or(QDateTime());
    filter.limit = query.limit();
    filter.beforeId =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("before")).toInteger(0));
    if (!query.ok())
        return ApiError::answer(query.error(), request);

    auto found = service.search(filter);
    if (!found)
        return ApiError::answer(found.error(), request);
    const QString next = found->hasMore
        ? QueryParameters::encodeCursor({{QStringLiteral("before"), found->lastId}})
        : QString();
    return Response::json(
        models::Page<models::AuditEntry> {found->items, next, found->total}.toJson());
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    const AuditService service(routes.context());
    routes.admin(
        "GET", QStringLiteral("/admin/audit"), Permission::anyRole(),
        [service](const Request &request, const Actor &) { return search(service, request); });
}

} // namespace sphair::server::AuditRoutes
