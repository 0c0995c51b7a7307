#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QStringView>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace sphair::server {

// Converts between Qt values and the kinds of value both backends exchange, so that a
// parameter written through PostgreSQL reads back the same through SQLite.
//
// Statement parameters may be: an invalid QVariant or std::nullptr_t (SQL NULL), bool, any
// integer type (sent as qint64), float/double, QString (a null QString is the empty string,
// not NULL), QByteArray (bytes), QDateTime (ISO 8601 UTC with milliseconds, e.g.
// "2024-05-01T02:00:00.000Z"; an invalid one is NULL), QDate ("yyyy-MM-dd"; invalid is NULL),
// QUuid (lower-case, no braces; a null QUuid is NULL), and QJsonObject/QJsonArray/
// QJsonDocument/QJsonValue (compact JSON text; JSON null or undefined is NULL).
class SqlValue
{
public:
    // Normalises a parameter to NULL (invalid QVariant), bool, qint64, double, QString or
    // QByteArray. Fails with db_invalid_argument for any other type.
    static models::Result<QVariant> toParameter(const QVariant &value);

    // Returns the parameter as the text PostgreSQL parses (bool as true/false, numbers
    // in full precision). The value must already be normalised by toParameter().
    static QByteArray toText(const QVariant &normalised);

    static QString formatTimestamp(const QDateTime &dateTime);
    // Parses ISO 8601 ("2024-05-01T02:00:00.123Z") and PostgreSQL's ISO output
    // ("2024-05-01 02:00:00.123456+00"); no zone means UTC. Invalid on error.
    static QDateTime parseTimestamp(QStringView text);
    static QDate parseDate(QStringView text);
    // Parses any JSON text, scalars included. Undefined on error.
    static QJsonValue parseJson(QStringView text);

    // Reads a stored value as the given type, accepting each backend's representation
    // (e.g. bool as 0/1, 't'/'f', true/false). Empty when NULL or not convertible.
    static std::optional<bool> toBool(const QVariant &value);
    static std::optional<qint64> toInt64(const QVariant &value);
    static std::optional<double> toDouble(const QVariant &value);
    static QDateTime toDateTime(const QVariant &value);
    static QDate toDate(const QVariant &value);
    static QUuid toUuid(const QVariant &value);
    static QJsonValue toJson(const QVariant &value);
    static QString toString(const QVariant &value);

    static bool isNull(const QVariant &value);
};

} // namespace sphair::server
