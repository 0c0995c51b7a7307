#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

namespace sphair::client {

// One call of the platform API as PlatformClient sends it: method, path below the profile's
// base URL, query, JSON body and the headers that carry its rules (If-Match, whether it needs
// the session, whether a POST is made idempotent with an Idempotency-Key).
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // e.g. "/admin/companies"; appended to the base URL's path
    QUrlQuery query;
    std::optional<QJsonDocument> body; // sent as application/json
    // Sent as they are with bytesType as Content-Type instead of a JSON body (image uploads).
    std::optional<QByteArray> bytes;
    QByteArray bytesType;
    QByteArray ifMatch; // an ETag from an earlier GET
    QList<QPair<QByteArray, QByteArray>> headers; // anything else
    // Send the session token; a 401 then means the session has ended.
    bool authenticated = true;
    // POST only: send an Idempotency-Key (one UUID per logical call, the same on every
    // retry), which makes the POST safe to retry. The /admin routes honour it.
    bool idempotencyKey = false;
    // On 412, GET this path to show the server's current version next to the user's edit.
    QString conflictPath;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    // A POST with an Idempotency-Key (the /admin routes honour one), so it may be retried.
    static ApiRequest post(const QString &path,
                           const std::optional<QJsonObject> &body = std::nullopt);
    static ApiRequest put(const QString &path, const QJsonDocument &body,
                          const QByteArray &ifMatch);
    static ApiRequest remove(const QString &path, const QByteArray &ifMatch);
    // A PUT of raw bytes (an upload) with If-Match.
    static ApiRequest putBytes(const QString &path, const QByteArray &bytes,
                               const QByteArray &contentType, const QByteArray &ifMatch);

    // GET, HEAD, PUT, DELETE, and POST with an Idempotency-Key: may be sent twice.
    bool isIdempotent() const;
    // "GET /admin/companies", for logs (never carries the query, which may hold search text).
    QString describe() const;
};

// "/admin/companies/" + the id without braces: the path of one resource.
QString resourcePath(const QString &collection, const QUuid &id);

} // namespace sphair::client
