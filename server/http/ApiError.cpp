#include "server/http/ApiError.h"

#include "server/http/Logging.h"
#include "server/services/ServerText.h"
#include "server/store/SqlErrorCode.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace sphair::server {

namespace {

struct CodeStatus
{
    const char *code;
    int status;
};

// The status of every code this layer and the stores produce. Route code may use other
// codes with an explicit status.
constexpr CodeStatus kCodeStatus[] = {
    {"bad_request", 400},
    {"malformed_json", 400},
    {"invalid_field", 400},
    {"invalid_header", 400},
    {"invalid_idempotency_key", 400},
    {"unauthorized", 401},
    {"invalid_credentials", 401},
    {"token_expired", 401},
    {"forbidden", 403},
    // A session signed in with a one-time password, before the password is changed.
    {"password_change_required", 403},
    {"feature_disabled", 403},
    {"license_required", 403},
    {"user_limit_reached", 403},
    {"company_suspended", 403},
    {"not_found", 404},
    {"method_not_allowed", 405},
    {"conflict", 409},
    {"idempotency_key_in_progress", 409},
    {"idempotent_answer_withheld", 409},
    {"deployment_in_progress", 409},
    // A maintenance window's occurrence overlapping another's (MaintenanceService).
    {"window_overlap", 409},
    // A deployment started outside every maintenance window without "now" (DeploymentService).
    {"outside_window", 409},
    // A custom domain or subdomain another company has (CompanySettingsService).
    {"domain_taken", 409},
    {"subdomain_taken", 409},
    // A license or key refused because of the state it meets on the platform.
    {"license_outdated", 409},
    {"license_exists", 409},
    {"active_license_exists", 409},
    {"supersedes_not_active", 409},
    {"license_revoked", 409},
    {"license_superseded", 409},
    {"key_revoked", 409},
    {"length_required", 411},
    {"precondition_failed", 412},
    {"payload_too_large", 413},
    // An uploaded image refused by ImageInspector.
    {"image_too_large", 413},
    {"uri_too_long", 414},
    {"unsupported_media_type", 415},
    {"image_type_refused", 415},
    {"idempotency_key_reused", 422},
    {"unprocessable", 422},
    {"image_corrupt", 422},
    {"image_dimensions_refused", 422},
    // A license or key refused for what it says: its signature, claims, issuer key or
    // company (LicenseVerifier, LicenseClaims, Paserk, LicenseRegistrar).
    {"bad_footer", 422},
    {"bad_signature", 422},
    {"company_deleted", 422},
    {"company_not_found", 422},
    {"duplicate_feature", 422},
    {"duplicate_key", 422},
    {"invalid_claim", 422},
    {"invalid_paserk", 422},
    {"invalid_public_key", 422},
    {"invalid_validity", 422},
    {"issued_in_future", 422},
    {"key_cap_exceeded", 422},
    {"key_invalid", 422},
    {"key_not_active", 422},
    {"key_not_valid_at", 422},
    {"license_company_mismatch", 422},
    {"license_expired", 422},
    {"license_not_yet_valid", 422},
    {"malformed_token", 422},
    {"missing_claim", 422},
    {"supersedes_unknown", 422},
    {"unknown_claim", 422},
    {"unknown_feature", 422},
    {"unknown_key", 422},
    {"unknown_tier", 422},
    {"unsupported_token", 422},
    {"users_out_of_range", 422},
    {"precondition_required", 428},
    {"rate_limited", 429},
    {"header_too_large", 431},
    {"internal_error", 500},
    {"not_implemented", 501},
    {"maintenance", 503},
    {"service_unavailable", 503},
};

} // namespace

ApiError::ApiError(int status, QString code, QString message, QJsonObject details)
    : m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_details(std::move(details))
{ }

ApiError ApiError::fromError(const models::Error &error, const QByteArray &requestId)
{
    if (isStorageCode(error.code)) {
        if (error.code == SqlErrorCode::Conflict)
            return conflict(tr("This conflicts with a record that exists already, or with a "
                               "change made at the same time. Reload and try again."));
        if (error.code == SqlErrorCode::Busy || error.code == SqlErrorCode::Retry
            || error.code == SqlErrorCode::Unavailable) {
            return serviceUnavailable(QStringLiteral("service_unavailable"),
                                      tr("The database is busy. Try again shortly."),
                                      std::chrono::seconds(1));
        }
        return internal(requestId);
    }
    const int status = statusForCode(error.code);
    if (status < 0 || error.code == QLatin1String("internal_error"))
        return internal(requestId);
    return {status, error.code, error.message, error.details};
}

Response ApiError::answer(const models::Error &error, const Request &request)
{
    const ApiError mapped = fromError(error, request.requestId);
    if (mapped.code() != error.code || mapped.status() >= 500) {
        // What the client does not see, with the request id it does see.
        qCWarning(lcHttp).noquote()
            << request.requestId << request.method << request.route << "answered" << mapped.status()
            << mapped.code() << "for" << error.code << error.message;
    }
    return mapped.toResponse();
}

bool ApiError::isStorageCode(QStringView code)
{
    return code.startsWith(QLatin1String("db_"));
}

int ApiError::statusForCode(QStringView code)
{
    for (const auto &entry : kCodeStatus) {
        if (code == QLatin1String(entry.code))
            return entry.status;
    }
    return -1;
}

ApiError ApiError::badRequest(QString message, QJsonObject details)
{
    return {400, QStringLiteral("bad_request"), std::move(message), std::move(details)};
}

ApiError ApiError::unauthorized(QString message)
{
    return {401, QStringLiteral("unauthorized"), std::move(message)};
}

ApiError ApiError::forbidden(QString message, QJsonObject details)
{
    return {403, QStringLiteral("forbidden"), std::move(message), std::move(details)};
}

ApiError ApiError::notFound(QString message)
{
    return {404, QStringLiteral("not_found"), std::move(message)};
}

ApiError ApiError::routeNotFound(const QString &path)
{
    return {404,
            QStringLiteral("not_found"),
            tr("There is no API route at this path."),
            {{QStringLiteral("path"), path}}};
}

ApiError ApiError::methodNotAllowed(const QStringList &allowed)
{
    return {405,
            QStringLiteral("method_not_allowed"),
            tr("This route does not accept that method."),
            {{QStringLiteral("allow"), QJsonArray::fromStringList(allowed)}}};
}

ApiError ApiError::conflict(QString message, QJsonObject details)
{
    return {409, QStringLiteral("conflict"), std::move(message), std::move(details)};
}

ApiError ApiError::payloadTooLarge(qint64 maxBytes)
{
    return {413,
            QStringLiteral("payload_too_large"),
            tr("The request body is larger than the server accepts."),
            {{QStringLiteral("max_bytes"), maxBytes}}};
}

ApiError ApiError::unsupportedMediaType(QString message)
{
    return {415, QStringLiteral("unsupported_media_type"), std::move(message)};
}

ApiError ApiError::tooManyRequests(std::chrono::seconds retryAfter)
{
    return {429,
            QStringLiteral("rate_limited"),
            tr("Too many attempts. Try again later."),
            {{QStringLiteral("retry_after_seconds"), static_cast<qint64>(retryAfter.count())}}};
}

ApiError ApiError::serviceUnavailable(QString code, QString message,
                                      std::chrono::seconds retryAfter)
{
    return {503,
            std::move(code),
            std::move(message),
            {{QStringLiteral("retry_after_seconds"), static_cast<qint64>(retryAfter.count())}}};
}

ApiError ApiError::internal(const QByteArray &requestId)
{
    QJsonObject details;
    if (!requestId.isEmpty())
        details.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
    return {500, QStringLiteral("internal_error"),
            tr("The server failed to handle the request. The failure has been logged."), details};
}

QJsonObject ApiError::toJson() const
{
    return {{QStringLiteral("error"), m_code},
            {QStringLiteral("message"), m_message},
            {QStringLiteral("details"), m_details}};
}

Response ApiError::toResponse() const
{
    Response response = Response::json(m_status, toJson());
    const QJsonValue retryAfter = m_details.value(QStringLiteral("retry_after_seconds"));
    if ((m_status == 429 || m_status == 503) && retryAfter.isDouble()) {
        const qint64 seconds = std::max<qint64>(1, retryAfter.toInteger());
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    }
    if (m_status == 405) {
        QByteArrayList methods;
        for (const auto &method : m_details.value(QStringLiteral("allow")).toArray())
            methods.append(method.toString().toLatin1());
        response.setHeader(QByteArrayLiteral("Allow"), methods.join(", "));
    }
    if (m_status == 401) {
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Bearer realm=\"sphair\""));
    }
    return response;
}

} // namespace sphair::server
