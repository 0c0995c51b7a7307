#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <initializer_list>

namespace sphair::server {

// How SqlRow::toJson() writes a column whose stored form does not say what it is: SQLite keeps
// times as text and booleans as 0/1, and both backends keep JSON documents as text.
enum class WireColumn { Time, Boolean, Json };

struct WireColumnType
{
    QStringView column;
    WireColumn kind;
};

// One row of a statement's result, with getters that read each column as the type the caller
// expects, whatever the backend stored (SQLite keeps booleans as 0/1 and times as text).
// A getter on NULL or on a value it cannot convert returns the type's empty value; ask
// isNull() where NULL and empty differ. An unknown column name is a programming error: it
// asserts in debug builds and logs a warning in release builds.
class SqlRow
{
public:
    SqlRow() = default;
    SqlRow(QStringList columns, QVariantList values);

    const QStringList &columns() const { return m_columns; }
    const QVariantList &values() const { return m_values; }
    int size() const { return static_cast<int>(m_values.size()); }
    int indexOf(QStringView column) const; // -1 if absent

    // The value as the backend returned it: NULL (invalid QVariant), bool, qint64, double,
    // QString, QByteArray, QDateTime (timestamps) or QDate (dates).
    QVariant value(int index) const;
    QVariant value(QStringView column) const;
    bool isNull(QStringView column) const;

    QString text(QStringView column) const;
    qint64 int64(QStringView column, qint64 fallback = 0) const;
    int integer(QStringView column, int fallback = 0) const;
    double real(QStringView column, double fallback = 0) const;
    bool boolean(QStringView column, bool fallback = false) const;
    QDateTime dateTime(QStringView column) const; // UTC; invalid when NULL
    QDate date(QStringView column) const;
    QUuid uuid(QStringView column) const; // null QUuid when NULL
    QJsonValue json(QStringView column) const; // Null when NULL, Undefined when malformed
    QByteArray bytes(QStringView column) const;

    // The row as a wire object for a codec's fromJson: one key per column, named as the SELECT
    // names it. NULL is null; numbers, text, and the timestamps, dates and booleans PostgreSQL
    // reports keep their kind (times as the wire writes them); `typed` names the columns to
    // convert. Byte columns are left out: no wire type carries them.
    QJsonObject toJson(std::initializer_list<WireColumnType> typed = {}) const;

private:
    QStringList m_columns;
    QVariantList m_values;
};

} // namespace sphair::server
