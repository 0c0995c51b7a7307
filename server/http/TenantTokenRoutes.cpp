#include "server/http/TenantTokenRoutes.h"

#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/InputValidator.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/services/ServerText.h"
#include "server/services/TenantTokenService.h"

namespace sphair::server::TenantTokenRoutes {

namespace {

constexpr int kMaxLabelLength = 100;

Response listTokens(const TenantTokenService &tokens, const Request &request)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    auto list = tokens.list(*id);
    if (!list)
        return ApiError::answer(list.error(), request);
    return Response::json(list->toJson());
}

// A TenantTokenRequest for the company of the path.
struct IssueRequest
{
    QUuid companyId;
    QString label;
    QDateTime expiresAt; // invalid: until revoked
};

models::Result<IssueRequest> readIssueRequest(const Request &request, const QDateTime &now)
{
    IssueRequest issue;
    if (const auto id = CompanyPath::id(request))
        issue.companyId = *id;
    else
        return CompanyPath::notFoundError();
    auto body = JsonBody::parseObject(request);
    if (!body)
        return body.error();
    JsonFields fields(body.value());
    const auto label = fields.string(QStringLiteral("label"), 1, kMaxLabelLength);
    const auto expiresAt =
        fields.dateTime(QStringLiteral("expires_at"), JsonFields::Presence::Nullable);
    fields.rejectUnknownFields();
    if (expiresAt && *expiresAt <= now) {
        fields.validator().addProblem(QStringLiteral("expires_at"), QStringLiteral("range"),
                                      tr("Must lie in the future."));
    }
    if (!fields.ok())
        return fields.error();
    issue.label = *label;
    issue.expiresAt = expiresAt.value_or(QDateTime());
    return issue;
}

Response issueToken(const TenantTokenService &tokens, const Request &request, const Actor &actor)
{
    auto issue = readIssueRequest(request, tokens.now());
    if (!issue)
        return ApiError::answer(issue.error(), request);
    auto issued = tokens.issue(issue->companyId, issue->label, issue->expiresAt, actor);
    if (!issued)
        return ApiError::answer(issued.error(), request);
    Response response = Response::json(201, issued->toJson());
    response.holdsSecret = true;
    return response;
}

Response revokeToken(const TenantTokenService &tokens, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    // Only a canonical lowercase UUID names a token; anything else is not found.
    const QString tokenId = request.pathParam(QStringLiteral("token_id"));
    if (!InputValidator::checkUuid(tokenId))
        return ApiError::answer(TenantTokenService::tokenNotFound(), request);
    if (auto revoked = tokens.revoke(*id, tokenId, actor); !revoked)
        return ApiError::answer(revoked.error(), request);
    return Response::empty(204);
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    const TenantTokenService tokens(routes.context());
    const QString path = QStringLiteral("/admin/companies/{id}/tokens");
    const Permission change = Permission::change(models::AdminArea::Companies);
    routes.admin(
        "GET", path, Permission::anyRole(),
        [tokens](const Request &request, const Actor &) { return listTokens(tokens, request); });
    routes.admin("POST", path, change, [tokens](const Request &request, const Actor &actor) {
        return issueToken(tokens, request, actor);
    });
    routes.admin("DELETE", path + QStringLiteral("/{token_id}"), change,
                 [tokens](const Request &request, const Actor &actor) {
                     return revokeToken(tokens, request, actor);
                 });
}

} // namespace sphair::server::TenantTokenRoutes
