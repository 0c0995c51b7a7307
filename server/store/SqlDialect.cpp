#include "server/store/SqlDialect.h"

namespace sphair::server {

QLatin1String SqlDialect::forUpdate() const
{
    return isPostgres() ? QLatin1String(" FOR UPDATE") : QLatin1String("");
}

QString SqlDialect::epochSeconds(const QString &column) const
{
    return isPostgres() ? QStringLiteral("CAST(EXTRACT(EPOCH FROM %1) AS BIGINT)").arg(column)
                        : QStringLiteral("CAST(strftime('%s', %1) AS INTEGER)").arg(column);
}

} // namespace sphair::server
