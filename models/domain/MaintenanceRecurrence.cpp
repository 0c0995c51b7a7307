#include "models/domain/MaintenanceRecurrence.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <optional>

namespace sphair::models {

QString MaintenanceRecurrence::weekly()
{
    return QStringLiteral("weekly");
}

QString MaintenanceRecurrence::monthly()
{
    return QStringLiteral("monthly");
}

QStringList MaintenanceRecurrence::frequencies()
{
    return {weekly(), monthly()};
}

Result<MaintenanceRecurrence> MaintenanceRecurrence::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceRecurrence recurrence;
    const QStringList codes = frequencies();
    recurrence.frequency = in.code<QString>(
        u"frequency",
        [&codes](QStringView code) -> std::optional<QString> {
            if (codes.contains(code))
                return code.toString();
            return std::nullopt;
        },
        codes);
    if (in.has(u"until"))
        recurrence.until = in.date(u"until");
    if (!in.ok())
        return in.error();
    return recurrence;
}

QJsonObject MaintenanceRecurrence::toJson() const
{
    return WireWriter().text(u"frequency", frequency).date(u"until", until).object();
}

bool MaintenanceRecurrence::operator==(const MaintenanceRecurrence &other) const
{
    return frequency == other.frequency && until == other.until;
}

} // namespace sphair::models
