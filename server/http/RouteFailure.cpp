#include "server/http/RouteFailure.h"

#include "server/http/ApiError.h"
#include "server/http/Logging.h"
#include "server/store/SqlErrorCode.h"

#include <QCoreApplication>

namespace sphair::server {

Response RouteFailure::toResponse(const models::Error &error, const Request &request)
{
    if (ApiError::statusForCode(error.code) > 0)
        return ApiError::fromError(error).toResponse();
    if (error.code == SqlErrorCode::Conflict) {
        return ApiError::conflict(QCoreApplication::translate(
                                      "sphair::server::RouteFailure",
                                      "The change conflicts with a change made at the same "
                                      "time. Reload and try again."))
            .toResponse();
    }
    if (error.code == SqlErrorCode::Busy || error.code == SqlErrorCode::Unavailable
        || error.code == SqlErrorCode::Retry) {
        return ApiError::serviceUnavailable(
                   QStringLiteral("service_unavailable"),
                   QCoreApplication::translate("sphair::server::RouteFailure",
                                               "The database is busy. Try again in a moment."),
                   std::chrono::seconds(1))
            .toResponse();
    }
    qCWarning(lcHttp) << "request" << request.requestId << request.method << request.route
                      << "failed:" << error.code << error.message;
    return ApiError::internal(request.requestId).toResponse();
}

} // namespace sphair::server
