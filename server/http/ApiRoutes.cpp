#include "server/http/ApiRoutes.h"

#include "server/http/ApiError.h"
#include "server/http/BearerToken.h"
#include "server/http/ETag.h"
#include "server/http/IdempotentRequest.h"
#include "server/services/SessionTokens.h"
#include "server/store/AdminAccounts.h"
#include "server/store/MaintenanceStore.h"
#include "server/store/TenantTokenStore.h"

#include <QCoreApplication>

namespace sphair::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::ApiRoutes", text);
}

models::Error unauthenticated()
{
    return {QStringLiteral("unauthorized"),
            tr("Sign in first: the session is missing, expired or revoked."),
            {}};
}

models::Result<models::MaintenanceState> maintenanceState(ServiceContext &context)
{
    auto read = context.db->fetch<MaintenanceStore::State>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [](SqlSession &session) { return MaintenanceStore::state(session); });
    if (!read)
        return read.error();
    return read->state;
}

} // namespace

Response ApiRoutes::inTransaction(Database &database, const Request &request, const TxScope &scope,
                                  const std::function<models::Result<Response>(SqlSession &)> &fn)
{
    auto answer = database.fetch<Response>(scope, fn);
    if (!answer)
        return ApiError::answer(answer.error(), request);
    return std::move(answer).value();
}

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
    const QByteArray hash = SessionTokens::hash(token.value());
    auto found = context.db->fetch<std::optional<AdminAccounts::SessionRow>>(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            return AdminAccounts::findSession(session, hash, context.now());
        });
    if (!found)
        return found.error();
    if (!found.value())
        return unauthenticated();
    const AdminAccounts::SessionRow &row = *found.value();
    return Actor {row.accountId, row.username, row.role, hash};
}

models::Result<TenantActor> ApiRoutes::authenticateTenant(ServiceContext &context,
                                                          const Request &request)
{
    auto token = BearerToken::fromRequest(request);
    if (!token)
        return token.error();
    if (SessionTokens::kindOf(token.value()) != SessionTokens::Kind::Tenant)
        return unauthenticated();
    const QByteArray hash = SessionTokens::hash(token.value());
    // The tenant is not known until the token is looked up, so this read runs as operator.
    auto found = context.db->fetch<std::optional<TenantTokenStore::Holder>>(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            return TenantTokenStore::holderOf(session, QString::fromLatin1(hash.toHex()),
                                              context.now());
        });
    if (!found)
        return found.error();
    if (!found.value())
        return unauthenticated();
    const TenantTokenStore::Holder &holder = *found.value();
    if (holder.companyStatus != QLatin1String("active")) {
        return models::Error {QStringLiteral("company_suspended"),
                              tr("This company's account is suspended or closed."),
                              {{QStringLiteral("status"), holder.companyStatus}}};
    }
    return TenantActor {holder.companyId, hash};
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
            auto maintenance = maintenanceState(context);
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
