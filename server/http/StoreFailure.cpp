#include "server/http/StoreFailure.h"

#include "server/http/ApiError.h"
#include "server/http/Logging.h"
#include "server/store/SqlErrorCode.h"

#include <QCoreApplication>

namespace sphair::server {

Response StoreFailure::toResponse(const models::Error &error, const Request &request)
{
    if (ApiError::statusForCode(error.code) > 0)
        return ApiError::fromError(error).toResponse();
    if (error.code == SqlErrorCode::Conflict) {
        return ApiError::conflict(
                   QCoreApplication::translate("sphair::server::StoreFailure",
                                               "This conflicts with a record that exists already."))
            .toResponse();
    }
    if (error.code == SqlErrorCode::Busy || error.code == SqlErrorCode::Retry
        || error.code == SqlErrorCode::Unavailable) {
        qCWarning(lcHttp).noquote() << request.requestId << request.method << request.route
                                    << "database unavailable:" << error.code;
        return ApiError::serviceUnavailable(
                   QStringLiteral("service_unavailable"),
                   QCoreApplication::translate("sphair::server::StoreFailure",
                                               "The database is busy. Try again shortly."),
                   std::chrono::seconds(1))
            .toResponse();
    }
    qCCritical(lcHttp).noquote() << request.requestId << request.method << request.route
                                 << "failed:" << error.code << error.message;
    return ApiError::internal(request.requestId).toResponse();
}

} // namespace sphair::server
