#include "models/domain/WireReader.h"

#include "models/domain/WireTime.h"

#include <QCoreApplication>

#include <cmath>

namespace sphair::models {

namespace {

QString kindText()
{
    return QCoreApplication::translate("sphair::models::WireReader", "text");
}
QString kindBoolean()
{
    return QCoreApplication::translate("sphair::models::WireReader", "true or false");
}
QString kindInteger()
{
    return QCoreApplication::translate("sphair::models::WireReader", "a whole number");
}
QString kindNumber()
{
    return QCoreApplication::translate("sphair::models::WireReader", "a number");
}
QString kindArray()
{
    return QCoreApplication::translate("sphair::models::WireReader", "a list");
}

} // namespace

WireReader::WireReader(QJsonObject object, QString fieldPrefix)
    : m_object(std::move(object))
    , m_prefix(std::move(fieldPrefix))
{ }

const Error &WireReader::error() const
{
    static const Error none;
    return m_error ? *m_error : none;
}

Status WireReader::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

void WireReader::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

QString WireReader::fieldName(QStringView key) const
{
    return m_prefix + key.toString();
}

bool WireReader::has(QStringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it.value().isNull() && !it.value().isUndefined();
}

std::optional<QJsonValue> WireReader::find(QStringView key, bool required)
{
    if (m_error)
        return std::nullopt;
    if (has(key))
        return m_object.value(key);
    if (required) {
        fail(Validation::missingField(fieldName(key)));
    }
    return std::nullopt;
}

void WireReader::failWrongType(const QString &field, const QString &kind)
{
    fail(Validation::invalidField(
        field, QStringLiteral("wrong_type"),
        QCoreApplication::translate("sphair::models::WireReader", "“%1” must be %2.")
            .arg(field, kind)));
}

void WireReader::failUnknownValue(QStringView key, const QString &value, const QStringList &codes)
{
    fail(
        Validation::invalidField(fieldName(key), QStringLiteral("unknown_value"),
                                 QCoreApplication::translate("sphair::models::WireReader",
                                                             "“%1” must be one of %2; “%3” is not.")
                                     .arg(fieldName(key), codes.join(QStringLiteral(", ")), value),
                                 {{QStringLiteral("allowed"), QJsonArray::fromStringList(codes)}}));
}

QString WireReader::elementName(QStringView key, qsizetype index) const
{
    return fieldName(key) + u'[' + QString::number(index) + u']';
}

QString WireReader::kindObject()
{
    return QCoreApplication::translate("sphair::models::WireReader", "an object");
}

QString WireReader::string(QStringView key)
{
    const auto value = find(key, true);
    if (!value)
        return {};
    if (!value->isString()) {
        failWrongType(fieldName(key), kindText());
        return {};
    }
    return value->toString();
}

QString WireReader::optionalString(QStringView key, const QString &fallback)
{
    const auto value = find(key, false);
    if (!value)
        return fallback;
    if (!value->isString()) {
        failWrongType(fieldName(key), kindText());
        return fallback;
    }
    return value->toString();
}

bool WireReader::boolean(QStringView key)
{
    const auto value = find(key, true);
    if (!value)
        return false;
    if (!value->isBool()) {
        failWrongType(fieldName(key), kindBoolean());
        return false;
    }
    return value->toBool();
}

bool WireReader::optionalBoolean(QStringView key, bool fallback)
{
    if (!has(key))
        return fallback;
    return boolean(key);
}

qint64 WireReader::integer(QStringView key, qint64 min, qint64 max)
{
    const auto value = find(key, true);
    if (!value)
        return 0;
    const double number = value->toDouble();
    const auto limit = static_cast<double>(kMaxJsonInteger);
    if (!value->isDouble() || !std::isfinite(number) || std::trunc(number) != number
        || std::fabs(number) > limit) {
        failWrongType(fieldName(key), kindInteger());
        return 0;
    }
    const auto result = static_cast<qint64>(number);
    if (auto range = Validation::checkRange(fieldName(key), result, min, max); !range) {
        fail(range.error());
        return 0;
    }
    return result;
}

qint64 WireReader::optionalInteger(QStringView key, qint64 fallback, qint64 min, qint64 max)
{
    if (!has(key))
        return fallback;
    return integer(key, min, max);
}

double WireReader::number(QStringView key, double min)
{
    const auto value = find(key, true);
    if (!value)
        return 0;
    const double number = value->toDouble();
    if (!value->isDouble() || !std::isfinite(number)) {
        failWrongType(fieldName(key), kindNumber());
        return 0;
    }
    if (number < min) {
        fail(Validation::invalidField(
            fieldName(key), QStringLiteral("out_of_range"),
            QCoreApplication::translate("sphair::models::WireReader",
                                        "“%1” must be at least %2; it is %3.")
                .arg(fieldName(key))
                .arg(min)
                .arg(number),
            {{QStringLiteral("min"), min}}));
        return 0;
    }
    return number;
}

QUuid WireReader::uuid(QStringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    if (auto check = Validation::checkUuid(fieldName(key), text); !check) {
        fail(check.error());
        return {};
    }
    return QUuid::fromString(text);
}

QUuid WireReader::optionalUuid(QStringView key)
{
    if (!has(key))
        return {};
    return uuid(key);
}

QDateTime WireReader::time(QStringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    QDateTime parsed = WireTime::fromString(text);
    if (!parsed.isValid()) {
        fail(Validation::invalidField(fieldName(key), QStringLiteral("format"),
                                      QCoreApplication::translate("sphair::models::WireReader",
                                                                  "“%1” must be a UTC time such as "
                                                                  "2025-01-31T14:00:00Z.")
                                          .arg(fieldName(key))));
    }
    return parsed;
}

QDateTime WireReader::optionalTime(QStringView key)
{
    if (!has(key))
        return {};
    return time(key);
}

QDate WireReader::date(QStringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const QDate parsed = WireTime::dateFromString(text);
    if (!parsed.isValid()) {
        fail(Validation::invalidField(
            fieldName(key), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::WireReader",
                                        "“%1” must be a day such as 2025-01-31.")
                .arg(fieldName(key))));
    }
    return parsed;
}

QStringList WireReader::strings(QStringView key)
{
    const QJsonArray items = array(key);
    QStringList out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && ok(); ++i) {
        if (!items.at(i).isString()) {
            failWrongType(elementName(key, i), kindText());
            return {};
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QStringList WireReader::optionalStrings(QStringView key)
{
    if (!has(key))
        return {};
    return strings(key);
}

QJsonObject WireReader::jsonObject(QStringView key)
{
    const auto value = find(key, true);
    if (!value)
        return {};
    if (!value->isObject()) {
        failWrongType(fieldName(key), kindObject());
        return {};
    }
    return value->toObject();
}

QJsonObject WireReader::optionalJsonObject(QStringView key)
{
    if (!has(key))
        return {};
    return jsonObject(key);
}

QJsonArray WireReader::array(QStringView key)
{
    const auto value = find(key, true);
    if (!value)
        return {};
    if (!value->isArray()) {
        failWrongType(fieldName(key), kindArray());
        return {};
    }
    return value->toArray();
}

QJsonArray WireReader::optionalArray(QStringView key)
{
    if (!has(key))
        return {};
    return array(key);
}

QJsonValue WireReader::anyValue(QStringView key)
{
    if (!has(key))
        return QJsonValue::Null;
    return m_object.value(key);
}

Tier WireReader::tier(QStringView key)
{
    return code<Tier>(key, tierFromCode, tierCodes());
}

} // namespace sphair::models
