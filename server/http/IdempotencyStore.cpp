#include "server/http/IdempotencyStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sphair::server {

IdempotencyStore::~IdempotencyStore() = default;

QByteArray IdempotencyStore::encodeResponse(const Response &response)
{
    QJsonArray headers;
    for (const auto &[name, value] : response.headers)
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    const QJsonObject object {
        {QStringLiteral("status"), response.status},
        {QStringLiteral("content_type"), QString::fromLatin1(response.contentType)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromLatin1(response.body.toBase64())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

models::Result<Response> IdempotencyStore::decodeResponse(const QByteArray &encoded)
{
    const QJsonObject object = QJsonDocument::fromJson(encoded).object();
    const int status = object.value(QStringLiteral("status")).toInt();
    if (status < 100 || status > 599) {
        return models::Result<Response>::failure(
            QStringLiteral("internal_error"),
            QCoreApplication::translate("sphair::server::IdempotencyStore",
                                        "A stored response is damaged."));
    }
    Response response;
    response.status = status;
    response.contentType = object.value(QStringLiteral("content_type")).toString().toLatin1();
    for (const auto &header : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        response.headers.append(
            {pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    response.body =
        QByteArray::fromBase64(object.value(QStringLiteral("body")).toString().toLatin1());
    return response;
}

} // namespace sphair::server
