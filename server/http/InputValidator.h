#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace sphair::server {

// Checks request input field by field and collects every problem, so a client learns all of
// them from one 400 answer. The error is the shared "invalid_field" of models::Validation,
// extended with the full list:
//   details = {"field": <first bad field>, "reason": <its reason>,
//              "fields": {"<field>": {"reason": "format", "message": "…", …}, …}}
// Reasons are the shared vocabulary: missing, wrong_type, format, unknown_value, empty,
// too_short, too_long, out_of_range, unknown_field. Whether a UUID, colour, URL or e-mail
// address is acceptable is decided by models::Validation, so the console's as-you-type
// checks and the server accept exactly the same values.
class InputValidator
{
public:
    static constexpr int kDefaultUrlMaxLength = 2048;

    // The static checks return the value (colours lowercased) or an invalid_field Error
    // without a field name: details.reason, plus limits such as max_length or allowed.

    // Canonical form only: lowercase, hyphenated, not the nil UUID.
    static models::Result<QString> checkUuid(QStringView text);
    // "#RRGGBB", either case; returned lowercase.
    static models::Result<QString> checkColour(QStringView text);
    // An absolute https URL with a host, no user info, no spaces or control characters, at
    // most maxLength (≤ 2048) characters.
    static models::Result<QString> checkHttpsUrl(QStringView text,
                                                 int maxLength = kDefaultUrlMaxLength);
    static models::Result<QString> checkEmail(QStringView text);
    // Length in characters (code points) within [minLength, maxLength]; with minLength > 0
    // only spaces is "empty". No control characters (tab, LF and CR allowed when multiLine)
    // and no bidirectional overrides.
    static models::Result<QString> checkText(QStringView text, int minLength, int maxLength,
                                             bool multiLine = false);
    static models::Result<QString> checkOneOf(QStringView text, const QStringList &allowed);
    // A JSON number without a fraction, within [minimum, maximum].
    static models::Result<qint64> checkInteger(const QJsonValue &value, qint64 minimum,
                                               qint64 maximum);
    // Decimal digits with an optional '-' (query parameters), within [minimum, maximum].
    static models::Result<qint64> checkInteger(QStringView text, qint64 minimum, qint64 maximum);

    std::optional<QString> uuid(const QString &field, QStringView text);
    std::optional<QString> colour(const QString &field, QStringView text);
    std::optional<QString> httpsUrl(const QString &field, QStringView text,
                                    int maxLength = kDefaultUrlMaxLength);
    std::optional<QString> email(const QString &field, QStringView text);
    std::optional<QString> text(const QString &field, QStringView text, int minLength,
                                int maxLength, bool multiLine = false);
    std::optional<QString> oneOf(const QString &field, QStringView text,
                                 const QStringList &allowed);
    std::optional<qint64> integer(const QString &field, const QJsonValue &value, qint64 minimum,
                                  qint64 maximum);
    std::optional<qint64> integer(const QString &field, QStringView text, qint64 minimum,
                                  qint64 maximum);

    // Records a problem found elsewhere. The first problem of a field is kept.
    void addProblem(const QString &field, const QString &reason, const QString &message,
                    const QJsonObject &extra = {});
    // Records an invalid_field error (e.g. from a models::Validation check or a static check
    // above) under `field`, or under the error's own details.field when `field` is empty.
    void addProblem(const models::Error &error, const QString &field = {});

    bool ok() const { return m_fields.isEmpty(); }
    bool hasProblem(const QString &field) const { return m_fields.contains(field); }
    // The reason recorded for `field`, or an empty string.
    QString reasonOf(const QString &field) const;
    // invalid_field with details.field/reason/fields; only meaningful when !ok().
    models::Error error() const;
    models::Status status() const;

private:
    template<typename T>
    std::optional<T> record(const QString &field, models::Result<T> result);

    QJsonObject m_fields;
    QString m_firstField;
};

} // namespace sphair::server
