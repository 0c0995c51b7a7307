#include "server/http/CompanyPath.h"

#include "server/http/ApiError.h"
#include "server/http/InputValidator.h"
#include "server/services/CompanyService.h"

#include "models/domain/Tier.h"

namespace sphair::server {

namespace {

constexpr int kMaxSearchLength = 200;

} // namespace

std::optional<PageCursor::Position> CompanyPath::readListQuery(const Request &request,
                                                               InputValidator &problems,
                                                               CompanyStore::ListQuery &query)
{
    if (const auto q = request.queryValue(QStringLiteral("q"))) {
        if (auto text = problems.text(QStringLiteral("q"), q->trimmed(), 0, kMaxSearchLength))
            query.search = *text;
    }
    if (const auto tier = request.queryValue(QStringLiteral("tier"))) {
        if (auto code = problems.oneOf(QStringLiteral("tier"), *tier, models::tierCodes()))
            query.tier = models::tierFromCode(*code);
    }
    if (const auto status = request.queryValue(QStringLiteral("status"))) {
        if (auto code =
                problems.oneOf(QStringLiteral("status"), *status, models::companyStatusCodes()))
            query.status = models::companyStatusFromCode(*code);
    }
    auto position = PageCursor::parse(request, problems);
    if (position) {
        query.limit = position->limit;
        query.offset = position->position;
    }
    return position;
}

std::optional<QUuid> CompanyPath::id(const Request &request)
{
    const QString text = request.pathParam(QStringLiteral("id"));
    if (!InputValidator::checkUuid(text))
        return std::nullopt;
    return QUuid(text);
}

models::Error CompanyPath::notFoundError()
{
    return CompanyService::notFound();
}

Response CompanyPath::notFound()
{
    return ApiError::fromError(notFoundError()).toResponse();
}

} // namespace sphair::server
