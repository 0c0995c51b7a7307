#include "server/http/ApiRoutes.h"

#include "server/http/ApiError.h"
#include "server/http/BearerToken.h"
#include "server/http/ETag.h"
#include "server/http/IdempotentRequest.h"
#include "server/services/AuthService.h"
#include "server/services/MaintenanceService.h"
#include "server/services/ServerText.h"
#include "server/services/SessionTokens.h"
#include "server/services/TenantTokenService.h"

namespace sphair::server {

namespace {

models::Error unauthenticated()
{
    return {QStringLiteral("unauthorized"),
            tr("Sign in first: the session is missing, expired or revoked."),
            {}};
}

models::Error passwordChangeRequired()
{
    return {QStringLiteral("password_change_required"),
            tr("Change the one-time password first (POST /auth/password)."),
            {}};
}

} // namespace

Response ApiRoutes::withETag(const QJsonObject &body, qint64 version, int status)
{
    Response response = Response::json(status, body);
    response.setHeader("ETag", ETag::strong(version));
    return response;
}

Response ApiRoutes::conditionalGet(const Request &request, const QJsonObject &body, qint64 version)
{
    if (ETag::ifNoneMatchHits(request, version)) {
        Response notModified = Response::empty(304);
        notModified.setHeader("ETag", ETag::strong(version));
        return notModified;
    }
    return withETag(body, version);
}

models::Result<Actor> ApiRoutes::authenticateAdmin(ServiceContext &context, const Request &request)
{
    auto token = BearerToken::fromRequest(request);
    if (!token)
        return token.error();
    if (SessionTokens::kindOf(token.value()) != SessionTokens::Kind::Session)
        return unauthenticated();
    auto found = AuthService(context).sessionActor(SessionTokens::hash(token.value()));
    if (!found)
        return found.error();
    if (!found.value())
        return unauthenticated();
    return *found.value();
}

models::Result<TenantActor> ApiRoutes::authenticateTenant(ServiceContext &context,
                                                          const Request &request)
{
    auto token = BearerToken::fromRequest(request);
    if (!token)
        return token.error();
    if (SessionTokens::kindOf(token.value()) != SessionTokens::Kind::Tenant)
        return unauthenticated();
    auto found = TenantTokenService(context).tenantActor(SessionTokens::hash(token.value()));
    if (!found)
        return found.error(); // company_suspended included
    if (!found.value())
        return unauthenticated();
    return *found.value();
}

ApiRoutes::ApiRoutes(Router &router, ServiceContext &context)
    : m_router(router)
    , m_context(context)
{ }

void ApiRoutes::admin(const QByteArray &method, const QString &pattern, const Permission &who,
                      AdminHandler handler)
{
    m_adminRoutes.append({method, pattern, who});
    ServiceContext &context = m_context;
    m_router.add(
        method, pattern,
        [&context, method, who, handler = std::move(handler)](const Request &request) {
            auto actor = authenticateAdmin(context, request);
            if (!actor)
                return ApiError::answer(actor.error(), request);
            // A one-time password opens nothing but its own change (/auth/password) and
            // sign-out, which are not admin routes.
            if (actor->mustChangePassword)
                return ApiError::answer(passwordChangeRequired(), request);
            if (auto allowed = who.check(actor->role, request.method, request.route); !allowed)
                return ApiError::answer(allowed.error(), request);
            const Actor signedIn = actor.value();
            if (method == "POST" && context.idempotency) {
                return IdempotentRequest::run(
                    *context.idempotency, request, QStringLiteral("admin:") + signedIn.username,
                    [&](const Request &r) { return handler(r, signedIn); });
            }
            return handler(request, signedIn);
        });
}

void ApiRoutes::tenant(const QByteArray &method, const QString &pattern, TenantHandler handler)
{
    ServiceContext &context = m_context;
    m_router.add(
        method, pattern, [&context, method, handler = std::move(handler)](const Request &request) {
            // Maintenance first: a tenant client learns when to come back even before
            // its token is looked at.
            auto maintenance = MaintenanceService(context).state();
            if (!maintenance)
                return ApiError::answer(maintenance.error(), request);
            if (maintenance->enabled) {
                const QString message = maintenance->message.isEmpty()
                    ? tr("SPHAiR is being updated. Please try again shortly.")
                    : maintenance->message;
                return ApiError::serviceUnavailable(
                           QStringLiteral("maintenance"), message,
                           std::chrono::seconds(maintenance->retryAfterSeconds))
                    .toResponse();
            }
            auto tenant = authenticateTenant(context, request);
            if (!tenant) // company_suspended is 403 by ApiError's table
                return ApiError::answer(tenant.error(), request);
            const TenantActor who = tenant.value();
            if (method == "POST" && context.idempotency) {
                return IdempotentRequest::run(*context.idempotency, request,
                                              QStringLiteral("tenant:")
                                                  + who.companyId.toString(QUuid::WithoutBraces),
                                              [&](const Request &r) { return handler(r, who); });
            }
            return handler(request, who);
        });
}

void ApiRoutes::open(const QByteArray &method, const QString &pattern, OpenHandler handler)
{
    m_router.add(method, pattern, std::move(handler));
}

} // namespace sphair::server
