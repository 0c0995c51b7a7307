#include "models/domain/Company.h"
#include "models/domain/Tier.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiRoutes.h"
#include "server/http/OperationsRoutes.h"
#include "server/http/QueryParameters.h"
#include "server/http/RouteFailure.h"
#include "server/store/StatsStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::server::OperationsRoutes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::StatsRoutes", text);
}

constexpr int kMaxQueryLength = 200;
constexpr int kMaxUsageSpanDays = 366;
constexpr int kDefaultUsageDays = 30;

QStringList tierCodes()
{
    QStringList codes;
    for (models::Tier tier : models::allTiers())
        codes.append(models::tierCode(tier));
    return codes;
}

// Runs a read-only operator transaction and answers its failure.
std::optional<Response> read(ApiContext &context, const Request &request,
                             const Database::TransactionFunction &fn)
{
    auto status = context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly), fn);
    if (!status)
        return RouteFailure::toResponse(status.error(), request);
    return std::nullopt;
}

Response overview(ApiContext &context, const Request &request)
{
    QueryParameters query(request);
    const qint64 days = query.integer(QStringLiteral("expiring_days"), 1, 365).value_or(30);
    if (!query.ok())
        return ApiRoutes::error(query.error());
    models::StatsOverview result;
    if (auto failed = read(context, request, [&](SqlSession &session) {
            auto counted = StatsStore::overview(session, context.now(), static_cast<int>(days));
            if (!counted)
                return models::Status(counted.error());
            result = counted.value();
            return models::Status::success();
        }))
        return *failed;
    return Response::json(result.toJson());
}

Response companies(ApiContext &context, const Request &request)
{
    QueryParameters query(request);
    StatsStore::CompanyFilter filter;
    filter.query = query.text(QStringLiteral("q"), kMaxQueryLength).value_or(QString());
    if (const auto tier = query.oneOf(QStringLiteral("tier"), tierCodes()))
        filter.tier = models::tierFromCode(*tier);
    if (const auto status = query.oneOf(QStringLiteral("status"), models::companyStatusCodes()))
        filter.status = models::companyStatusFromCode(*status);
    const int limit = query.limit();
    const qint64 offset =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("o")).toInteger(0));
    if (!query.ok())
        return ApiRoutes::error(query.error());
    StatsStore::CompanyPage page;
    if (auto failed = read(context, request, [&](SqlSession &session) {
            auto found = StatsStore::companies(session, filter, context.now(), offset, limit);
            if (!found)
                return models::Status(found.error());
            page = found.value();
            return models::Status::success();
        }))
        return *failed;
    QJsonArray items;
    for (const StatsStore::CompanyRow &row : std::as_const(page.items))
        items.append(row.toJson());
    const qint64 next = offset + page.items.size();
    return Response::json({{QStringLiteral("items"), items},
                           {QStringLiteral("next_cursor"),
                            next < page.total ? QJsonValue(
                                QueryParameters::encodeCursor({{QStringLiteral("o"), next}}))
                                              : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("total"), page.total}});
}

Response users(ApiContext &context, const Request &request)
{
    StatsStore::Users result;
    if (auto failed = read(context, request, [&](SqlSession &session) {
            auto counted = StatsStore::users(session, context.now());
            if (!counted)
                return models::Status(counted.error());
            result = counted.value();
            return models::Status::success();
        }))
        return *failed;
    return Response::json(result.toJson());
}

Response usage(ApiContext &context, const Request &request)
{
    QueryParameters query(request);
    const std::optional<QUuid> companyId = query.uuid(QStringLiteral("company_id"));
    const auto fromParameter = query.date(QStringLiteral("from"));
    const auto toParameter = query.date(QStringLiteral("to"));
    if (!query.ok())
        return ApiRoutes::error(query.error());
    const QDate to = toParameter.value_or(context.now().toUTC().date());
    const QDate from = fromParameter.value_or(to.addDays(1 - kDefaultUsageDays));
    if (from > to) {
        query.validator().addProblem(QStringLiteral("from"), QStringLiteral("order"),
                                     tr("“from” must not be after “to”."));
    } else if (from.daysTo(to) > kMaxUsageSpanDays) {
        query.validator().addProblem(
            QStringLiteral("to"), QStringLiteral("out_of_range"),
            tr("A usage series spans at most %1 days after “from”.").arg(kMaxUsageSpanDays),
            {{QStringLiteral("max_days"), kMaxUsageSpanDays}});
    }
    if (!query.ok())
        return ApiRoutes::error(query.error());

    QList<models::UsagePoint> points;
    bool exists = true;
    if (auto failed = read(context, request, [&](SqlSession &session) {
            if (companyId) {
                auto found = StatsStore::companyExists(session, *companyId);
                if (!found)
                    return models::Status(found.error());
                exists = found.value();
                if (!exists)
                    return models::Status::success();
            }
            auto series = StatsStore::usage(session, companyId.value_or(QUuid()), from, to);
            if (!series)
                return models::Status(series.error());
            points = series.value();
            return models::Status::success();
        }))
        return *failed;
    if (!exists)
        return ApiError::notFound(tr("There is no company with this id.")).toResponse();
    QJsonArray array;
    for (const models::UsagePoint &point : std::as_const(points))
        array.append(point.toJson());
    return Response::json({{QStringLiteral("company_id"),
                            companyId ? QJsonValue(companyId->toString(QUuid::WithoutBraces))
                                      : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("from"), models::WireTime::dateToString(from)},
                           {QStringLiteral("to"), models::WireTime::dateToString(to)},
                           {QStringLiteral("points"), array}});
}

} // namespace

void registerStats(Router &router, ApiContext &context)
{
    const auto add = [&](const QString &path, Response (*handler)(ApiContext &, const Request &)) {
        ApiRoutes::addAdmin(router, context, "GET", path,
                            [&context, handler](const Request &request, const Actor &) {
                                return handler(context, request);
                            });
    };
    add(QStringLiteral("/admin/stats/overview"), overview);
    add(QStringLiteral("/admin/stats/companies"), companies);
    add(QStringLiteral("/admin/stats/users"), users);
    add(QStringLiteral("/admin/stats/usage"), usage);
}

} // namespace sphair::server::OperationsRoutes
