#include "server/http/Request.h"

namespace sphair::server {

bool Request::hasQuery(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

std::optional<QString> Request::queryValue(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return item.second;
    }
    return std::nullopt;
}

QStringList Request::queryValues(const QString &name) const
{
    QStringList values;
    for (const auto &item : query) {
        if (item.first == name)
            values.append(item.second);
    }
    return values;
}

bool Request::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QList<QByteArray> Request::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            values.append(header.second);
    }
    return values;
}

QList<QPair<QString, QString>> Request::parseQuery(QByteArrayView rawQuery)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = rawQuery.toByteArray().split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray name = equals < 0 ? part : part.first(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.sliced(equals + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

} // namespace sphair::server
