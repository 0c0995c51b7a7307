#include "server/http/Response.h"

#include <QJsonDocument>

namespace sphair::server {

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/json");

} // namespace

Response Response::json(int status, const QJsonObject &object)
{
    return bytes(status, QJsonDocument(object).toJson(QJsonDocument::Compact), kJsonType);
}

Response Response::jsonArray(int status, const QJsonArray &array)
{
    return bytes(status, QJsonDocument(array).toJson(QJsonDocument::Compact), kJsonType);
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

Response Response::bytes(int status, QByteArray body, QByteArray contentType)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void Response::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

void Response::removeHeader(QByteArrayView name)
{
    headers.removeIf([name](const QPair<QByteArray, QByteArray> &header) {
        return name.compare(header.first, Qt::CaseInsensitive) == 0;
    });
}

bool Response::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject Response::jsonObject() const
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace sphair::server
