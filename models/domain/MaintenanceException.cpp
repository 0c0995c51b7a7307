#include "models/domain/MaintenanceException.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

#include <optional>

namespace sphair::models {

QString MaintenanceException::skip()
{
    return QStringLiteral("skip");
}

QString MaintenanceException::move()
{
    return QStringLiteral("move");
}

QStringList MaintenanceException::actions()
{
    return {skip(), move()};
}

Result<MaintenanceException> MaintenanceException::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceException exception;
    exception.occurrence = in.date(u"occurrence");
    const QStringList codes = actions();
    exception.action = in.code<QString>(
        u"action",
        [&codes](QStringView code) -> std::optional<QString> {
            if (codes.contains(code))
                return code.toString();
            return std::nullopt;
        },
        codes);
    exception.startsAt = in.optionalTime(u"starts_at");
    exception.endsAt = in.optionalTime(u"ends_at");
    if (!in.ok())
        return in.error();
    return exception;
}

QJsonObject MaintenanceException::toJson() const
{
    return WireWriter()
        .date(u"occurrence", occurrence)
        .text(u"action", action)
        .time(u"starts_at", startsAt)
        .time(u"ends_at", endsAt)
        .object();
}

Status MaintenanceException::validate() const
{
    if (!occurrence.isValid())
        return Validation::missingField(QStringLiteral("occurrence"));
    if (!actions().contains(action)) {
        return Validation::invalidField(
            QStringLiteral("action"), QStringLiteral("unknown_value"),
            QCoreApplication::translate("sphair::models::MaintenanceException",
                                        "An exception either skips or moves an occurrence."));
    }
    if (!isMove()) {
        if (startsAt.isValid() || endsAt.isValid()) {
            return Validation::invalidField(
                QStringLiteral("starts_at"), QStringLiteral("not_allowed"),
                QCoreApplication::translate("sphair::models::MaintenanceException",
                                            "A skipped occurrence has no start or end."));
        }
        return {};
    }
    if (!startsAt.isValid())
        return Validation::missingField(QStringLiteral("starts_at"));
    if (!endsAt.isValid())
        return Validation::missingField(QStringLiteral("ends_at"));
    if (endsAt <= startsAt) {
        return Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("order"),
            QCoreApplication::translate("sphair::models::MaintenanceException",
                                        "A moved occurrence must end after it starts."));
    }
    return {};
}

bool MaintenanceException::operator==(const MaintenanceException &other) const
{
    return occurrence == other.occurrence && action == other.action && startsAt == other.startsAt
        && endsAt == other.endsAt;
}

} // namespace sphair::models
