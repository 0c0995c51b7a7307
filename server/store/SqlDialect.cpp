#include "server/store/SqlDialect.h"

namespace sphair::server {

QLatin1String SqlDialect::forUpdate() const
{
    return isPostgres() ? QLatin1String(" FOR UPDATE") : QLatin1String("");
}

} // namespace sphair::server
