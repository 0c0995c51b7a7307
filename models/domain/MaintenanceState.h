#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sphair::models {

// Whether the platform is in maintenance mode now: tenant routes then answer 503 with
// Retry-After, and the console shows a banner.
//
// Required on input: enabled. Optional: message, retry_after_seconds (default 300),
// started_at, started_by (set by the server).
struct MaintenanceState
{
    bool enabled = false;
    QString message; // shown to tenants, ≤ 500 characters
    int retryAfterSeconds = kDefaultRetryAfterSeconds; // retry_after_seconds, 1–86400
    QDateTime startedAt; // started_at
    QString startedBy; // started_by: the admin's login

    static constexpr int kDefaultRetryAfterSeconds = 300;
    static constexpr int kMaxRetryAfterSeconds = 24 * 60 * 60;
    static constexpr int kMaxMessageLength = 500;

    static Result<MaintenanceState> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    Status validate() const;

    bool operator==(const MaintenanceState &other) const;
    bool operator!=(const MaintenanceState &other) const { return !(*this == other); }
};

} // namespace sphair::models
