#include "models/domain/DeploymentStart.h"

#include "models/domain/Deployment.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

const QString kBlueGreen = QStringLiteral("blue_green");

} // namespace

DeploymentStart DeploymentStart::intoWindow(const QString &version, const QUuid &windowId,
                                            const QDate &occurrence)
{
    DeploymentStart start;
    start.version = version;
    start.windowId = windowId;
    start.occurrence = occurrence;
    return start;
}

DeploymentStart DeploymentStart::immediately(const QString &version, const QString &reason)
{
    DeploymentStart start;
    start.version = version;
    start.now = true;
    start.reason = reason.trimmed();
    return start;
}

Result<DeploymentStart> DeploymentStart::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    if (auto known = Validation::checkKnownFields(
            object,
            {QStringLiteral("version"), QStringLiteral("strategy"), QStringLiteral("window_id"),
             QStringLiteral("occurrence"), QStringLiteral("now"), QStringLiteral("reason")});
        !known)
        in.fail(known.error());
    DeploymentStart start;
    start.version = in.string(u"version");
    // blue_green is the only strategy the platform has.
    in.optionalCode<QString>(
        u"strategy",
        [](QStringView code) {
            return code == kBlueGreen ? std::optional<QString>(kBlueGreen) : std::nullopt;
        },
        {kBlueGreen}, kBlueGreen);
    start.windowId = in.optionalUuid(u"window_id");
    if (in.ok() && in.has(u"occurrence"))
        start.occurrence = in.date(u"occurrence");
    start.now = in.optionalBoolean(u"now", false);
    const bool reasonGiven = in.has(u"reason");
    start.reason = in.optionalString(u"reason").trimmed();
    if (!in.ok())
        return in.error();
    if (reasonGiven && start.reason.isEmpty() && !start.now) {
        return Validation::invalidField(
            QStringLiteral("reason"), QStringLiteral("unexpected"),
            QCoreApplication::translate(
                "sphair::models::DeploymentStart",
                "A reason is given for a deployment started now (\"now\": true)."));
    }
    if (auto valid = start.validate(); !valid)
        return valid.error();
    return start;
}

QJsonObject DeploymentStart::toJson() const
{
    WireWriter out;
    out.text(u"version", version).text(u"strategy", kBlueGreen);
    if (intoAWindow())
        out.uuid(u"window_id", windowId).date(u"occurrence", occurrence);
    if (now)
        out.boolean(u"now", true).text(u"reason", reason);
    return out.object();
}

Status DeploymentStart::validate() const
{
    using namespace Validation;
    Deployment requested;
    requested.version = version;
    if (auto valid = requested.validate(); !valid)
        return valid;
    if (intoAWindow() != occurrence.isValid()) {
        return invalidField(
            intoAWindow() ? QStringLiteral("occurrence") : QStringLiteral("window_id"),
            QStringLiteral("missing"),
            QCoreApplication::translate("sphair::models::DeploymentStart",
                                        "A deployment into a window needs both “window_id” and "
                                        "“occurrence”."));
    }
    if (now && intoAWindow()) {
        return invalidField(QStringLiteral("now"), QStringLiteral("conflict"),
                            QCoreApplication::translate(
                                "sphair::models::DeploymentStart",
                                "A deployment starts either now or in a window, not both."));
    }
    if (now && reason.trimmed().isEmpty()) {
        return invalidField(QStringLiteral("reason"), QStringLiteral("missing"),
                            QCoreApplication::translate(
                                "sphair::models::DeploymentStart",
                                "A deployment outside a window needs the reason it cannot wait."));
    }
    if (!now && !reason.isEmpty()) {
        return invalidField(QStringLiteral("reason"), QStringLiteral("unexpected"),
                            QCoreApplication::translate(
                                "sphair::models::DeploymentStart",
                                "A reason is given for a deployment started now (\"now\": true)."));
    }
    return checkLength(QStringLiteral("reason"), reason, 0, Deployment::kMaxReasonLength);
}

bool DeploymentStart::operator==(const DeploymentStart &other) const
{
    return version == other.version && windowId == other.windowId && occurrence == other.occurrence
        && now == other.now && reason == other.reason;
}

} // namespace sphair::models
