#include "server/http/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace sphair::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::ApiError", text);
}

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
    {"feature_disabled", 403},
    {"license_required", 403},
    {"user_limit_reached", 403},
    {"company_suspended", 403},
    // Storage failures that reach a route: never a 4xx, and never the database's own text
    // blamed on the client.
    {"db_busy", 503},
    {"db_unavailable", 503},
    {"db_retry", 503},
    {"db_error", 500},
    {"db_transaction_aborted", 500},
    {"db_migration", 500},
    {"db_insecure_role", 500},
    {"db_forbidden", 500},
    {"not_found", 404},
    {"method_not_allowed", 405},
    {"conflict", 409},
    {"idempotency_key_in_progress", 409},
    {"deployment_in_progress", 409},
    {"length_required", 411},
    {"precondition_failed", 412},
    {"payload_too_large", 413},
    {"uri_too_long", 414},
    {"unsupported_media_type", 415},
    {"idempotency_key_reused", 422},
    {"unprocessable", 422},
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

ApiError ApiError::fromError(const models::Error &error, int fallbackStatus)
{
    const int status = statusForCode(error.code);
    return {status > 0 ? status : fallbackStatus, error.code, error.message, error.details};
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
