#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sphair::server {

// One HTTP response as route code builds it: a status, extra headers and a body (JSON unless
// the route says otherwise). HttpServer adds Content-Length, X-Request-Id and the default
// security headers.
struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // The body holds a credential (a new token): IdempotentRequest keeps no copy of it.
    bool holdsSecret = false;

    static Response json(int status, const QJsonObject &object);
    static Response json(const QJsonObject &object) { return json(200, object); }
    // Named apart from json() so that json({{"key", value}}) is never ambiguous.
    static Response jsonArray(int status, const QJsonArray &array);
    static Response jsonArray(const QJsonArray &array) { return jsonArray(200, array); }
    // A response without a body (204 No Content by default, 304, …).
    static Response empty(int status = 204);
    static Response bytes(int status, QByteArray body, QByteArray contentType);

    // Replaces every header of that name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    void addHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(QByteArrayView name);
    bool hasHeader(QByteArrayView name) const;
    QByteArray header(QByteArrayView name) const;

    // The body parsed as a JSON object (empty if it is not one); for tests and replays.
    QJsonObject jsonObject() const;
};

} // namespace sphair::server
