#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

// Times and days on the wire: RFC 3339 in UTC. Writers always produce
// "YYYY-MM-DDTHH:MM:SSZ" (whole seconds); readers also accept fractional seconds (dropped, so
// a value read back equals what the other end wrote) and the offset "+00:00". Other offsets
// are refused: every API time is UTC, and a local offset on the wire is almost always a bug.
namespace sphair::models::WireTime {

// An empty string for an invalid time.
QString toString(const QDateTime &time);
// A valid UTC QDateTime with whole seconds, or an invalid one.
QDateTime fromString(QStringView text);

// "YYYY-MM-DD" (calendar days, e.g. for usage series); empty for an invalid date.
QString dateToString(QDate date);
// Strict "YYYY-MM-DD"; an invalid QDate otherwise.
QDate dateFromString(QStringView text);

// The time as the wire carries it: UTC, milliseconds dropped. Values kept in memory this way
// compare equal to what a round trip returns.
QDateTime truncated(const QDateTime &time);
// The current time, truncated.
QDateTime now();

} // namespace sphair::models::WireTime
