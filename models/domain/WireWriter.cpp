#include "models/domain/WireWriter.h"

#include "models/domain/WireTime.h"

namespace sphair::models {

WireWriter &WireWriter::text(QStringView key, const QString &value)
{
    m_object.insert(key, value);
    return *this;
}

WireWriter &WireWriter::optionalText(QStringView key, const QString &value)
{
    m_object.insert(key, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
    return *this;
}

WireWriter &WireWriter::integer(QStringView key, qint64 value)
{
    m_object.insert(key, value);
    return *this;
}

WireWriter &WireWriter::number(QStringView key, double value)
{
    m_object.insert(key, value);
    return *this;
}

WireWriter &WireWriter::boolean(QStringView key, bool value)
{
    m_object.insert(key, value);
    return *this;
}

WireWriter &WireWriter::uuid(QStringView key, const QUuid &value)
{
    m_object.insert(key,
                    value.isNull() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(value.toString(QUuid::WithoutBraces)));
    return *this;
}

WireWriter &WireWriter::time(QStringView key, const QDateTime &value)
{
    const QString text = WireTime::toString(value);
    m_object.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    return *this;
}

WireWriter &WireWriter::date(QStringView key, QDate value)
{
    const QString text = WireTime::dateToString(value);
    m_object.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    return *this;
}

WireWriter &WireWriter::strings(QStringView key, const QStringList &values)
{
    m_object.insert(key, QJsonArray::fromStringList(values));
    return *this;
}

WireWriter &WireWriter::value(QStringView key, const QJsonValue &value)
{
    m_object.insert(key, value);
    return *this;
}

} // namespace sphair::models
