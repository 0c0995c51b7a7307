#include "server/http/AuthRoutes.h"
#include "models/domain/SessionGrant.h"
#include "server/http/ApiError.h"
#include "server/services/ServerText.h"

#include "server/http/ApiRoutes.h"
#include "server/http/JsonBody.h"
#include "server/services/AuthService.h"

#include <QJsonObject>

namespace sphair::server {

namespace {

std::optional<QString> stringField(const QJsonObject &body, const char *name)
{
    const QJsonValue value = body.value(QLatin1String(name));
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

Response missingField(const char *name)
{
    return ApiError::badRequest(tr("The field \"%1\" is required.").arg(QLatin1String(name)),
                                {{QStringLiteral("field"), QLatin1String(name)}})
        .toResponse();
}

// The Session schema of server/openapi.yaml.
Response sessionAnswer(const AuthService::Session &session)
{
    models::SessionGrant grant;
    grant.token = session.sessionToken;
    grant.refreshToken = session.refreshToken;
    grant.session.username = session.username;
    grant.session.role = session.role;
    grant.session.mustChangePassword = session.mustChangePassword;
    grant.session.expiresAt = session.expiresAt;
    grant.session.refreshExpiresAt = session.refreshExpiresAt;
    return Response::json(grant.toJson());
}

Response login(const AuthService &auth, const Request &request)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    const auto username = stringField(body.value(), "username");
    const auto password = stringField(body.value(), "password");
    if (!username)
        return missingField("username");
    if (!password)
        return missingField("password");
    auto session = auth.login(*username, password->toUtf8(), request.remoteAddress);
    if (!session)
        return ApiError::answer(session.error(), request);
    return sessionAnswer(session.value());
}

Response refresh(const AuthService &auth, const Request &request)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    const auto refreshToken = stringField(body.value(), "refresh_token");
    if (!refreshToken)
        return missingField("refresh_token");
    auto session = auth.refresh(refreshToken->toLatin1());
    if (!session)
        return ApiError::answer(session.error(), request);
    return sessionAnswer(session.value());
}

Response logout(const AuthService &auth, ServiceContext &context, const Request &request)
{
    auto actor = ApiRoutes::authenticateAdmin(context, request);
    if (!actor)
        return ApiError::answer(actor.error(), request);
    if (auto done = auth.logout(actor.value()); !done)
        return ApiError::answer(done.error(), request);
    return Response::empty(204);
}

Response changePassword(const AuthService &auth, ServiceContext &context, const Request &request)
{
    auto actor = ApiRoutes::authenticateAdmin(context, request);
    if (!actor)
        return ApiError::answer(actor.error(), request);
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    const auto current = stringField(body.value(), "current_password");
    const auto next = stringField(body.value(), "new_password");
    if (!current)
        return missingField("current_password");
    if (!next)
        return missingField("new_password");
    if (auto done = auth.changePassword(actor.value(), current->toUtf8(), next->toUtf8()); !done)
        return ApiError::answer(done.error(), request);
    return Response::empty(204);
}

} // namespace

void AuthRoutes::registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    const AuthService auth(context);
    // Open routes: sign-in checks its credentials, sign-out and password change their
    // session, themselves.
    routes.open("POST", QStringLiteral("/auth/login"),
                [auth](const Request &request) { return login(auth, request); });
    routes.open("POST", QStringLiteral("/auth/refresh"),
                [auth](const Request &request) { return refresh(auth, request); });
    routes.open("POST", QStringLiteral("/auth/logout"), [auth, &context](const Request &request) {
        return logout(auth, context, request);
    });
    routes.open("POST", QStringLiteral("/auth/password"), [auth, &context](const Request &request) {
        return changePassword(auth, context, request);
    });
}

} // namespace sphair::server
