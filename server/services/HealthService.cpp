#include "server/services/HealthService.h"

#include "server/services/Logging.h"
#include "server/store/HealthCheck.h"

namespace sphair::server {

models::Health HealthService::check() const
{
    models::Health health;
    const models::Status pinged =
        m_context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly),
                                  [](SqlSession &session) { return HealthCheck::ping(session); });
    if (!pinged) {
        // The probe's answer names no cause; the log keeps it for whoever looks into it.
        qCWarning(lcServices) << "health check: database unreachable:" << pinged.error().message;
        health.databaseReachable = false;
    }
    return health;
}

} // namespace sphair::server
