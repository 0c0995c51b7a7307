#include "server/http/LicensingErrors.h"

#include "server/http/ApiError.h"
#include "server/http/Logging.h"
#include "server/store/SqlErrorCode.h"

#include <QCoreApplication>

namespace sphair::server {

namespace {

bool isStorageError(const QString &code)
{
    return code.startsWith(QLatin1String("db_"));
}

} // namespace

int LicensingErrors::statusFor(const models::Error &error)
{
    static const char *const kConflicts[] = {
        "license_outdated", "license_exists",     "active_license_exists", "supersedes_not_active",
        "license_revoked",  "license_superseded", "key_revoked",
    };
    for (const char *code : kConflicts) {
        if (error.code == QLatin1String(code))
            return 409;
    }
    if (isStorageError(error.code)) {
        if (error.code == SqlErrorCode::Conflict)
            return 409;
        if (error.code == SqlErrorCode::Busy || error.code == SqlErrorCode::Retry
            || error.code == SqlErrorCode::Unavailable)
            return 503;
        return 500;
    }
    const int known = ApiError::statusForCode(error.code);
    return known > 0 ? known : 422;
}

Response LicensingErrors::toResponse(const models::Error &error, const Request &request)
{
    const int status = statusFor(error);
    if (!isStorageError(error.code))
        return ApiError(status, error.code, error.message, error.details).toResponse();
    if (status == 409) {
        return ApiError::conflict(
                   QCoreApplication::translate("sphair::server::LicensingErrors",
                                               "This conflicts with a record that exists already."))
            .toResponse();
    }
    if (status == 503) {
        qCWarning(lcHttp).noquote() << request.requestId << request.method << request.route
                                    << "database unavailable:" << error.code;
        return ApiError::serviceUnavailable(
                   QStringLiteral("service_unavailable"),
                   QCoreApplication::translate("sphair::server::LicensingErrors",
                                               "The database is busy. Try again shortly."),
                   std::chrono::seconds(1))
            .toResponse();
    }
    qCCritical(lcHttp).noquote() << request.requestId << request.method << request.route
                                 << "failed:" << error.code << error.message;
    return ApiError::internal(request.requestId).toResponse();
}

Response
LicensingErrors::inTransaction(Database &database, const Request &request, const TxScope &scope,
                               const std::function<models::Result<Response>(SqlSession &)> &fn)
{
    std::optional<Response> answer;
    const models::Status done = database.transaction(scope, [&](SqlSession &session) {
        models::Result<Response> result = fn(session);
        if (!result)
            return models::Status(result.error());
        answer = std::move(result).value();
        return models::Status::success();
    });
    if (!done || !answer)
        return toResponse(done.error(), request);
    return *answer;
}

} // namespace sphair::server
