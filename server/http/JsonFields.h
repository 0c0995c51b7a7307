#pragma once

#include "models/domain/Result.h"
#include "server/http/InputValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sphair::server {

// Typed, validated reads of the fields of a JSON request body. Each read returns the value or
// std::nullopt and records why (missing, wrong_type, format, …) under the field's name, so
// one 400 invalid_field answer names every bad field (see InputValidator):
//   JsonFields f(body);
//   auto name = f.string(QStringLiteral("name"), 1, 200);
//   auto tier = f.enumValue(QStringLiteral("tier"), tiers);
//   f.rejectUnknownFields();
//   if (!f.ok()) return ApiError::fromError(f.error()).toResponse();
class JsonFields
{
public:
    enum class Presence {
        Required, // absent or null: "missing"
        Optional, // may be absent; null is "wrong_type"
        Nullable, // may be absent or null; both read as std::nullopt without a problem
    };

    // `prefix` names nested objects in problems: "settings." gives "settings.logo_url".
    explicit JsonFields(QJsonObject object, QString prefix = {});

    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const { return m_object.value(key).isNull(); }

    std::optional<QString> string(const QString &key, int minLength, int maxLength,
                                  Presence presence = Presence::Required, bool multiLine = false);
    std::optional<QString> uuid(const QString &key, Presence presence = Presence::Required);
    std::optional<QString> colour(const QString &key, Presence presence = Presence::Required);
    std::optional<QString> httpsUrl(const QString &key, Presence presence = Presence::Required,
                                    int maxLength = InputValidator::kDefaultUrlMaxLength);
    std::optional<QString> email(const QString &key, Presence presence = Presence::Required);
    std::optional<QString> enumValue(const QString &key, const QStringList &allowed,
                                     Presence presence = Presence::Required);
    std::optional<qint64> integer(const QString &key, qint64 minimum, qint64 maximum,
                                  Presence presence = Presence::Required);
    std::optional<bool> boolean(const QString &key, Presence presence = Presence::Required);
    // RFC 3339 with a zone ("2025-01-31T12:00:00Z", "…+02:00"); returned in UTC.
    std::optional<QDateTime> dateTime(const QString &key, Presence presence = Presence::Required);
    // An array of distinct strings, each one of `allowed` (any non-empty string of at most 200
    // characters when `allowed` is empty), at most maxItems long.
    std::optional<QStringList> stringList(const QString &key, const QStringList &allowed,
                                          int maxItems, Presence presence = Presence::Required);
    std::optional<QJsonObject> object(const QString &key, Presence presence = Presence::Required);
    std::optional<QJsonArray> array(const QString &key, Presence presence = Presence::Required);

    // Records "unknown_field" for every key no read above asked for (catches typos such as
    // "primary_colour" that would otherwise be ignored silently).
    void rejectUnknownFields();

    InputValidator &validator() { return m_validator; }
    bool ok() const { return m_validator.ok(); }
    models::Error error() const { return m_validator.error(); }
    models::Status status() const { return m_validator.status(); }

private:
    // The value if it is present and of `type`; records "required" or "wrong_type" otherwise.
    std::optional<QJsonValue> take(const QString &key, QJsonValue::Type type, Presence presence);
    QString fieldName(const QString &key) const { return m_prefix + key; }

    QJsonObject m_object;
    QString m_prefix;
    QSet<QString> m_read;
    InputValidator m_validator;
};

} // namespace sphair::server
