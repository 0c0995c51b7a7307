#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"

#include <QString>

namespace sphair::server {

// Who may call an admin route, declared beside the route where it is registered (ApiRoutes),
// never derived from its URL. Built on the one permission table both ends use
// (models::adminRoleMayChange): superadmin may do everything, sales changes companies and
// licenses, support only reads.
class Permission
{
public:
    // Every signed-in role: reads.
    static Permission anyRole();
    // The roles that may change `area`.
    static Permission change(models::AdminArea area);
    // Superadmin only: changes outside every area.
    static Permission superadmin();

    bool allows(models::AdminRole role) const;
    // 403 forbidden (details: role, method, route) when `role` may not call the route.
    models::Status check(models::AdminRole role, const QByteArray &method,
                         const QString &route) const;
    // "any role", "change companies", "superadmin": for route listings and tests.
    QString describe() const;

    bool operator==(const Permission &other) const;

private:
    enum class Kind { AnyRole, Change, Superadmin };
    Permission(Kind kind, models::AdminArea area);

    Kind m_kind;
    models::AdminArea m_area;
};

} // namespace sphair::server
