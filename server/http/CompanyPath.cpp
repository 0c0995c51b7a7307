#include "server/http/CompanyPath.h"

#include "server/http/ApiError.h"
#include "server/http/InputValidator.h"
#include "server/services/CompanyService.h"

namespace sphair::server {

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
