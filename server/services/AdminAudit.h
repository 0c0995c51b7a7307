#pragma once

#include "server/services/ServiceContext.h"
#include "server/store/AuditLog.h"

namespace sphair::server {

// Writes the audit row of an admin's change, in the transaction of the change itself.
class AdminAudit
{
public:
    static models::Status record(SqlSession &session, const Actor &actor,
                                 const AuditRecord &record);
};

} // namespace sphair::server
