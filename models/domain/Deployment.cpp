#include "models/domain/Deployment.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

const EnumCode<DeploymentStatus> kStatusCodes[] = {
    {DeploymentStatus::Scheduled, "scheduled"}, {DeploymentStatus::Pending, "pending"},
    {DeploymentStatus::Running, "running"},     {DeploymentStatus::Succeeded, "succeeded"},
    {DeploymentStatus::Failed, "failed"},       {DeploymentStatus::RolledBack, "rolled_back"},
    {DeploymentStatus::Cancelled, "cancelled"},
};

const EnumCode<DeploymentColor> kColorCodes[] = {
    {DeploymentColor::Blue, "blue"},
    {DeploymentColor::Green, "green"},
};

bool isVersion(QStringView version)
{
    if (version.isEmpty() || version.size() > Deployment::kMaxVersionLength)
        return false;
    for (qsizetype i = 0; i < version.size(); ++i) {
        const char16_t c = version[i].unicode();
        const bool alnum =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (i == 0 && !alnum)
            return false;
        if (!alnum && c != u'.' && c != u'_' && c != u'+' && c != u'-')
            return false;
    }
    return true;
}

} // namespace

QString deploymentStatusCode(DeploymentStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<DeploymentStatus> deploymentStatusFromCode(QStringView code)
{
    return valueOf(kStatusCodes, code);
}

QStringList deploymentStatusCodes()
{
    return codesOf(kStatusCodes);
}

QString deploymentStatusDisplayName(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Scheduled:
        return QCoreApplication::translate("sphair::models::Deployment", "Scheduled");
    case DeploymentStatus::Pending:
        return QCoreApplication::translate("sphair::models::Deployment", "Pending");
    case DeploymentStatus::Running:
        return QCoreApplication::translate("sphair::models::Deployment", "Running");
    case DeploymentStatus::Succeeded:
        return QCoreApplication::translate("sphair::models::Deployment", "Succeeded");
    case DeploymentStatus::Failed:
        return QCoreApplication::translate("sphair::models::Deployment", "Failed");
    case DeploymentStatus::RolledBack:
        return QCoreApplication::translate("sphair::models::Deployment", "Rolled back");
    case DeploymentStatus::Cancelled:
        return QCoreApplication::translate("sphair::models::Deployment", "Cancelled");
    }
    return {};
}

QString deploymentColorCode(DeploymentColor color)
{
    return codeOf(kColorCodes, color);
}

std::optional<DeploymentColor> deploymentColorFromCode(QStringView code)
{
    return valueOf(kColorCodes, code);
}

QStringList deploymentColorCodes()
{
    return codesOf(kColorCodes);
}

DeploymentColor otherDeploymentColor(DeploymentColor color)
{
    return color == DeploymentColor::Blue ? DeploymentColor::Green : DeploymentColor::Blue;
}

bool Deployment::isFinished() const
{
    return status == DeploymentStatus::Succeeded || status == DeploymentStatus::Failed
        || status == DeploymentStatus::RolledBack || status == DeploymentStatus::Cancelled;
}

Result<Deployment> Deployment::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    Deployment deployment;
    deployment.id = in.optionalUuid(u"id");
    deployment.version = in.string(u"version");
    deployment.status = in.optionalCode(u"status", deploymentStatusFromCode,
                                        deploymentStatusCodes(), DeploymentStatus::Pending);
    deployment.activeColor = in.optionalCode(u"active_color", deploymentColorFromCode,
                                             deploymentColorCodes(), DeploymentColor::Blue);
    deployment.startedBy = in.optionalString(u"started_by");
    deployment.startedAt = in.optionalTime(u"started_at");
    deployment.finishedAt = in.optionalTime(u"finished_at");
    deployment.rollbackOf = in.optionalUuid(u"rollback_of");
    deployment.reason = in.optionalString(u"reason");
    deployment.windowId = in.optionalUuid(u"window_id");
    deployment.scheduledFor = in.optionalTime(u"scheduled_for");
    deployment.steps = in.objects<DeploymentStep>(u"steps", false);
    if (!in.ok())
        return in.error();
    return deployment;
}

QJsonObject Deployment::toJson() const
{
    WireWriter out;
    out.uuid(u"id", id)
        .text(u"version", version)
        .text(u"status", deploymentStatusCode(status))
        .text(u"active_color", deploymentColorCode(activeColor))
        .optionalText(u"started_by", startedBy)
        .time(u"started_at", startedAt)
        .time(u"finished_at", finishedAt)
        .uuid(u"rollback_of", rollbackOf)
        .optionalText(u"reason", reason)
        .uuid(u"window_id", windowId)
        .time(u"scheduled_for", scheduledFor);
    // Every deployment has its planned steps; none means a list left them out.
    if (!steps.isEmpty())
        out.objects(u"steps", steps);
    return out.object();
}

Status Deployment::validate() const
{
    using namespace Validation;
    if (!isVersion(version)) {
        return invalidField(
            QStringLiteral("version"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::Deployment",
                                        "“version” must be 1 to %1 characters of letters, digits "
                                        "and . _ + -, starting with a letter or digit, such as "
                                        "2.14.0.")
                .arg(kMaxVersionLength));
    }
    if (auto check = checkLength(QStringLiteral("reason"), reason, 0, kMaxReasonLength); !check)
        return check;
    if (finishedAt.isValid() && startedAt.isValid() && finishedAt < startedAt) {
        return invalidField(
            QStringLiteral("finished_at"), QStringLiteral("order"),
            QCoreApplication::translate("sphair::models::Deployment",
                                        "A deployment cannot finish before it starts."));
    }
    if (!rollbackOf.isNull() && rollbackOf == id) {
        return invalidField(QStringLiteral("rollback_of"), QStringLiteral("format"),
                            QCoreApplication::translate("sphair::models::Deployment",
                                                        "A deployment cannot roll itself back."));
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString prefix = QStringLiteral("steps[%1].").arg(i);
        if (steps.at(i).ordinal != i + 1) {
            return invalidField(
                prefix + QStringLiteral("ordinal"), QStringLiteral("order"),
                QCoreApplication::translate("sphair::models::Deployment",
                                            "Deployment steps must be numbered 1, 2, 3, … in "
                                            "order."));
        }
        if (auto check = steps.at(i).validate(); !check)
            return withFieldPrefix(check.error(), prefix);
    }
    return {};
}

bool Deployment::operator==(const Deployment &other) const
{
    return id == other.id && version == other.version && status == other.status
        && activeColor == other.activeColor && startedBy == other.startedBy
        && startedAt == other.startedAt && finishedAt == other.finishedAt
        && rollbackOf == other.rollbackOf && reason == other.reason && windowId == other.windowId
        && scheduledFor == other.scheduledFor && steps == other.steps;
}

} // namespace sphair::models
