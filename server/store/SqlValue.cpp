#include "server/store/SqlValue.h"

#include "server/store/SqlErrorCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTime>

#include <limits>

namespace sphair::server {

namespace {

// The value of a run of ASCII digits, or -1 if the text is empty or holds anything else.
int digits(QStringView text)
{
    if (text.isEmpty())
        return -1;
    int value = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

QVariant jsonParameter(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::String: {
        // Serialise a scalar through a one-element array, then strip the brackets.
        const QByteArray text = QJsonDocument(QJsonArray {json}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    }
    return {};
}

} // namespace

bool SqlValue::isNull(const QVariant &value)
{
    return !value.isValid() || value.typeId() == QMetaType::Nullptr;
}

models::Result<QVariant> SqlValue::toParameter(const QVariant &value)
{
    if (isNull(value))
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QVariant(value.toBool());
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QVariant(value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
            return models::Result<QVariant>::failure(
                SqlErrorCode::InvalidArgument,
                QStringLiteral("An unsigned parameter does not fit a 64-bit integer."));
        }
        return QVariant(static_cast<qint64>(unsignedValue));
    }
    case QMetaType::Float:
    case QMetaType::Double:
        return QVariant(value.toDouble());
    case QMetaType::QString: {
        const QString text = value.toString();
        return QVariant(text.isNull() ? QString(QLatin1String("")) : text);
    }
    case QMetaType::QByteArray:
        return value;
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        return dateTime.isValid() ? QVariant(formatTimestamp(dateTime)) : QVariant();
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    }
    case QMetaType::QUuid: {
        const QUuid uuid = value.toUuid();
        return uuid.isNull() ? QVariant() : QVariant(uuid.toString(QUuid::WithoutBraces));
    }
    case QMetaType::QJsonValue:
        return jsonParameter(value.toJsonValue());
    case QMetaType::QJsonObject:
        return jsonParameter(QJsonValue(value.toJsonObject()));
    case QMetaType::QJsonArray:
        return jsonParameter(QJsonValue(value.toJsonArray()));
    case QMetaType::QJsonDocument: {
        const QJsonDocument document = value.toJsonDocument();
        if (document.isNull())
            return QVariant();
        return QVariant(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
    }
    default:
        break;
    }
    return models::Result<QVariant>::failure(SqlErrorCode::InvalidArgument,
                                             QStringLiteral("Unsupported SQL parameter type %1.")
                                                 .arg(QString::fromLatin1(value.typeName())));
}

QByteArray SqlValue::toText(const QVariant &normalised)
{
    switch (normalised.typeId()) {
    case QMetaType::Bool:
        return normalised.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::LongLong:
        return QByteArray::number(normalised.toLongLong());
    case QMetaType::Double:
        return QString::number(normalised.toDouble(), 'g', QLocale::FloatingPointShortest)
            .toLatin1();
    case QMetaType::QByteArray:
        return normalised.toByteArray();
    default:
        return normalised.toString().toUtf8();
    }
}

QString SqlValue::formatTimestamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlValue::parseTimestamp(QStringView text)
{
    text = text.trimmed();
    if (text.size() == 10) {
        const QDate date = parseDate(text);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    // yyyy-MM-dd?HH:mm:ss
    if (text.size() < 19 || (text[10] != QLatin1Char('T') && text[10] != QLatin1Char(' '))
        || text[13] != QLatin1Char(':') || text[16] != QLatin1Char(':')) {
        return {};
    }
    const QDate date = parseDate(text.left(10));
    const int hour = digits(text.mid(11, 2));
    const int minute = digits(text.mid(14, 2));
    const int second = digits(text.mid(17, 2));
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0)
        return {};

    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        ++pos;
        int count = 0;
        while (pos < text.size() && text[pos].isDigit()) {
            if (count < 3)
                millis = millis * 10 + (text[pos].unicode() - '0');
            ++count;
            ++pos;
        }
        if (count == 0)
            return {};
        for (int i = count; i < 3; ++i)
            millis *= 10;
    }

    int offsetSeconds = 0;
    const QStringView zone = text.mid(pos);
    if (!zone.isEmpty() && zone != QLatin1String("Z") && zone != QLatin1String("z")) {
        if (zone[0] != QLatin1Char('+') && zone[0] != QLatin1Char('-'))
            return {};
        const QStringList parts = zone.mid(1).toString().split(QLatin1Char(':'));
        int hours = -1;
        int minutes = 0;
        int seconds = 0;
        if (parts.size() == 1 && parts[0].size() == 4) { // +hhmm
            hours = digits(QStringView(parts[0]).left(2));
            minutes = digits(QStringView(parts[0]).mid(2));
        } else if (!parts.isEmpty() && parts.size() <= 3) {
            hours = digits(parts[0]);
            minutes = parts.size() > 1 ? digits(parts[1]) : 0;
            seconds = parts.size() > 2 ? digits(parts[2]) : 0;
        }
        if (hours < 0 || minutes < 0 || seconds < 0)
            return {};
        offsetSeconds = hours * 3600 + minutes * 60 + seconds;
        if (zone[0] == QLatin1Char('-'))
            offsetSeconds = -offsetSeconds;
    }

    const QTime time(hour, minute, second, millis);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QDate SqlValue::parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return {};
    const int year = digits(text.left(4));
    const int month = digits(text.mid(5, 2));
    const int day = digits(text.mid(8, 2));
    if (year < 0 || month < 0 || day < 0)
        return {};
    return {year, month, day};
}

QJsonValue SqlValue::parseJson(QStringView text)
{
    QByteArray wrapped = text.toUtf8();
    wrapped.prepend('[');
    wrapped.append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1) {
        return {QJsonValue::Undefined};
    }
    return document.array().first();
}

std::optional<bool> SqlValue::toBool(const QVariant &value)
{
    if (isNull(value))
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong() != 0;
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text == QLatin1String("t") || text == QLatin1String("true")
            || text == QLatin1String("1")) {
            return true;
        }
        if (text == QLatin1String("f") || text == QLatin1String("false")
            || text == QLatin1String("0")) {
            return false;
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<qint64> SqlValue::toInt64(const QVariant &value)
{
    if (isNull(value))
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Double: {
        const double number = value.toDouble();
        const auto integral = static_cast<qint64>(number);
        if (static_cast<double>(integral) != number)
            return std::nullopt;
        return integral;
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> SqlValue::toDouble(const QVariant &value)
{
    if (isNull(value))
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QString: {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        return ok ? std::optional<double>(number) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QDateTime SqlValue::toDateTime(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC();
    case QMetaType::QDate:
        return {value.toDate(), QTime(0, 0), Qt::UTC};
    case QMetaType::QString:
        return parseTimestamp(value.toString());
    default:
        return {};
    }
}

QDate SqlValue::toDate(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().date();
    case QMetaType::QString: {
        const QString text = value.toString();
        return text.size() == 10 ? parseDate(text) : parseTimestamp(text).date();
    }
    default:
        return {};
    }
}

QUuid SqlValue::toUuid(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QUuid:
        return value.toUuid();
    case QMetaType::QString:
        return QUuid::fromString(value.toString());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return bytes.size() == 16 ? QUuid::fromRfc4122(bytes) : QUuid();
    }
    default:
        return {};
    }
}

QJsonValue SqlValue::toJson(const QVariant &value)
{
    if (isNull(value))
        return {QJsonValue::Null};
    switch (value.typeId()) {
    case QMetaType::QString:
        return parseJson(value.toString());
    case QMetaType::QByteArray:
        return parseJson(QString::fromUtf8(value.toByteArray()));
    case QMetaType::Bool:
        return {value.toBool()};
    case QMetaType::LongLong:
    case QMetaType::Int:
        return {value.toLongLong()};
    case QMetaType::Double:
        return {value.toDouble()};
    default:
        return {QJsonValue::Undefined};
    }
}

QString SqlValue::toString(const QVariant &value)
{
    if (isNull(value))
        return {};
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return formatTimestamp(value.toDateTime());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    default:
        return value.toString();
    }
}

} // namespace sphair::server
