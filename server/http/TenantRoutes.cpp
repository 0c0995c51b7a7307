#include "server/http/TenantRoutes.h"

#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/services/ServerText.h"
#include "server/services/TenantService.h"

namespace sphair::server {

namespace {

// The tenant routes. The company is always the token's (TenantActor::companyId), never the
// request's.

constexpr int kMaxDisplayNameLength = 100;

Response tenantSettings(const TenantService &service, const Request &request,
                        const TenantActor &tenant)
{
    auto settings = service.settings(tenant.companyId);
    if (!settings)
        return ApiError::answer(settings.error(), request);
    return ApiRoutes::conditionalGet(request, settings->toJson(), settings->version);
}

Response tenantFeatures(const TenantService &service, const Request &request,
                        const TenantActor &tenant)
{
    auto features = service.features(tenant.companyId);
    if (!features)
        return ApiError::answer(features.error(), request);
    return Response::json(features->toJson());
}

Response listUsers(const TenantService &service, const Request &request, const TenantActor &tenant)
{
    InputValidator problems;
    const auto position = PageCursor::parse(request, problems);
    if (!problems.ok())
        return ApiError::answer(problems.error(), request);
    auto page = service.users(tenant.companyId, position->position, position->limit);
    if (!page)
        return ApiError::answer(page.error(), request);
    page->nextCursor = PageCursor::nextOffset(*position, page->items.size(), page->total);
    return Response::json(page->toJson());
}

// Reads a TenantUserCreate body. A company_id is refused outright: the company is the
// token's, and a client sending one has misunderstood that.
models::Result<models::TenantUser> parseUser(QJsonObject body)
{
    const bool namesCompany = body.contains(QStringLiteral("company_id"));
    body.remove(QStringLiteral("company_id"));
    JsonFields fields(body);
    if (namesCompany) {
        fields.validator().addProblem(
            QStringLiteral("company_id"), QStringLiteral("not_allowed"),
            tr("The company comes from your token; do not send company_id."));
    }
    const auto email = fields.email(QStringLiteral("email"));
    const auto name = fields.string(QStringLiteral("display_name"), 1, kMaxDisplayNameLength);
    const auto role = fields.enumValue(QStringLiteral("role"), models::tenantUserRoleCodes(),
                                       JsonFields::Presence::Optional);
    fields.rejectUnknownFields();
    if (!fields.ok())
        return fields.error();
    models::TenantUser user;
    user.id = QUuid::createUuid();
    user.email = email->toLower();
    user.displayName = *name;
    if (role)
        user.role = *models::tenantUserRoleFromCode(*role);
    return user;
}

Response createUser(const TenantService &service, const Request &request, const TenantActor &tenant)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    auto parsed = parseUser(body.value());
    if (!parsed)
        return ApiError::answer(parsed.error(), request);
    auto created = service.createUser(tenant.companyId, parsed.value());
    if (!created)
        return ApiError::answer(created.error(), request);
    Response response = ApiRoutes::withETag(created->toJson(), created->version, 201);
    response.setHeader("Location",
                       "/api/users/" + created->id.toString(QUuid::WithoutBraces).toLatin1());
    return response;
}

Response report(const TenantService &service, const Request &request, const TenantActor &tenant)
{
    auto report = service.report(tenant.companyId);
    if (!report)
        return ApiError::answer(report.error(), request);
    return Response::json(report->toJson());
}

} // namespace

namespace TenantRoutes {

void registerRoutes(ApiRoutes &routes)
{
    using Handler = Response (*)(const TenantService &, const Request &, const TenantActor &);
    const auto route = [&routes](const QByteArray &method, const QString &path, Handler handler) {
        routes.tenant(method, path,
                      [service = TenantService(routes.context()),
                       handler](const Request &request, const TenantActor &tenant) {
                          return handler(service, request, tenant);
                      });
    };
    route("GET", QStringLiteral("/api/company/settings"), tenantSettings);
    route("GET", QStringLiteral("/api/company/features"), tenantFeatures);
    route("GET", QStringLiteral("/api/users"), listUsers);
    route("POST", QStringLiteral("/api/users"), createUser);
    route("GET", QStringLiteral("/api/reports"), report);
}

} // namespace TenantRoutes
} // namespace sphair::server
