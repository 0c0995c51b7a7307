#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"
#include "server/http/Request.h"

#include <QString>

#include <optional>

namespace sphair::server {

// Applies the shared permission table (models::adminRoleMayChange) to admin routes: every
// role may read (GET, HEAD, OPTIONS) and use /auth/* for its own session; a change needs the
// role to be allowed to change the route's area. Routes outside every area (stats, audit)
// are read-only for all but superadmin.
class AdminAccess
{
public:
    // The area a route changes: "/admin/companies/{id}/settings" → CompanySettings, …;
    // nullopt for routes outside every area. Works on patterns and on concrete paths.
    static std::optional<models::AdminArea> areaOf(QStringView route);
    static bool allows(models::AdminRole role, QByteArrayView method, QStringView route);
    // 403 forbidden (details: role, method, route) when the role may not call request.route
    // (or request.path when no route matched).
    static models::Status check(models::AdminRole role, const Request &request);
};

} // namespace sphair::server
