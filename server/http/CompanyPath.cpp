#include "server/http/CompanyPath.h"

#include "server/http/ApiError.h"
#include "server/http/InputValidator.h"

#include <QCoreApplication>

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
    return {QStringLiteral("not_found"),
            QCoreApplication::translate("sphair::server::CompanyPath",
                                        "There is no company with this id."),
            {}};
}

Response CompanyPath::notFound()
{
    return ApiError::fromError(notFoundError()).toResponse();
}

} // namespace sphair::server
