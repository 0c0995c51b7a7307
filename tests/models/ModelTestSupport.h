#pragma once

#include "models/domain/Result.h"
#include "models/domain/Validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

namespace sphair::tests {

// `base` with `key` set to `value`, or removed when `value` is undefined.
inline QJsonObject patched(QJsonObject base, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        base.remove(key);
    else
        base.insert(key, value);
    return base;
}

inline QJsonValue absent()
{
    return QJsonValue(QJsonValue::Undefined);
}

inline QJsonObject parseObject(const char *json)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test JSON does not parse: %s", json);
    return document.object();
}

inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// `value` written with toJson() and read back with T::fromJson is the same value.
template<typename T>
bool roundTrips(const T &value)
{
    const QJsonObject json = value.toJson();
    const auto back = T::fromJson(json);
    if (!back.ok()) {
        qWarning("%s does not read back: %s", qPrintable(compactJson(json)),
                 qPrintable(back.error().message));
        return false;
    }
    if (!(back.value() == value)) {
        qWarning("%s reads back as %s", qPrintable(compactJson(json)),
                 qPrintable(compactJson(back->toJson())));
        return false;
    }
    return true;
}

// An "invalid_field" error naming `field` with `reason`, with a finished sentence.
inline bool isFieldError(const models::Error &error, const QString &field, const QString &reason)
{
    const bool ok = error.code == QLatin1String("invalid_field")
        && models::Validation::fieldOf(error) == field
        && error.details.value(QLatin1String("reason")).toString() == reason
        && !error.message.isEmpty() && !error.message.contains(QLatin1String("%1"));
    if (!ok) {
        qWarning("expected invalid_field/%s/%s, got %s/%s/%s: %s", qPrintable(field),
                 qPrintable(reason), qPrintable(error.code),
                 qPrintable(models::Validation::fieldOf(error)),
                 qPrintable(error.details.value(QLatin1String("reason")).toString()),
                 qPrintable(error.message));
    }
    return ok;
}

} // namespace sphair::tests
