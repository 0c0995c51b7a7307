#pragma once

#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"

#include <QJsonObject>

#include <optional>

namespace sphair::models {

// GET /admin/maintenance/status: maintenance mode now (the MaintenanceState fields), the
// planned window running now (if any) and the next one.
struct MaintenanceStatus
{
    MaintenanceState state;
    std::optional<MaintenanceWindow> currentWindow; // current_window
    std::optional<MaintenanceWindow> nextWindow; // next_window

    // The windows may be absent or null.
    static Result<MaintenanceStatus> fromJson(const QJsonObject &object);
    // Both windows always, null when there is none.
    QJsonObject toJson() const;

    bool operator==(const MaintenanceStatus &other) const;
    bool operator!=(const MaintenanceStatus &other) const { return !(*this == other); }
};

} // namespace sphair::models
