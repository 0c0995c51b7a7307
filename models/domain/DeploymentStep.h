#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sphair::models {

// How far one step of a deployment got. Wire codes: pending, running, succeeded, failed,
// skipped.
enum class DeploymentStepStatus { Pending, Running, Succeeded, Failed, Skipped };

QString deploymentStepStatusCode(DeploymentStepStatus status);
std::optional<DeploymentStepStatus> deploymentStepStatusFromCode(QStringView code);
QStringList deploymentStepStatusCodes();
QString deploymentStepStatusDisplayName(DeploymentStepStatus status);

// One step of a blue/green deployment and what its hook printed.
//
// Required on input: ordinal, name, status. Optional: started_at, finished_at, output.
struct DeploymentStep
{
    int ordinal = 0; // 1-based position in the deployment
    QString name; // one of canonicalNames() or rollbackName()
    DeploymentStepStatus status = DeploymentStepStatus::Pending;
    QDateTime startedAt; // started_at
    QDateTime finishedAt; // finished_at
    QString output; // the hook's output, at most 64 KiB of text

    static constexpr int kMaxOutputLength = 64 * 1024;

    // The steps of every deployment, in order: pre_checks, maintenance_on, deploy_standby,
    // health_check, switch, monitor, maintenance_off.
    static const QStringList &canonicalNames();
    // "rollback": appended when a deployment is rolled back.
    static QString rollbackName();
    static bool isKnownName(QStringView name);
    static QString displayName(QStringView name);
    // The canonical steps, pending, numbered from 1.
    static QList<DeploymentStep> plan();

    bool isFinished() const;

    static Result<DeploymentStep> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    Status validate() const;

    bool operator==(const DeploymentStep &other) const;
    bool operator!=(const DeploymentStep &other) const { return !(*this == other); }
};

} // namespace sphair::models
