#include "server/http/ApiRoutes.h"

#include "server/http/AdminAccess.h"
#include "server/http/BearerToken.h"
#include "server/http/ETag.h"
#include "server/http/IdempotentRequest.h"
#include "server/http/SessionTokens.h"
#include "server/store/AdminAccounts.h"

#include <QCoreApplication>

namespace sphair::server::ApiRoutes {

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

struct Maintenance
{
    bool enabled = false;
    QString message;
    qint64 retryAfterSeconds = 0;
};

models::Result<Maintenance> maintenanceState(ApiContext &context)
{
    Maintenance state;
    auto status = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto row = session.queryOptional(QStringLiteral(
                "SELECT enabled, message, retry_after_seconds FROM maintenance_state "
                "WHERE id = 1"));
            if (!row)
                return models::Status(row.error());
            if (row.value()) {
                state.enabled = row.value()->boolean(u"enabled");
                state.message = row.value()->text(u"message");
                state.retryAfterSeconds = row.value()->int64(u"retry_after_seconds", 300);
            }
            return models::Status::success();
        });
    if (!status)
        return status.error();
    return state;
}

} // namespace

Response error(const models::Error &error, int fallbackStatus)
{
    return ApiError::fromError(error, fallbackStatus).toResponse();
}

Response withETag(const QJsonObject &body, qint64 version, int status)
{
    Response response = Response::json(status, body);
    response.setHeader("ETag", ETag::strong(version));
    return response;
}

Response conditionalGet(const Request &request, const QJsonObject &body, qint64 version)
{
    if (ETag::ifNoneMatchHits(request, version)) {
        Response notModified = Response::empty(304);
        notModified.setHeader("ETag", ETag::strong(version));
        return notModified;
    }
    return withETag(body, version);
}

models::Result<Actor> authenticateAdmin(ApiContext &context, const Request &request)
{
    auto token = BearerToken::fromRequest(request);
    if (!token)
        return token.error();
    if (SessionTokens::kindOf(token.value()) != SessionTokens::Kind::Session)
        return unauthenticated();
    const QByteArray hash = SessionTokens::hash(token.value());
    std::optional<AdminAccounts::SessionRow> found;
    auto status = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto row = AdminAccounts::findSession(session, hash, context.now());
            if (!row)
                return models::Status(row.error());
            found = row.value();
            return models::Status::success();
        });
    if (!status)
        return status.error();
    if (!found)
        return unauthenticated();
    return Actor {found->accountId, found->username, found->role, hash};
}

models::Result<TenantActor> authenticateTenant(ApiContext &context, const Request &request)
{
    auto token = BearerToken::fromRequest(request);
    if (!token)
        return token.error();
    if (SessionTokens::kindOf(token.value()) != SessionTokens::Kind::Tenant)
        return unauthenticated();
    const QByteArray hash = SessionTokens::hash(token.value());
    std::optional<TenantActor> actor;
    QString companyStatus;
    // The tenant is not known until the token is looked up, so this read runs as operator.
    auto status = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto row = session.queryOptional(
                QStringLiteral("SELECT t.company_id AS company_id, c.status AS status "
                               "FROM tenant_tokens t JOIN companies c ON c.id = "
                               "t.company_id WHERE t.token_hash = $1 AND NOT t.revoked "
                               "AND (t.expires_at IS NULL OR t.expires_at > $2)"),
                {QString::fromLatin1(hash.toHex()), context.now()});
            if (!row)
                return models::Status(row.error());
            if (row.value()) {
                actor = TenantActor {row.value()->uuid(u"company_id"), hash};
                companyStatus = row.value()->text(u"status");
            }
            return models::Status::success();
        });
    if (!status)
        return status.error();
    if (!actor)
        return unauthenticated();
    if (companyStatus != QLatin1String("active")) {
        return models::Error {QStringLiteral("company_suspended"),
                              tr("This company's account is suspended or closed."),
                              {{QStringLiteral("status"), companyStatus}}};
    }
    return *actor;
}

void addAdmin(Router &router, ApiContext &context, const QByteArray &method, const QString &pattern,
              AdminHandler handler)
{
    router.add(
        method, pattern, [&context, method, handler = std::move(handler)](const Request &request) {
            auto actor = authenticateAdmin(context, request);
            if (!actor)
                return error(actor.error(), 401);
            if (auto allowed = AdminAccess::check(actor->role, request); !allowed)
                return error(allowed.error(), 403);
            const Actor who = actor.value();
            if (method == "POST" && context.idempotency) {
                return IdempotentRequest::run(*context.idempotency, request,
                                              QStringLiteral("admin:") + who.username,
                                              [&](const Request &r) { return handler(r, who); });
            }
            return handler(request, who);
        });
}

void addTenant(Router &router, ApiContext &context, const QByteArray &method,
               const QString &pattern, TenantHandler handler)
{
    router.add(method, pattern,
               [&context, method, handler = std::move(handler)](const Request &request) {
                   // Maintenance first: a tenant client learns when to come back even before
                   // its token is looked at.
                   auto maintenance = maintenanceState(context);
                   if (!maintenance)
                       return error(maintenance.error(), 503);
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
                   if (!tenant) // company_suspended answers 403 through ApiError's status table
                       return error(tenant.error(), 401);
                   const TenantActor who = tenant.value();
                   if (method == "POST" && context.idempotency) {
                       return IdempotentRequest::run(
                           *context.idempotency, request,
                           QStringLiteral("tenant:") + who.companyId.toString(QUuid::WithoutBraces),
                           [&](const Request &r) { return handler(r, who); });
                   }
                   return handler(request, who);
               });
}

} // namespace sphair::server::ApiRoutes
