#include "models/domain/WireTime.h"

#include <QTimeZone>

namespace sphair::models::WireTime {

namespace {

bool isDigit(QChar ch)
{
    return ch.unicode() >= u'0' && ch.unicode() <= u'9';
}

// Reads `length` digits at `from`; -1 when any of them is not a digit.
int number(QStringView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

QDate readDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = number(text, 0, 4);
    const int month = number(text, 5, 2);
    const int day = number(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

} // namespace

QString toString(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int year = time.toUTC().date().year();
    if (year < 1 || year > 9999)
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime fromString(QStringView text)
{
    // "YYYY-MM-DDTHH:MM:SS" then optional ".fraction", then "Z" or "+00:00".
    if (text.size() < 20 || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return {};
    const QDate date = readDate(text.left(10));
    const int hour = number(text, 11, 2);
    const int minute = number(text, 14, 2);
    const int second = number(text, 17, 2);
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0)
        return {};
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return {};
    qsizetype pos = 19;
    if (text[pos] == u'.') {
        const qsizetype digitsFrom = ++pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        if (pos == digitsFrom || pos - digitsFrom > 9)
            return {};
    }
    const QStringView zone = text.mid(pos);
    if (zone != u"Z" && zone != u"+00:00")
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString dateToString(QDate date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QDate dateFromString(QStringView text)
{
    return readDate(text);
}

QDateTime truncated(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QTime clock = utc.time();
    return QDateTime(utc.date(), QTime(clock.hour(), clock.minute(), clock.second()), Qt::UTC);
}

QDateTime now()
{
    return truncated(QDateTime::currentDateTimeUtc());
}

} // namespace sphair::models::WireTime
