#include "models/domain/DeploymentStep.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

const EnumCode<DeploymentStepStatus> kStatusCodes[] = {
    {DeploymentStepStatus::Pending, "pending"},     {DeploymentStepStatus::Running, "running"},
    {DeploymentStepStatus::Succeeded, "succeeded"}, {DeploymentStepStatus::Failed, "failed"},
    {DeploymentStepStatus::Skipped, "skipped"},
};

std::optional<QString> knownName(QStringView name)
{
    if (!DeploymentStep::isKnownName(name))
        return std::nullopt;
    return name.toString();
}

QStringList allNames()
{
    return DeploymentStep::canonicalNames() + QStringList {DeploymentStep::rollbackName()};
}

} // namespace

QString deploymentStepStatusCode(DeploymentStepStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<DeploymentStepStatus> deploymentStepStatusFromCode(QStringView code)
{
    return valueOf(kStatusCodes, code);
}

QStringList deploymentStepStatusCodes()
{
    return codesOf(kStatusCodes);
}

QString deploymentStepStatusDisplayName(DeploymentStepStatus status)
{
    switch (status) {
    case DeploymentStepStatus::Pending:
        return QCoreApplication::translate("sphair::models::DeploymentStep", "Waiting");
    case DeploymentStepStatus::Running:
        return QCoreApplication::translate("sphair::models::DeploymentStep", "Running");
    case DeploymentStepStatus::Succeeded:
        return QCoreApplication::translate("sphair::models::DeploymentStep", "Done");
    case DeploymentStepStatus::Failed:
        return QCoreApplication::translate("sphair::models::DeploymentStep", "Failed");
    case DeploymentStepStatus::Skipped:
        return QCoreApplication::translate("sphair::models::DeploymentStep", "Skipped");
    }
    return {};
}

const QStringList &DeploymentStep::canonicalNames()
{
    static const QStringList names {
        QStringLiteral("pre_checks"),      QStringLiteral("maintenance_on"),
        QStringLiteral("deploy_standby"),  QStringLiteral("health_check"),
        QStringLiteral("switch"),          QStringLiteral("monitor"),
        QStringLiteral("maintenance_off"),
    };
    return names;
}

QString DeploymentStep::rollbackName()
{
    return QStringLiteral("rollback");
}

bool DeploymentStep::isKnownName(QStringView name)
{
    return canonicalNames().contains(name) || name == rollbackName();
}

QString DeploymentStep::displayName(QStringView name)
{
    static const char *const names[][2] = {
        {"pre_checks", QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Pre-checks")},
        {"maintenance_on",
         QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Maintenance mode on")},
        {"deploy_standby",
         QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Deploy to standby")},
        {"health_check", QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Health check")},
        {"switch", QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Switch traffic")},
        {"monitor", QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Monitor")},
        {"maintenance_off",
         QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Maintenance mode off")},
        {"rollback", QT_TRANSLATE_NOOP("sphair::models::DeploymentStep", "Roll back")},
    };
    for (const auto &entry : names) {
        if (name == QLatin1String(entry[0]))
            return QCoreApplication::translate("sphair::models::DeploymentStep", entry[1]);
    }
    return name.toString();
}

QList<DeploymentStep> DeploymentStep::plan()
{
    QList<DeploymentStep> steps;
    int ordinal = 0;
    for (const QString &name : canonicalNames()) {
        DeploymentStep step;
        step.ordinal = ++ordinal;
        step.name = name;
        steps.append(step);
    }
    return steps;
}

bool DeploymentStep::isFinished() const
{
    return status == DeploymentStepStatus::Succeeded || status == DeploymentStepStatus::Failed
        || status == DeploymentStepStatus::Skipped;
}

Result<DeploymentStep> DeploymentStep::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    DeploymentStep step;
    step.ordinal = static_cast<int>(in.integer(u"ordinal", 1, WireReader::kMaxInt));
    step.name = in.code<QString>(u"name", knownName, allNames());
    step.status = in.code<DeploymentStepStatus>(u"status", deploymentStepStatusFromCode,
                                                deploymentStepStatusCodes());
    step.startedAt = in.optionalTime(u"started_at");
    step.finishedAt = in.optionalTime(u"finished_at");
    step.output = in.optionalString(u"output");
    if (!in.ok())
        return in.error();
    return step;
}

QJsonObject DeploymentStep::toJson() const
{
    return WireWriter()
        .integer(u"ordinal", ordinal)
        .text(u"name", name)
        .text(u"status", deploymentStepStatusCode(status))
        .time(u"started_at", startedAt)
        .time(u"finished_at", finishedAt)
        .optionalText(u"output", output)
        .object();
}

Status DeploymentStep::validate() const
{
    using namespace Validation;
    if (auto check = checkRange(QStringLiteral("ordinal"), ordinal, 1, 1000); !check)
        return check;
    if (!isKnownName(name)) {
        return invalidField(QStringLiteral("name"), QStringLiteral("unknown_value"),
                            QCoreApplication::translate("sphair::models::DeploymentStep",
                                                        "“%1” is not a deployment step.")
                                .arg(name));
    }
    if (finishedAt.isValid() && startedAt.isValid() && finishedAt < startedAt) {
        return invalidField(QStringLiteral("finished_at"), QStringLiteral("order"),
                            QCoreApplication::translate("sphair::models::DeploymentStep",
                                                        "A step cannot finish before it starts."));
    }
    return checkLength(QStringLiteral("output"), output, 0, kMaxOutputLength);
}

bool DeploymentStep::operator==(const DeploymentStep &other) const
{
    return ordinal == other.ordinal && name == other.name && status == other.status
        && startedAt == other.startedAt && finishedAt == other.finishedAt && output == other.output;
}

} // namespace sphair::models
