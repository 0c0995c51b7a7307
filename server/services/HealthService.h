#pragma once

#include "models/domain/Health.h"
#include "server/services/ServiceContext.h"

namespace sphair::server {

// Whether the server can serve: it answers, and its database answers a trivial statement.
class HealthService
{
public:
    explicit HealthService(ServiceContext &context)
        : m_context(context)
    { }

    // Never fails: an unreachable database is a Health that says so.
    models::Health check() const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
