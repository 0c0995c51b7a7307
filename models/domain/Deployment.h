#pragma once

#include "models/domain/DeploymentStep.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::models {

// Where a deployment stands. Wire codes: scheduled (waiting for its window to start), pending,
// running, succeeded, failed, rolled_back, cancelled (a scheduled one that never started).
enum class DeploymentStatus {
    Scheduled,
    Pending,
    Running,
    Succeeded,
    Failed,
    RolledBack,
    Cancelled
};

QString deploymentStatusCode(DeploymentStatus status);
std::optional<DeploymentStatus> deploymentStatusFromCode(QStringView code);
QStringList deploymentStatusCodes();
QString deploymentStatusDisplayName(DeploymentStatus status);

// One half of the blue/green pair. Wire codes: blue, green.
enum class DeploymentColor { Blue, Green };

QString deploymentColorCode(DeploymentColor color);
std::optional<DeploymentColor> deploymentColorFromCode(QStringView code);
QStringList deploymentColorCodes();
DeploymentColor otherDeploymentColor(DeploymentColor color);

// A blue/green deployment of one platform version, with its steps.
//
// Required on input: version. Everything else is set by the server and optional on input:
// id, status (pending), active_color (blue), started_by, started_at, finished_at,
// rollback_of, reason, window_id, scheduled_for, steps (lists leave them out: toJson() writes
// no "steps" when there are none).
struct Deployment
{
    QUuid id;
    QString version; // e.g. "2.14.0": 1–64 of A–Z a–z 0–9 . _ + -, starting alphanumeric
    DeploymentStatus status = DeploymentStatus::Pending;
    DeploymentColor activeColor = DeploymentColor::Blue; // active_color: serving traffic now
    QString startedBy; // started_by: the admin's login
    QDateTime startedAt; // started_at
    QDateTime finishedAt; // finished_at
    QUuid rollbackOf; // rollback_of: the deployment undone
    QString reason; // why it was started outside a window ("now"), ≤ 500 characters
    QUuid windowId; // window_id: the maintenance window it runs in; null: none
    QDateTime scheduledFor; // scheduled_for: when its window occurrence starts; invalid: now
    QList<DeploymentStep> steps;

    static constexpr int kMaxVersionLength = 64;
    static constexpr int kMaxReasonLength = 500;

    // succeeded, failed, rolled_back or cancelled: nothing about it changes any more.
    bool isFinished() const;
    // scheduled, pending or running: the console follows it.
    bool isActive() const { return !isFinished(); }

    static Result<Deployment> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // Version format, reason length, time order, and steps numbered 1, 2, 3, … each valid.
    Status validate() const;

    bool operator==(const Deployment &other) const;
    bool operator!=(const Deployment &other) const { return !(*this == other); }
};

} // namespace sphair::models
