#include "server/http/TenantTokenRoutes.h"
#include "models/domain/IssuedTenantToken.h"
#include "models/domain/TenantToken.h"
#include "models/domain/TenantTokenList.h"

#include "models/domain/WireTime.h"
#include "server/http/AdminAudit.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/InputValidator.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/services/SessionTokens.h"
#include "server/store/CompanyStore.h"
#include "server/store/TenantTokenStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::server::TenantTokenRoutes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::TenantTokenRoutes", text);
}

constexpr int kMaxLabelLength = 100;
constexpr int kIdHexDigits = 32;

models::Status failure(const models::Error &error)
{
    return models::Status(error);
}

// The public id of the token whose hash (lowercase hex) is `hashHex`.
QString tokenId(const QString &hashHex)
{
    const QString hex = hashHex.left(kIdHexDigits);
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

// The hash prefix named by the {token_id} of the path, or nullopt (404) when it is not a
// canonical lowercase UUID.
std::optional<QString> hashPrefixOf(const Request &request)
{
    const QString text = request.pathParam(QStringLiteral("token_id"));
    if (!InputValidator::checkUuid(text))
        return std::nullopt;
    QString hex = text;
    hex.remove(QLatin1Char('-'));
    return hex;
}

models::Error tokenNotFoundError()
{
    return {QStringLiteral("not_found"), tr("This company has no token with this id."), {}};
}

// A token's metadata as the API shows it: never the token, never its hash.
models::TenantToken tokenOf(const TenantTokenRecord &record)
{
    return {QUuid::fromString(tokenId(record.hashHex)), record.label, record.createdAt,
            record.expiresAt};
}

QJsonObject tokenJson(const TenantTokenRecord &record)
{
    return tokenOf(record).toJson();
}

// The company of the path, present (404 otherwise).
models::Result<models::Company> companyOf(ServiceContext &context, SqlSession &session,
                                          const QUuid &id, bool lock = false)
{
    auto found = CompanyStore::find(session, id, context.now(), lock);
    if (!found)
        return found.error();
    if (!found.value())
        return CompanyPath::notFoundError();
    return *found.value();
}

Response listTokens(ServiceContext &context, const Request &request)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    auto tokens = context.db->fetch<models::TenantTokenList>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<models::TenantTokenList> {
            auto company = companyOf(context, session, *id);
            if (!company)
                return company.error();
            auto records = TenantTokenStore::list(session, *id);
            if (!records)
                return records.error();
            models::TenantTokenList list;
            for (const TenantTokenRecord &record : records.value())
                list.items.append(tokenOf(record));
            return list;
        });
    if (!tokens)
        return ApiError::answer(tokens.error(), request);
    return Response::json(tokens->toJson());
}

Response issueToken(ServiceContext &context, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    JsonFields fields(body.value());
    const auto label = fields.string(QStringLiteral("label"), 1, kMaxLabelLength);
    const auto expiresAt =
        fields.dateTime(QStringLiteral("expires_at"), JsonFields::Presence::Nullable);
    fields.rejectUnknownFields();
    const QDateTime now = context.now();
    if (expiresAt && *expiresAt <= now) {
        fields.validator().addProblem(QStringLiteral("expires_at"), QStringLiteral("range"),
                                      tr("Must lie in the future."));
    }
    if (!fields.ok())
        return ApiError::answer(fields.error(), request);

    const SessionTokens::Issued issued = SessionTokens::issue(SessionTokens::Kind::Tenant);
    const QString hashHex = QString::fromLatin1(issued.hash.toHex());
    models::TenantToken created;
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto company = companyOf(context, session, *id, true);
        if (!company)
            return failure(company.error());
        if (company->status == models::CompanyStatus::Deleted) {
            return failure({QStringLiteral("conflict"),
                            tr("This company is deleted; it can have no new tokens."),
                            {{QStringLiteral("status"), QStringLiteral("deleted")}}});
        }
        auto inserted = TenantTokenStore::insert(session, *id, hashHex, *label,
                                                 expiresAt ? *expiresAt : QDateTime());
        if (!inserted)
            return failure(inserted.error());
        created = tokenOf(inserted.value());
        return AdminAudit::record(session, actor,
                                  {QStringLiteral("tenant_token.create"),
                                   QStringLiteral("tenant_token"), tokenId(hashHex), *id,
                                   QJsonValue::Null, created.toJson()});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    models::IssuedTenantToken answer;
    answer.token = created;
    answer.secret = issued.token;
    Response response = Response::json(201, answer.toJson());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

Response revokeToken(ServiceContext &context, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    const auto prefix = hashPrefixOf(request);
    if (!prefix)
        return ApiError::fromError(tokenNotFoundError()).toResponse();
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto company = companyOf(context, session, *id, true);
        if (!company)
            return failure(company.error());
        // The id is a prefix of the hash.
        auto found = TenantTokenStore::findByPrefix(session, *id, *prefix);
        if (!found)
            return failure(found.error());
        if (!found.value())
            return failure(tokenNotFoundError());
        const QString hashHex = found.value()->hashHex;
        const QJsonObject before = tokenJson(*found.value());
        auto revoked = TenantTokenStore::revoke(session, *id, hashHex);
        if (!revoked)
            return failure(revoked.error());
        QJsonObject after = before;
        after.insert(QStringLiteral("revoked"), true);
        return AdminAudit::record(session, actor,
                                  {QStringLiteral("tenant_token.revoke"),
                                   QStringLiteral("tenant_token"), tokenId(hashHex), *id, before,
                                   after});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    return Response::empty(204);
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    const QString tokens = QStringLiteral("/admin/companies/{id}/tokens");
    routes.admin(
        "GET", tokens, Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return listTokens(context, request); });
    routes.admin("POST", tokens, Permission::change(models::AdminArea::Companies),
                 [&context](const Request &request, const Actor &actor) {
                     return issueToken(context, request, actor);
                 });
    routes.admin("DELETE", tokens + QStringLiteral("/{token_id}"),
                 Permission::change(models::AdminArea::Companies),
                 [&context](const Request &request, const Actor &actor) {
                     return revokeToken(context, request, actor);
                 });
}

} // namespace sphair::server::TenantTokenRoutes
