#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

namespace sphair::client {

// An HTTP answer of the platform: status, headers and body, with the JSON helpers the typed
// calls use. Unknown fields in the body are ignored by every reader.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The first header of that name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    QByteArray etag() const { return header("ETag"); }
    // The body as a JSON object; nullopt when it is not one.
    std::optional<QJsonObject> jsonObject() const;
    // Retry-After in seconds (delta-seconds or an HTTP date); 0 when absent or unreadable.
    int retryAfterSeconds() const;
};

} // namespace sphair::client
