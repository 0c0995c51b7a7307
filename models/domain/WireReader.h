#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"
#include "models/domain/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <limits>
#include <optional>

namespace sphair::models {

// Reads the fields of one JSON object strictly and keeps the first problem it finds, so a
// codec reads field after field and checks once at the end.
//
// Required fields must be present with the right type. Optional fields may be absent or null
// (both mean "not set" and give the fallback); when present they must have the right type.
// Problems are "invalid_field" errors naming the field (Validation.h). After the first
// problem every read returns a default value.
class WireReader
{
public:
    // JSON numbers are doubles in most languages; integers beyond ±(2^53 - 1) cannot be read
    // back exactly everywhere, so they are refused rather than rounded.
    static constexpr qint64 kMaxJsonInteger = (qint64(1) << 53) - 1;
    static constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

    // `fieldPrefix` is put before every field name in errors, e.g. "steps[2].".
    explicit WireReader(QJsonObject object, QString fieldPrefix = {});

    bool ok() const { return !m_error.has_value(); }
    // The first problem; only meaningful when !ok().
    const Error &error() const;
    Status status() const;
    // Records a problem found by the caller, unless one is recorded already.
    void fail(Error error);
    // The name used in errors for `key`: the prefix plus the key.
    QString fieldName(QStringView key) const;

    const QJsonObject &object() const { return m_object; }
    // Present and not null.
    bool has(QStringView key) const;

    QString string(QStringView key);
    QString optionalString(QStringView key, const QString &fallback = {});
    bool boolean(QStringView key);
    bool optionalBoolean(QStringView key, bool fallback);
    // An exact integer in [min, max]; 1e3 counts as 1000, 10.5 is refused.
    qint64 integer(QStringView key, qint64 min = -kMaxJsonInteger, qint64 max = kMaxJsonInteger);
    qint64 optionalInteger(QStringView key, qint64 fallback, qint64 min = -kMaxJsonInteger,
                           qint64 max = kMaxJsonInteger);
    // A finite number (whole or not) of at least `min`.
    double number(QStringView key, double min = std::numeric_limits<double>::lowest());
    // A canonical UUID (Validation::isUuid); optionalUuid gives a null QUuid when not set.
    QUuid uuid(QStringView key);
    QUuid optionalUuid(QStringView key);
    // An RFC 3339 UTC time (WireTime); optionalTime gives an invalid QDateTime when not set.
    QDateTime time(QStringView key);
    QDateTime optionalTime(QStringView key);
    // A "YYYY-MM-DD" day.
    QDate date(QStringView key);
    // An array of strings.
    QStringList strings(QStringView key);
    QStringList optionalStrings(QStringView key);
    QJsonObject jsonObject(QStringView key);
    QJsonObject optionalJsonObject(QStringView key);
    QJsonArray array(QStringView key);
    QJsonArray optionalArray(QStringView key);
    // Any JSON value; null when absent.
    QJsonValue anyValue(QStringView key);
    Tier tier(QStringView key);

    // A string that must be one of `codes`; mapped to E with fromCode.
    template<typename E, typename FromCode>
    E code(QStringView key, FromCode fromCode, const QStringList &codes)
    {
        return readCode<E>(key, fromCode, codes, std::nullopt);
    }
    template<typename E, typename FromCode>
    E optionalCode(QStringView key, FromCode fromCode, const QStringList &codes, E fallback)
    {
        return readCode<E>(key, fromCode, codes, fallback);
    }

    // A nested object read with T::fromJson; errors name "key.field".
    template<typename T>
    T nested(QStringView key)
    {
        return readNested<T>(jsonObject(key), key).value_or(T {});
    }
    // The same, or nullopt when absent or null.
    template<typename T>
    std::optional<T> optionalNested(QStringView key)
    {
        const QJsonObject object = optionalJsonObject(key);
        if (!ok() || !has(key))
            return std::nullopt;
        return readNested<T>(object, key);
    }

    // An array of objects, each read with T::fromJson; errors name "key[i].field".
    template<typename T>
    QList<T> objects(QStringView key, bool required = true)
    {
        const QJsonArray items = required ? array(key) : optionalArray(key);
        QList<T> out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            const QString prefix = elementName(key, i);
            if (!items.at(i).isObject()) {
                failWrongType(prefix, kindObject());
                break;
            }
            auto item = T::fromJson(items.at(i).toObject());
            if (!item) {
                fail(Validation::withFieldPrefix(item.error(), prefix + u'.'));
                break;
            }
            out.append(std::move(item).value());
        }
        return out;
    }

private:
    template<typename T>
    std::optional<T> readNested(const QJsonObject &object, QStringView key)
    {
        if (!ok())
            return std::nullopt;
        auto value = T::fromJson(object);
        if (!value) {
            fail(Validation::withFieldPrefix(value.error(), fieldName(key) + u'.'));
            return std::nullopt;
        }
        return std::move(value).value();
    }

    template<typename E, typename FromCode>
    E readCode(QStringView key, FromCode fromCode, const QStringList &codes,
               std::optional<E> fallback)
    {
        const QString text = fallback ? optionalString(key) : string(key);
        if (!ok() || (fallback && !has(key)))
            return fallback.value_or(E {});
        const std::optional<E> value = fromCode(text);
        if (!value) {
            failUnknownValue(key, text, codes);
            return fallback.value_or(E {});
        }
        return *value;
    }

    // The value when present and not null; records "missing" when required and not set.
    std::optional<QJsonValue> find(QStringView key, bool required);
    void failWrongType(const QString &field, const QString &kind);
    void failUnknownValue(QStringView key, const QString &value, const QStringList &codes);
    QString elementName(QStringView key, qsizetype index) const;
    static QString kindObject();

    QJsonObject m_object;
    QString m_prefix;
    std::optional<Error> m_error;
};

// Reads a top-level JSON array of objects with T::fromJson; errors name "[i].field".
template<typename T>
Result<QList<T>> listFromJson(const QJsonArray &items)
{
    WireReader reader(QJsonObject {{QString(), items}});
    QList<T> out = reader.objects<T>(u"");
    if (!reader.ok())
        return reader.error();
    return out;
}

} // namespace sphair::models
