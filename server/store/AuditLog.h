#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QJsonValue>
#include <QUuid>

namespace sphair::server {

// One change to record: what was done to which target, with its state before and after.
struct AuditRecord
{
    QString action; // e.g. "company.create", "license.revoke"
    QString targetType; // e.g. "company", "license"
    QString targetId;
    QUuid companyId; // null for platform-wide changes
    QJsonValue before;
    QJsonValue after;
};

// Writes audit rows inside the caller's transaction, so a change and its audit row commit or
// roll back together.
class AuditLog
{
public:
    static models::Status record(SqlSession &session, const QString &actor,
                                 const QString &actorRole, const AuditRecord &record);
};

} // namespace sphair::server
