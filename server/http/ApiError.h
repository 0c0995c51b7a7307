#pragma once

#include "models/domain/Result.h"
#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>

namespace sphair::server {

// A failed API call as the client receives it: an HTTP status and the JSON body
// {"error":code,"message":text,"details":{…}}. Codes are stable lower_snake_case; their
// status comes from one table (statusForCode), and every route turns a failure into its
// answer through answer().
class ApiError
{
public:
    ApiError(int status, QString code, QString message, QJsonObject details = {});

    // The one mapping from a failed store or service call to what the client sees:
    // - a storage error (SqlErrorCode, "db_…") never shows the database's own text: a unique
    //   violation is 409 conflict, a busy or unreachable database 503 service_unavailable with
    //   Retry-After, anything else 500 internal_error with the request id;
    // - a code of the table (statusForCode) keeps its message and details and gets its status;
    // - any other code is 500 internal_error, since an unknown code may carry a library's
    //   text. Fail closed: a new refusal needs its line in the table.
    static ApiError fromError(const models::Error &error, const QByteArray &requestId = {});
    // fromError() as the response to `request`; what the client does not see is logged with
    // the request id.
    static Response answer(const models::Error &error, const Request &request);
    // The status of a code of the table, or -1.
    static int statusForCode(QStringView code);
    static bool isStorageCode(QStringView code);

    static ApiError badRequest(QString message, QJsonObject details = {});
    static ApiError unauthorized(QString message);
    static ApiError forbidden(QString message, QJsonObject details = {});
    static ApiError notFound(QString message);
    static ApiError routeNotFound(const QString &path);
    static ApiError methodNotAllowed(const QStringList &allowed);
    static ApiError conflict(QString message, QJsonObject details = {});
    static ApiError payloadTooLarge(qint64 maxBytes);
    static ApiError unsupportedMediaType(QString message);
    static ApiError tooManyRequests(std::chrono::seconds retryAfter);
    static ApiError serviceUnavailable(QString code, QString message,
                                       std::chrono::seconds retryAfter);
    static ApiError internal(const QByteArray &requestId);

    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QJsonObject &details() const { return m_details; }

    QJsonObject toJson() const;
    models::Error toError() const { return {m_code, m_message, m_details}; }
    // The JSON body plus the headers the status calls for: Retry-After (429, 503, from
    // details.retry_after_seconds), Allow (405, from details.allow), WWW-Authenticate (401).
    Response toResponse() const;

private:
    int m_status;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
};

} // namespace sphair::server
