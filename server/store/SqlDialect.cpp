#include "server/store/SqlDialect.h"

namespace sphair::server {

QLatin1String SqlDialect::forUpdate() const
{
    return isPostgres() ? QLatin1String(" FOR UPDATE") : QLatin1String("");
}

QString SqlDialect::utcDay(const QString &time) const
{
    return isPostgres() ? QStringLiteral("CAST((%1 AT TIME ZONE 'UTC') AS DATE)").arg(time)
                        : QStringLiteral("substr(%1, 1, 10)").arg(time);
}

} // namespace sphair::server
