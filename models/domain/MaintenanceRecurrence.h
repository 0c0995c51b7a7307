#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sphair::models {

// How a maintenance window repeats (MaintenanceSchedule computes the occurrences):
// - "weekly": every week on the weekday of the window's first start, in the window's zone;
// - "monthly": the same nth weekday of the month as the first start, n = (day - 1) / 7 + 1;
//   n = 5 means the last such weekday of the month.
// Wall-clock times are kept in the window's zone across daylight saving changes. `until` is the
// last local date an occurrence may start on (inclusive); invalid (null on the wire) = no end.
struct MaintenanceRecurrence
{
    QString frequency = weekly();
    QDate until;

    static QString weekly();
    static QString monthly();
    static QStringList frequencies();

    // frequency is required; until may be absent or null.
    static Result<MaintenanceRecurrence> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MaintenanceRecurrence &other) const;
    bool operator!=(const MaintenanceRecurrence &other) const { return !(*this == other); }
};

} // namespace sphair::models
