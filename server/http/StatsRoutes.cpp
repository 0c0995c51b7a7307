#include "server/http/StatsRoutes.h"
#include "models/domain/Company.h"
#include "models/domain/CompanyStats.h"
#include "models/domain/FeatureAdoption.h"
#include "models/domain/GrowthSeries.h"
#include "models/domain/Page.h"
#include "models/domain/Tier.h"
#include "models/domain/UsageSeries.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/QueryParameters.h"
#include "server/services/ServerText.h"
#include "server/services/StatsService.h"

#include <optional>
#include <utility>

namespace sphair::server::StatsRoutes {

namespace {

constexpr int kMaxQueryLength = 200;
constexpr int kDefaultUsageDays = 30;
constexpr int kMaxUsageSpanDays = StatsService::kMaxUsageSpanDays;

Response overview(const StatsService &stats, const Request &request)
{
    QueryParameters query(request);
    const qint64 days = query.integer(QStringLiteral("expiring_days"), 1, 365).value_or(30);
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    auto result = stats.overview(static_cast<int>(days));
    if (!result)
        return ApiError::answer(result.error(), request);
    return Response::json(result->toJson());
}

Response companies(const StatsService &stats, const Request &request)
{
    QueryParameters query(request);
    StatsStore::CompanyFilter filter;
    filter.query = query.text(QStringLiteral("q"), kMaxQueryLength).value_or(QString());
    if (const auto tier = query.oneOf(QStringLiteral("tier"), models::tierCodes()))
        filter.tier = models::tierFromCode(*tier);
    if (const auto status = query.oneOf(QStringLiteral("status"), models::companyStatusCodes()))
        filter.status = models::companyStatusFromCode(*status);
    filter.byUtilisation =
        query.oneOf(QStringLiteral("sort"), {QStringLiteral("name"), QStringLiteral("utilisation")})
        == QStringLiteral("utilisation");
    const int limit = query.limit();
    const qint64 offset =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("o")).toInteger(0));
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    auto found = stats.companies(filter, offset, limit);
    if (!found)
        return ApiError::answer(found.error(), request);
    models::Page<models::CompanyStats> page;
    page.items = found->items;
    page.total = found->total;
    if (const qint64 next = offset + found->items.size(); next < found->total)
        page.nextCursor = QueryParameters::encodeCursor({{QStringLiteral("o"), next}});
    return Response::json(page.toJson());
}

Response users(const StatsService &stats, const Request &request)
{
    auto result = stats.users();
    if (!result)
        return ApiError::answer(result.error(), request);
    return Response::json(result->toJson());
}

// The days of a usage chart from ?from=&to= (defaults: the 30 days ending today, UTC), or
// nullopt with the problem noted in `query`: from after to, or more than 366 days apart.
std::optional<std::pair<QDate, QDate>> dayRange(const StatsService &stats, QueryParameters &query)
{
    const auto fromParameter = query.date(QStringLiteral("from"));
    const auto toParameter = query.date(QStringLiteral("to"));
    if (!query.ok())
        return std::nullopt;
    const QDate to = toParameter.value_or(stats.today());
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
        return std::nullopt;
    return std::pair {from, to};
}

Response usage(const StatsService &stats, const Request &request)
{
    QueryParameters query(request);
    const std::optional<QUuid> companyId = query.uuid(QStringLiteral("company_id"));
    const auto range = dayRange(stats, query);
    if (!range)
        return ApiError::answer(query.error(), request);
    const auto [from, to] = *range;
    auto points = stats.usage(companyId.value_or(QUuid()), from, to);
    if (!points)
        return ApiError::answer(points.error(), request);
    const models::UsageSeries series {companyId.value_or(QUuid()), from, to, points.value()};
    return Response::json(series.toJson());
}

Response growth(const StatsService &stats, const Request &request)
{
    QueryParameters query(request);
    const auto range = dayRange(stats, query);
    if (!range)
        return ApiError::answer(query.error(), request);
    const auto [from, to] = *range;
    auto points = stats.growth(from, to);
    if (!points)
        return ApiError::answer(points.error(), request);
    return Response::json(models::GrowthSeries {from, to, points.value()}.toJson());
}

Response featureAdoption(const StatsService &stats, const Request &request)
{
    QueryParameters query(request);
    const auto range = dayRange(stats, query);
    if (!range)
        return ApiError::answer(query.error(), request);
    const auto [from, to] = *range;
    auto rows = stats.featureAdoption(from, to);
    if (!rows)
        return ApiError::answer(rows.error(), request);
    return Response::json(models::FeatureAdoption {from, to, rows.value()}.toJson());
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    const StatsService stats(routes.context());
    const auto add = [&](const QString &path,
                         Response (*handler)(const StatsService &, const Request &)) {
        routes.admin("GET", path, Permission::anyRole(),
                     [stats, handler](const Request &request, const Actor &) {
                         return handler(stats, request);
                     });
    };
    add(QStringLiteral("/admin/stats/overview"), overview);
    add(QStringLiteral("/admin/stats/companies"), companies);
    add(QStringLiteral("/admin/stats/users"), users);
    add(QStringLiteral("/admin/stats/usage"), usage);
    add(QStringLiteral("/admin/stats/growth"), growth);
    add(QStringLiteral("/admin/stats/feature-adoption"), featureAdoption);
}

} // namespace sphair::server::StatsRoutes
