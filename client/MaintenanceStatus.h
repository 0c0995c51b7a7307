#pragma once

#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"

#include <QJsonObject>

#include <optional>

namespace sphair::client {

// GET /admin/maintenance/status: maintenance mode now, the planned window running now (if
// any) and the next one.
struct MaintenanceStatus
{
    models::MaintenanceState state;
    std::optional<models::MaintenanceWindow> currentWindow;
    std::optional<models::MaintenanceWindow> nextWindow;

    static models::Result<MaintenanceStatus> fromJson(const QJsonObject &object);
};

} // namespace sphair::client
