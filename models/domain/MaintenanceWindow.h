#pragma once

#include "models/domain/MaintenanceException.h"
#include "models/domain/MaintenanceRecurrence.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace sphair::models {

// A planned maintenance period. starts_at and ends_at are UTC instants on the wire; timezone
// (an IANA name) is the zone the window was planned in, for showing local times. A recurring
// window repeats (recurrence) from its first occurrence, starts_at–ends_at, with single
// occurrences skipped or moved (exceptions); MaintenanceSchedule computes its occurrences.
//
// Required on input: starts_at, ends_at. Optional: id (set by the server), timezone (default
// Africa/Johannesburg), description, recurrence (null = one window), exceptions (default
// none).
struct MaintenanceWindow
{
    QUuid id;
    QDateTime startsAt; // starts_at
    QDateTime endsAt; // ends_at, after starts_at
    QString timezone = defaultTimeZone();
    QString description; // ≤ 500 characters
    std::optional<MaintenanceRecurrence> recurrence; // none: a single window
    QList<MaintenanceException> exceptions; // at most one per occurrence date

    static constexpr int kMaxDescriptionLength = 500;
    static constexpr int kMaxExceptions = 200;

    bool isRecurring() const { return recurrence.has_value(); }

    // "Africa/Johannesburg": where BRIGHTSTEP's customers are (UTC+2, no daylight saving).
    static QString defaultTimeZone();
    // The nightly window 02:00–06:00 local time of `date` in `timezone`. On a night when a
    // daylight saving change skips 02:00, the window starts when the clock jumps (02:00 EST
    // becomes 03:00 EDT) and is shorter. Fails for an unknown zone.
    static Result<MaintenanceWindow> defaultNightly(QDate date,
                                                    const QString &timezone = defaultTimeZone());
    // The first default nightly window in `timezone` that has not ended at `now`.
    static Result<MaintenanceWindow>
    nextDefaultNightly(const QDateTime &now, const QString &timezone = defaultTimeZone());

    // starts_at ≤ at < ends_at.
    bool contains(const QDateTime &at) const;
    // The start and end in the window's own zone (UTC if the zone is unknown).
    QDateTime localStart() const;
    QDateTime localEnd() const;

    static Result<MaintenanceWindow> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // ends_at after starts_at; the zone known to this system (QTimeZone); description length;
    // the recurrence's until not before the first start's local date; each exception valid and
    // at most one per occurrence date (whether it names a planned occurrence is
    // MaintenanceSchedule::validate).
    Status validate() const;

    bool operator==(const MaintenanceWindow &other) const;
    bool operator!=(const MaintenanceWindow &other) const { return !(*this == other); }
};

} // namespace sphair::models
