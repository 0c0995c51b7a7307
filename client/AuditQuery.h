#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>
#include <QUuid>

namespace sphair::client {

// One page request of the audit log (newest first): a company's trail
// (PlatformClient::companyAudit) or the whole log (PlatformClient::auditLog).
struct AuditQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor;
    QString action; // "company.suspend", or a prefix ending in '.' such as "company."
    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound
    // Filters of the whole log only (GET /admin/audit); a company's trail has no such
    // parameters, so companyAudit() does not send them.
    QString actor; // an admin's user name, a tenant user's id, or "system"
    QString targetType; // target_type: "company", "license", "issuer_key", …
    QUuid companyId; // company_id; null: every company and platform-wide entries

    // Every filter that is set.
    QUrlQuery toUrlQuery() const;
    // The filters a company's trail takes: limit, cursor, action, from, to.
    QUrlQuery toCompanyUrlQuery() const;
};

} // namespace sphair::client
