#pragma once

#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sphair::models {

// What the public GET /maintenance tells anyone, signed in or not (the MaintenanceNotice
// schema): whether the platform is in maintenance now, what to tell people and when to try
// again while it is, and the next planned window.
struct MaintenanceNotice
{
    bool enabled = false;
    QString message; // empty (null on the wire) when not in maintenance
    std::optional<int> retryAfterSeconds; // retry_after_seconds; none (null) when not
    std::optional<MaintenanceWindow> nextWindow; // next_window

    // "enabled" is required; the others may be absent or null.
    static Result<MaintenanceNotice> fromJson(const QJsonObject &object);
    // Every field always, null when not set.
    QJsonObject toJson() const;

    bool operator==(const MaintenanceNotice &other) const;
    bool operator!=(const MaintenanceNotice &other) const { return !(*this == other); }
};

} // namespace sphair::models
