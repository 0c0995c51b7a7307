#include "server/http/CompanyRoutes.h"
#include "server/http/ApiError.h"
#include "server/services/ServerText.h"

#include "models/domain/AuditEntry.h"
#include "models/domain/Company.h"
#include "models/domain/Page.h"
#include "models/domain/Validation.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/services/AuditService.h"
#include "server/services/CompanyService.h"

#include <utility>

namespace sphair::server {

namespace {

using models::Company;
using models::CompanyStatus;

constexpr int kMaxReasonLength = 500;
constexpr int kMaxActionLength = 100;

// The Company fields the server writes; a client may send them back (a GET's answer edited
// and PUT again) and they are ignored.
const QStringList &readOnlyCompanyFields()
{
    static const QStringList fields {
        QStringLiteral("id"),
        QStringLiteral("status"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("version"),
        QStringLiteral("user_count"),
        QStringLiteral("license_status"),
        QStringLiteral("license_expires_at"),
    };
    return fields;
}

// Reads a Company request body. `existingCode` is empty when creating; when changing a
// company, the code must be sent unchanged.
models::Result<Company> parseCompany(QJsonObject body, const models::TierPolicy &policy,
                                     const QString &existingCode)
{
    for (const QString &field : readOnlyCompanyFields())
        body.remove(field);
    JsonFields fields(body);
    Company company;
    const auto code = fields.string(QStringLiteral("code"), 1, 32);
    if (code) {
        if (auto check = models::Validation::checkCompanyCode(QStringLiteral("code"), *code);
            !check) {
            fields.validator().addProblem(check.error(), QStringLiteral("code"));
        } else if (!existingCode.isEmpty() && *code != existingCode) {
            fields.validator().addProblem(QStringLiteral("code"), QStringLiteral("not_allowed"),
                                          tr("A company's code cannot change."),
                                          {{QStringLiteral("current"), existingCode}});
        }
    }
    const auto name = fields.string(QStringLiteral("name"), 1, Company::kMaxNameLength);
    const auto tierCode = fields.enumValue(QStringLiteral("tier"), models::tierCodes());
    const auto maxUsers = fields.integer(QStringLiteral("max_users"), 1, models::kMaxLicensedUsers);
    const auto email = fields.email(QStringLiteral("contact_email"));
    fields.rejectUnknownFields();
    if (tierCode && maxUsers) {
        const models::Tier tier = *models::tierFromCode(*tierCode);
        if (auto check = models::Validation::checkTierUsers(tier, *maxUsers, policy); !check)
            fields.validator().addProblem(check.error(), QStringLiteral("max_users"));
    }
    if (!fields.ok())
        return fields.error();
    company.code = *code;
    company.name = *name;
    company.tier = *models::tierFromCode(*tierCode);
    company.maxUsers = static_cast<int>(*maxUsers);
    company.contactEmail = *email;
    return company;
}

// The request's body as the service reads it, once it knows the tier policy.
CompanyService::CompanyReader companyReader(const QJsonObject &body)
{
    return [body](const models::TierPolicy &policy, const QString &existingCode) {
        return parseCompany(body, policy, existingCode);
    };
}

Response listCompanies(const CompanyService &service, const Request &request)
{
    InputValidator problems;
    CompanyStore::ListQuery query;
    const auto position = CompanyPath::readListQuery(request, problems, query);
    if (const auto sort = request.queryValue(QStringLiteral("sort"))) {
        QStringList allowed;
        for (const QString &key : CompanyStore::sortKeys())
            allowed << key << QLatin1Char('-') + key;
        if (auto key = problems.oneOf(QStringLiteral("sort"), *sort, allowed)) {
            query.descending = key->startsWith(QLatin1Char('-'));
            query.sort = query.descending ? key->mid(1) : *key;
        }
    }
    if (!problems.ok())
        return ApiError::answer(problems.error(), request);

    auto listed = service.list(query);
    if (!listed)
        return ApiError::answer(listed.error(), request);
    models::Page<Company> page;
    page.items = listed->items;
    page.total = listed->total;
    page.nextCursor = PageCursor::nextOffset(*position, listed->items.size(), listed->total);
    return Response::json(page.toJson());
}

Response createCompany(const CompanyService &service, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    auto created = service.create(companyReader(body.value()), actor);
    if (!created)
        return ApiError::answer(created.error(), request);
    Response response = ApiRoutes::withETag(created->toJson(), created->version, 201);
    response.setHeader("Location",
                       "/admin/companies/" + created->id.toString(QUuid::WithoutBraces).toLatin1());
    return response;
}

Response updateCompany(const CompanyService &service, const Request &request, const Actor &actor)
{
    return CompanyPath::change(request, [&](const QUuid &id) -> models::Result<Company> {
        auto body = JsonBody::parseObject(request);
        if (!body)
            return body.error();
        return service.update(id, ETag::versionCheck(request), companyReader(body.value()), actor);
    });
}

Response deleteCompany(const CompanyService &service, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    if (auto removed = service.remove(*id, ETag::versionCheck(request), actor); !removed)
        return ApiError::answer(removed.error(), request);
    return Response::empty(204);
}

// POST /suspend and /activate: the optional body carries a reason for the audit log.
Response changeStatus(const CompanyService &service, const Request &request, const Actor &actor,
                      CompanyStatus target)
{
    return CompanyPath::change(request, [&](const QUuid &id) -> models::Result<Company> {
        QString reason;
        if (!request.body.trimmed().isEmpty()) {
            auto body = JsonBody::parseObject(request);
            if (!body)
                return body.error();
            JsonFields fields(body.value());
            const auto text = fields.string(QStringLiteral("reason"), 0, kMaxReasonLength,
                                            JsonFields::Presence::Nullable, true);
            fields.rejectUnknownFields();
            if (!fields.ok())
                return fields.error();
            reason = text.value_or(QString());
        }
        return service.setStatus(id, target, reason, ETag::versionCheck(request), actor);
    });
}

Response companyAudit(const AuditService &service, const Request &request)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    InputValidator problems;
    AuditSearch::Query query;
    query.companyId = *id;
    if (const auto action = request.queryValue(QStringLiteral("action"))) {
        const bool shaped = !action->isEmpty() && action->size() <= kMaxActionLength
            && std::all_of(action->cbegin(), action->cend(), [](QChar c) {
                   return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_')
                       || c == QLatin1Char('.');
               });
        if (shaped) {
            query.action = *action;
        } else {
            problems.addProblem(QStringLiteral("action"), QStringLiteral("format"),
                                tr("Must be an action such as company.suspend, or a prefix "
                                   "ending in a dot such as company."));
        }
    }
    for (const QString &bound : {QStringLiteral("from"), QStringLiteral("to")}) {
        const auto text = request.queryValue(bound);
        if (!text)
            continue;
        const QDateTime time = models::WireTime::fromString(*text);
        if (!time.isValid()) {
            problems.addProblem(bound, QStringLiteral("format"),
                                tr("Must be a UTC time like 2025-01-31T12:00:00Z."));
        } else if (bound == QLatin1String("from")) {
            query.from = time;
        } else {
            query.to = time;
        }
    }
    const auto position = PageCursor::parse(request, problems);
    if (!problems.ok())
        return ApiError::answer(problems.error(), request);
    query.limit = position->limit;
    query.beforeId = position->position;

    auto found = service.companyEntries(query);
    if (!found)
        return ApiError::answer(found.error(), request);
    const models::Page<models::AuditEntry> page {
        found->items, found->hasMore ? PageCursor::encode(found->lastId) : QString(), found->total};
    return Response::json(page.toJson());
}

} // namespace

namespace CompanyRoutes {

void registerRoutes(ApiRoutes &routes)
{
    const CompanyService service(routes.context());
    const AuditService audit(routes.context());
    const QString companies = QStringLiteral("/admin/companies");
    const QString company = QStringLiteral("/admin/companies/{id}");
    const Permission change = Permission::change(models::AdminArea::Companies);
    routes.admin("GET", companies, Permission::anyRole(),
                 [service](const Request &request, const Actor &) {
                     return listCompanies(service, request);
                 });
    routes.admin("POST", companies, change, [service](const Request &request, const Actor &actor) {
        return createCompany(service, request, actor);
    });
    routes.admin(
        "GET", company, Permission::anyRole(), [service](const Request &request, const Actor &) {
            return CompanyPath::read(request, [&](const QUuid &id) { return service.company(id); });
        });
    routes.admin("PUT", company, change, [service](const Request &request, const Actor &actor) {
        return updateCompany(service, request, actor);
    });
    routes.admin("DELETE", company, change, [service](const Request &request, const Actor &actor) {
        return deleteCompany(service, request, actor);
    });
    for (const auto &[path, target] :
         {std::pair {QStringLiteral("/suspend"), CompanyStatus::Suspended},
          std::pair {QStringLiteral("/activate"), CompanyStatus::Active}}) {
        routes.admin("POST", company + path, change,
                     [service, target = target](const Request &request, const Actor &actor) {
                         return changeStatus(service, request, actor, target);
                     });
    }
    routes.admin(
        "GET", company + QStringLiteral("/audit"), Permission::anyRole(),
        [audit](const Request &request, const Actor &) { return companyAudit(audit, request); });
}

} // namespace CompanyRoutes
} // namespace sphair::server
