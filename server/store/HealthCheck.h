#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

namespace sphair::server {

// The database's sign of life for GET /healthz: one trivial statement in the caller's
// transaction.
class HealthCheck
{
public:
    static models::Status ping(SqlSession &session);
};

} // namespace sphair::server
