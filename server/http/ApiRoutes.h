#pragma once

#include "server/http/ApiContext.h"
#include "server/http/ApiError.h"
#include "server/http/Router.h"

#include <QJsonObject>

namespace sphair::server {

// Route registration with the platform's rules applied in one place, so no route can forget
// them: authentication, role permissions, idempotent POSTs, maintenance mode for tenants, and
// errors as JSON.
namespace ApiRoutes {

using AdminHandler = std::function<Response(const Request &, const Actor &)>;
using TenantHandler = std::function<Response(const Request &, const TenantActor &)>;

// An /admin route: a valid admin session (401 otherwise), a role allowed to call it
// (AdminAccess, 403 otherwise), and POSTs run through IdempotentRequest.
void addAdmin(Router &router, ApiContext &context, const QByteArray &method, const QString &pattern,
              AdminHandler handler);

// An /api route for tenant clients: a valid tenant token (401), the company active (403),
// and 503 with Retry-After while maintenance mode is on.
void addTenant(Router &router, ApiContext &context, const QByteArray &method,
               const QString &pattern, TenantHandler handler);

// The session behind a bearer token, or 401.
models::Result<Actor> authenticateAdmin(ApiContext &context, const Request &request);
models::Result<TenantActor> authenticateTenant(ApiContext &context, const Request &request);

// An error as a JSON response, with the status of its code (ApiError's table) or `fallback`.
Response error(const models::Error &error, int fallbackStatus = 400);

// A JSON object with a strong ETag from `version`.
Response withETag(const QJsonObject &body, qint64 version, int status = 200);

// The answer to a GET of one resource: 304 Not Modified (with its ETag) when If-None-Match
// names `version`, otherwise `body` with its ETag.
Response conditionalGet(const Request &request, const QJsonObject &body, qint64 version);

} // namespace ApiRoutes
} // namespace sphair::server
