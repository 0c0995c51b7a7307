#include "server/http/AuditRoutes.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/QueryParameters.h"
#include "server/store/AuditSearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace sphair::server::AuditRoutes {

namespace {

constexpr int kMaxFilterLength = 100;

Response search(ServiceContext &context, const Request &request)
{
    QueryParameters query(request);
    AuditSearch::Query filter;
    filter.actor = query.text(QStringLiteral("actor"), kMaxFilterLength).value_or(QString());
    filter.action = query.text(QStringLiteral("action"), kMaxFilterLength).value_or(QString());
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z_.]+$"));
    if (!filter.action.isEmpty() && !actionPattern.match(filter.action).hasMatch()) {
        query.validator().addProblem(
            QStringLiteral("action"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::server::AuditRoutes",
                                        "An action is lowercase words joined by '.' and '_', "
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

    AuditSearch::Page page;
    auto read = context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly),
                                        [&](SqlSession &session) {
                                            auto found = AuditSearch::search(session, filter);
                                            if (!found)
                                                return models::Status(found.error());
                                            page = found.value();
                                            return models::Status::success();
                                        });
    if (!read)
        return ApiError::answer(read.error(), request);
    QJsonArray items;
    for (const models::AuditEntry &entry : std::as_const(page.items))
        items.append(entry.toJson());
    return Response::json({{QStringLiteral("items"), items},
                           {QStringLiteral("next_cursor"),
                            page.hasMore ? QJsonValue(QueryParameters::encodeCursor(
                                {{QStringLiteral("before"), page.lastId}}))
                                         : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("total"), page.total}});
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    routes.admin(
        "GET", QStringLiteral("/admin/audit"), Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return search(context, request); });
}

} // namespace sphair::server::AuditRoutes
