#pragma once

#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"

#include <QJsonObject>

#include <optional>

namespace sphair::models {

// GET /admin/maintenance/status: maintenance mode now (the MaintenanceState fields), the
// planned window running now (if any) and the next one, and how many sessions are active.
// A recurring window's occurrence is given as a window of its own: the window's id, the
// occurrence's starts_at and ends_at, no recurrence and no exceptions.
struct MaintenanceStatus
{
    MaintenanceState state;
    std::optional<MaintenanceWindow> currentWindow; // current_window
    std::optional<MaintenanceWindow> nextWindow; // next_window
    int activeSessions = 0; // active_sessions: admin sessions not expired

    // The windows may be absent or null; active_sessions absent reads as 0.
    static Result<MaintenanceStatus> fromJson(const QJsonObject &object);
    // Both windows always, null when there is none.
    QJsonObject toJson() const;

    bool operator==(const MaintenanceStatus &other) const;
    bool operator!=(const MaintenanceStatus &other) const { return !(*this == other); }
};

} // namespace sphair::models
