#pragma once

#include "models/domain/MaintenanceOccurrence.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sphair::models {

// GET /admin/maintenance/occurrences: every window's occurrences that overlap [from, to), in
// start order.
struct MaintenanceOccurrenceList
{
    QDateTime from;
    QDateTime to;
    QList<MaintenanceOccurrence> items;

    static constexpr int kMaxSpanDays = 400;

    static Result<MaintenanceOccurrenceList> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MaintenanceOccurrenceList &other) const;
    bool operator!=(const MaintenanceOccurrenceList &other) const { return !(*this == other); }
};

} // namespace sphair::models
