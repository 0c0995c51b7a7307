#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace sphair::models {

// One line of the audit log: who changed what, when, and the target's JSON before and after
// (null for a creation's before and a deletion's after).
//
// Required on input: at, actor, action, target_type. Optional: id (set by the server),
// actor_role, target_id, company_id, before, after.
struct AuditEntry
{
    QUuid id;
    QDateTime at;
    QString actor; // the admin's login, a tenant user's id, or "system"
    QString actorRole; // actor_role: an AdminRole code, "tenant" or "system"
    QString action; // e.g. "company.suspend": lowercase words joined by '.' and '_'
    QString targetType; // target_type, e.g. "company", "license", "issuer_key"
    QString targetId; // target_id: a UUID or a key id; text, since not every target is a UUID
    QUuid companyId; // company_id: the tenant concerned, null for platform-wide actions
    QJsonValue before = QJsonValue::Null;
    QJsonValue after = QJsonValue::Null;

    static constexpr int kMaxNameLength = 100;

    static Result<AuditEntry> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    Status validate() const;

    bool operator==(const AuditEntry &other) const;
    bool operator!=(const AuditEntry &other) const { return !(*this == other); }
};

} // namespace sphair::models
