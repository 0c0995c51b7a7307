#include "models/domain/Health.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

namespace {

const QStringList kStatusCodes {QStringLiteral("ok"), QStringLiteral("degraded")};
const QStringList kDatabaseCodes {QStringLiteral("ok"), QStringLiteral("unreachable")};

std::optional<bool> isFirst(const QStringList &codes, QStringView code)
{
    if (!codes.contains(code))
        return std::nullopt;
    return code == codes.first();
}

} // namespace

Result<Health> Health::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    in.code<bool>(
        u"status", [](QStringView code) { return isFirst(kStatusCodes, code); }, kStatusCodes);
    Health health;
    health.databaseReachable = in.code<bool>(
        u"database", [](QStringView code) { return isFirst(kDatabaseCodes, code); },
        kDatabaseCodes);
    health.version = in.optionalString(u"version");
    if (in.has(u"maintenance"))
        health.maintenance = in.boolean(u"maintenance");
    if (!in.ok())
        return in.error();
    return health;
}

QJsonObject Health::toJson() const
{
    WireWriter out;
    out.text(u"status", ok() ? kStatusCodes.first() : kStatusCodes.last())
        .text(u"database", databaseReachable ? kDatabaseCodes.first() : kDatabaseCodes.last());
    if (!version.isEmpty())
        out.text(u"version", version);
    if (maintenance)
        out.boolean(u"maintenance", *maintenance);
    return out.object();
}

bool Health::operator==(const Health &other) const
{
    return databaseReachable == other.databaseReachable && version == other.version
        && maintenance == other.maintenance;
}

} // namespace sphair::models
