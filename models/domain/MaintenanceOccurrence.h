#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sphair::models {

// One occurrence of a maintenance window (MaintenanceSchedule): a single window's only one,
// or one of a recurring window's, with a move applied. `occurrence` is the local date (in
// the window's zone) it was planned on, which names it in a MaintenanceException even when
// it was moved to another day.
struct MaintenanceOccurrence
{
    QUuid windowId; // window_id
    QDate occurrence;
    QDateTime startsAt; // starts_at (UTC)
    QDateTime endsAt; // ends_at (UTC)
    QString timezone;
    QString description; // empty (null on the wire) when none
    bool recurring = false; // the window repeats
    bool moved = false; // an exception moved this occurrence

    // starts_at ≤ at < ends_at.
    bool contains(const QDateTime &at) const;
    // Shares at least one instant with [from, to).
    bool overlaps(const QDateTime &from, const QDateTime &to) const;

    static Result<MaintenanceOccurrence> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MaintenanceOccurrence &other) const;
    bool operator!=(const MaintenanceOccurrence &other) const { return !(*this == other); }
};

} // namespace sphair::models
