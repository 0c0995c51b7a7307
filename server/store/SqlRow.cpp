#include "server/store/SqlRow.h"

#include "server/store/Logging.h"
#include "server/store/SqlValue.h"

#include "models/domain/WireTime.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <utility>

namespace sphair::server {

SqlRow::SqlRow(QStringList columns, QVariantList values)
    : m_columns(std::move(columns))
    , m_values(std::move(values))
{
    Q_ASSERT(m_columns.size() == m_values.size());
}

int SqlRow::indexOf(QStringView column) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i) == column)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant SqlRow::value(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return m_values.at(index);
}

QVariant SqlRow::value(QStringView column) const
{
    const int index = indexOf(column);
    if (index < 0) {
        qCWarning(lcStore) << "no column" << column << "in result with columns" << m_columns;
        Q_ASSERT_X(false, "SqlRow::value", "unknown column");
        return {};
    }
    return m_values.at(index);
}

bool SqlRow::isNull(QStringView column) const
{
    return SqlValue::isNull(value(column));
}

QString SqlRow::text(QStringView column) const
{
    return SqlValue::toString(value(column));
}

qint64 SqlRow::int64(QStringView column, qint64 fallback) const
{
    return SqlValue::toInt64(value(column)).value_or(fallback);
}

int SqlRow::integer(QStringView column, int fallback) const
{
    const std::optional<qint64> number = SqlValue::toInt64(value(column));
    if (!number || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max()) {
        return fallback;
    }
    return static_cast<int>(*number);
}

double SqlRow::real(QStringView column, double fallback) const
{
    return SqlValue::toDouble(value(column)).value_or(fallback);
}

bool SqlRow::boolean(QStringView column, bool fallback) const
{
    return SqlValue::toBool(value(column)).value_or(fallback);
}

QDateTime SqlRow::dateTime(QStringView column) const
{
    return SqlValue::toDateTime(value(column));
}

QDate SqlRow::date(QStringView column) const
{
    return SqlValue::toDate(value(column));
}

QUuid SqlRow::uuid(QStringView column) const
{
    return SqlValue::toUuid(value(column));
}

QJsonValue SqlRow::json(QStringView column) const
{
    return SqlValue::toJson(value(column));
}

QByteArray SqlRow::bytes(QStringView column) const
{
    const QVariant raw = value(column);
    if (raw.typeId() == QMetaType::QByteArray)
        return raw.toByteArray();
    return SqlValue::toString(raw).toUtf8();
}

QJsonObject SqlRow::toJson(std::initializer_list<WireColumnType> typed) const
{
    QJsonObject object;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QString &column = m_columns.at(i);
        const QVariant &raw = m_values.at(i);
        const auto declared = std::find_if(typed.begin(), typed.end(),
                                           [&](const auto &type) { return type.column == column; });
        if (SqlValue::isNull(raw)) {
            object.insert(column, QJsonValue::Null);
        } else if (declared != typed.end()) {
            switch (declared->kind) {
            case WireColumn::Time:
                object.insert(column, models::WireTime::toString(SqlValue::toDateTime(raw)));
                break;
            case WireColumn::Boolean: {
                // Anything but a boolean stays text, which the codec refuses.
                const std::optional<bool> flag = SqlValue::toBool(raw);
                object.insert(column,
                              flag ? QJsonValue(*flag) : QJsonValue(SqlValue::toString(raw)));
                break;
            }
            case WireColumn::Json:
                object.insert(column, SqlValue::toJson(raw));
                break;
            }
        } else {
            switch (raw.typeId()) {
            case QMetaType::Bool:
                object.insert(column, raw.toBool());
                break;
            case QMetaType::LongLong:
            case QMetaType::Int:
                object.insert(column, raw.toLongLong());
                break;
            case QMetaType::Double:
                object.insert(column, raw.toDouble());
                break;
            case QMetaType::QDateTime:
                object.insert(column, models::WireTime::toString(raw.toDateTime()));
                break;
            case QMetaType::QDate:
                object.insert(column, models::WireTime::dateToString(raw.toDate()));
                break;
            case QMetaType::QByteArray:
                break;
            default:
                object.insert(column, SqlValue::toString(raw));
                break;
            }
        }
    }
    return object;
}

} // namespace sphair::server
