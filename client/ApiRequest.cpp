#include "client/ApiRequest.h"

namespace sphair::client {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const std::optional<QJsonObject> &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    if (body)
        request.body = QJsonDocument(*body);
    request.idempotencyKey = true;
    return request;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonDocument &body,
                           const QByteArray &ifMatch)
{
    ApiRequest request;
    request.method = "PUT";
    request.path = path;
    request.body = body;
    request.ifMatch = ifMatch;
    request.conflictPath = path;
    return request;
}

ApiRequest ApiRequest::remove(const QString &path, const QByteArray &ifMatch)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = path;
    request.ifMatch = ifMatch;
    request.conflictPath = path;
    return request;
}

ApiRequest ApiRequest::putBytes(const QString &path, const QByteArray &bytes,
                                const QByteArray &contentType, const QByteArray &ifMatch)
{
    ApiRequest request = put(path, {}, ifMatch);
    request.body.reset();
    request.bytes = bytes;
    request.bytesType = contentType;
    return request;
}

bool ApiRequest::isIdempotent() const
{
    if (method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"
        || method == "OPTIONS")
        return true;
    return method == "POST" && idempotencyKey;
}

QString ApiRequest::describe() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QString resourcePath(const QString &collection, const QUuid &id)
{
    return collection + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

} // namespace sphair::client
