#pragma once

#include "server/http/Permission.h"
#include "server/http/Router.h"
#include "server/services/ServiceContext.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace sphair::server {

// The one way routes are registered, with the platform's rules applied in one place so no
// route can forget them: authentication, the role that may call an admin route (declared
// beside it), idempotent POSTs, maintenance mode for tenants, and errors as JSON. Each area
// of the API registers its routes in the registerRoutes() of its file (see Routes.h).
class ApiRoutes
{
public:
    using AdminHandler = std::function<Response(const Request &, const Actor &)>;
    using TenantHandler = std::function<Response(const Request &, const TenantActor &)>;
    using OpenHandler = Router::Handler;

    // One admin route and who may call it, for listings and the permission test.
    struct AdminRoute
    {
        QByteArray method;
        QString pattern;
        Permission permission;
    };

    ApiRoutes(Router &router, ServiceContext &context);

    ServiceContext &context() const { return m_context; }

    // An /admin route: a valid admin session (401 otherwise) whose one-time password has been
    // changed (403 password_change_required otherwise), a role `who` allows (403 otherwise),
    // and POSTs run through IdempotentRequest.
    void admin(const QByteArray &method, const QString &pattern, const Permission &who,
               AdminHandler handler);
    // An /api route for tenant clients: 503 with Retry-After while maintenance mode is on, a
    // valid tenant token (401), the company active (403), and POSTs idempotent per company.
    void tenant(const QByteArray &method, const QString &pattern, TenantHandler handler);
    // A route without a session: health, the public maintenance notice, and the sign-in
    // routes, which check their credentials themselves.
    void open(const QByteArray &method, const QString &pattern, OpenHandler handler);

    const QList<AdminRoute> &adminRoutes() const { return m_adminRoutes; }

    // The session behind a bearer token, or 401.
    static models::Result<Actor> authenticateAdmin(ServiceContext &context, const Request &request);
    static models::Result<TenantActor> authenticateTenant(ServiceContext &context,
                                                          const Request &request);

    // A JSON object with a strong ETag from `version`.
    static Response withETag(const QJsonObject &body, qint64 version, int status = 200);
    // The answer to a GET of one resource: 304 Not Modified (with its ETag) when
    // If-None-Match names `version`, otherwise `body` with its ETag.
    static Response conditionalGet(const Request &request, const QJsonObject &body, qint64 version);

private:
    Router &m_router;
    ServiceContext &m_context;
    QList<AdminRoute> m_adminRoutes;
};

} // namespace sphair::server
