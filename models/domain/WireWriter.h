#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::models {

// Builds the JSON object of a value type with the wire conventions: every field is always
// written; a value that is not set (null UUID, invalid time, empty optional text) is null;
// UUIDs are lowercase without braces and times are WireTime strings.
class WireWriter
{
public:
    WireWriter() = default;
    // Starts from `base`, e.g. the object of a type this one extends (allOf in the schema).
    explicit WireWriter(QJsonObject base)
        : m_object(std::move(base))
    { }

    WireWriter &text(QStringView key, const QString &value);
    // null when empty.
    WireWriter &optionalText(QStringView key, const QString &value);
    WireWriter &integer(QStringView key, qint64 value);
    WireWriter &number(QStringView key, double value);
    WireWriter &boolean(QStringView key, bool value);
    // null when the UUID is null.
    WireWriter &uuid(QStringView key, const QUuid &value);
    // null when the time is invalid.
    WireWriter &time(QStringView key, const QDateTime &value);
    WireWriter &date(QStringView key, QDate value);
    WireWriter &strings(QStringView key, const QStringList &values);
    WireWriter &value(QStringView key, const QJsonValue &value);

    // The toJson() object of a value type.
    template<typename T>
    WireWriter &nested(QStringView key, const T &item)
    {
        return value(key, item.toJson());
    }
    // The same, or null.
    template<typename T>
    WireWriter &optionalNested(QStringView key, const std::optional<T> &item)
    {
        return value(key, item ? QJsonValue(item->toJson()) : QJsonValue(QJsonValue::Null));
    }

    template<typename T>
    WireWriter &objects(QStringView key, const QList<T> &items)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(item.toJson());
        return value(key, array);
    }

    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
};

// Writes a list of value types as a JSON array of their toJson() objects.
template<typename T>
QJsonArray listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

} // namespace sphair::models
