#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::models {

// What a tenant's user may do in the tenant's own clients.
enum class TenantUserRole { Member, Admin };

QString tenantUserRoleCode(TenantUserRole role);
std::optional<TenantUserRole> tenantUserRoleFromCode(QStringView code);
QStringList tenantUserRoleCodes();

// One user of a tenant, as GET and POST /api/users answer (schema TenantUser). version is the
// ETag of a created user and not part of the JSON.
struct TenantUser
{
    QUuid id;
    QString email;
    QString displayName; // display_name
    TenantUserRole role = TenantUserRole::Member;
    QDateTime createdAt; // created_at
    qint64 version = 1;

    static Result<TenantUser> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const TenantUser &other) const;
    bool operator!=(const TenantUser &other) const { return !(*this == other); }
};

} // namespace sphair::models
