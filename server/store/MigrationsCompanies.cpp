#include "server/store/Migrations.h"

namespace sphair::server {

// Nothing to change yet; a no-op keeps the version numbers in order.
QString companiesMigration(const SqlDialect &)
{
    return QStringLiteral("SELECT 1");
}

} // namespace sphair::server
