#include "server/store/AuditLog.h"

namespace sphair::server {

models::Status AuditLog::record(SqlSession &session, const QString &actor, const QString &actorRole,
                                const AuditRecord &record)
{
    const QVariant company = record.companyId.isNull()
        ? QVariant()
        : QVariant(record.companyId.toString(QUuid::WithoutBraces));
    auto result = session.exec(
        QStringLiteral("INSERT INTO audit_log (actor, actor_role, action, target_type, "
                       "target_id, company_id, before, after) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"),
        {actor, actorRole, record.action, record.targetType, record.targetId, company,
         QVariant::fromValue(record.before), QVariant::fromValue(record.after)});
    if (!result)
        return result.error();
    return models::Status::success();
}

} // namespace sphair::server
