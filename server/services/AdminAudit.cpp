#include "server/services/AdminAudit.h"

namespace sphair::server {

models::Status AdminAudit::record(SqlSession &session, const Actor &actor,
                                  const AuditRecord &record)
{
    return AuditLog::record(session, actor.username, models::adminRoleCode(actor.role), record);
}

} // namespace sphair::server
