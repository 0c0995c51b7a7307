#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sphair::server {

// One HTTP request as route code sees it: no cpp-httplib types, body as bytes, header names
// compared case-insensitively.
struct Request
{
    QByteArray method; // upper case as sent: "GET", "POST", …
    QString path; // percent-decoded path, without the query
    QString route; // the matched pattern, e.g. "/admin/companies/{id}" (set by Router)
    QHash<QString, QString> pathParams; // {id} → value, percent-decoded
    QList<QPair<QString, QString>> query; // decoded query items, in order
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case, in order
    QByteArray body;
    QString remoteAddress;
    quint16 remotePort = 0;
    QByteArray requestId; // also sent back as X-Request-Id

    QString pathParam(const QString &name) const { return pathParams.value(name); }
    bool hasQuery(const QString &name) const;
    // First value of a query item, if present (it may be empty: "?q=").
    std::optional<QString> queryValue(const QString &name) const;
    QStringList queryValues(const QString &name) const;

    bool hasHeader(QByteArrayView name) const;
    // First value of the header, or an empty array.
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;

    // Parses "a=1&b=%20x" into query items (percent-decoding; '+' stays '+').
    static QList<QPair<QString, QString>> parseQuery(QByteArrayView rawQuery);
};

} // namespace sphair::server
