#include "server/store/HealthCheck.h"

namespace sphair::server {

models::Status HealthCheck::ping(SqlSession &session)
{
    auto answered = session.exec(QStringLiteral("SELECT 1"));
    if (!answered)
        return answered.error();
    return models::Status::success();
}

} // namespace sphair::server
