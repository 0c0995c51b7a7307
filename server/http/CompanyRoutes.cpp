#include "server/http/CompanyRoutes.h"
#include "server/http/ApiError.h"

#include "models/domain/Company.h"
#include "models/domain/Validation.h"
#include "models/domain/WireTime.h"
#include "server/http/AdminAudit.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/store/AuditSearch.h"
#include "server/store/CompanyStore.h"
#include "server/store/FeatureStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::server {

namespace {

using models::Company;
using models::CompanyStatus;

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::CompanyRoutes", text);
}

constexpr int kMaxSearchLength = 200;
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

QStringList tierCodes()
{
    QStringList codes;
    for (models::Tier tier : models::allTiers())
        codes.append(models::tierCode(tier));
    return codes;
}

Response companyResponse(const Company &company, int status = 200)
{
    return ApiRoutes::withETag(company.toJson(), company.version, status);
}

// Reads a Company request body. `existingCode` is empty when creating; when changing a
// company, the code must be sent unchanged.
std::optional<Company> parseCompany(QJsonObject body, const models::TierPolicy &policy,
                                    const QString &existingCode, InputValidator &problems)
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
    const auto tierCode = fields.enumValue(QStringLiteral("tier"), tierCodes());
    const auto maxUsers = fields.integer(QStringLiteral("max_users"), 1, models::kMaxLicensedUsers);
    const auto email = fields.email(QStringLiteral("contact_email"));
    fields.rejectUnknownFields();
    if (tierCode && maxUsers) {
        const models::Tier tier = *models::tierFromCode(*tierCode);
        if (auto check = models::Validation::checkTierUsers(tier, *maxUsers, policy); !check)
            fields.validator().addProblem(check.error(), QStringLiteral("max_users"));
    }
    if (!fields.ok()) {
        problems = fields.validator();
        return std::nullopt;
    }
    company.code = *code;
    company.name = *name;
    company.tier = *models::tierFromCode(*tierCode);
    company.maxUsers = static_cast<int>(*maxUsers);
    company.contactEmail = *email;
    return company;
}

models::Status failure(const models::Error &error)
{
    return models::Status(error);
}

Response listCompanies(ServiceContext &context, const Request &request)
{
    InputValidator problems;
    CompanyStore::ListQuery query;
    query.now = context.now();
    if (const auto q = request.queryValue(QStringLiteral("q"))) {
        if (auto text = problems.text(QStringLiteral("q"), q->trimmed(), 0, kMaxSearchLength))
            query.search = *text;
    }
    if (const auto tier = request.queryValue(QStringLiteral("tier"))) {
        if (auto code = problems.oneOf(QStringLiteral("tier"), *tier, tierCodes()))
            query.tier = models::tierFromCode(*code);
    }
    if (const auto status = request.queryValue(QStringLiteral("status"))) {
        if (auto code =
                problems.oneOf(QStringLiteral("status"), *status, models::companyStatusCodes()))
            query.status = models::companyStatusFromCode(*code);
    }
    if (const auto sort = request.queryValue(QStringLiteral("sort"))) {
        QStringList allowed;
        for (const QString &key : CompanyStore::sortKeys())
            allowed << key << QLatin1Char('-') + key;
        if (auto key = problems.oneOf(QStringLiteral("sort"), *sort, allowed)) {
            query.descending = key->startsWith(QLatin1Char('-'));
            query.sort = query.descending ? key->mid(1) : *key;
        }
    }
    const auto page = PageCursor::parse(request, problems);
    if (!problems.ok())
        return ApiError::answer(problems.error(), request);
    query.limit = page->limit;
    query.offset = page->position;

    CompanyStore::ListResult result;
    auto status = context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly),
                                          [&](SqlSession &session) {
                                              auto listed = CompanyStore::list(session, query);
                                              if (!listed)
                                                  return failure(listed.error());
                                              result = listed.value();
                                              return models::Status::success();
                                          });
    if (!status)
        return ApiError::answer(status.error(), request);

    QJsonArray items;
    for (const Company &company : result.items)
        items.append(company.toJson());
    const qint64 next = query.offset + result.items.size();
    const bool more = !result.items.isEmpty() && next < result.total;
    return Response::json({
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
         more ? QJsonValue(PageCursor::encode(next)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("total"), result.total},
    });
}

Response createCompany(ServiceContext &context, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    Company created;
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto catalog = FeatureStore::catalog(session);
        if (!catalog)
            return failure(catalog.error());
        InputValidator problems;
        std::optional<Company> company =
            parseCompany(body.value(), catalog->policy(), QString(), problems);
        if (!company)
            return failure(problems.error());
        auto exists = CompanyStore::codeExists(session, company->code);
        if (!exists)
            return failure(exists.error());
        if (exists.value()) {
            return failure({QStringLiteral("conflict"),
                            tr("A company with this code exists already."),
                            {{QStringLiteral("field"), QStringLiteral("code")},
                             {QStringLiteral("code"), company->code}}});
        }
        company->id = QUuid::createUuid();
        if (auto inserted = CompanyStore::insert(session, *company); !inserted)
            return inserted;
        auto stored = CompanyStore::find(session, company->id, context.now());
        if (!stored)
            return failure(stored.error());
        created = *stored.value();
        return AdminAudit::record(session, actor,
                                  {QStringLiteral("company.create"), QStringLiteral("company"),
                                   created.id.toString(QUuid::WithoutBraces), created.id,
                                   QJsonValue::Null, created.toJson()});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    Response response = companyResponse(created, 201);
    response.setHeader("Location",
                       "/admin/companies/" + created.id.toString(QUuid::WithoutBraces).toLatin1());
    return response;
}

Response getCompany(ServiceContext &context, const Request &request)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    std::optional<Company> company;
    auto status = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto found = CompanyStore::find(session, *id, context.now());
            if (!found)
                return failure(found.error());
            company = found.value();
            return models::Status::success();
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    if (!company)
        return CompanyPath::notFound();
    return ApiRoutes::conditionalGet(request, company->toJson(), company->version);
}

// Reads the company for a change: locked, present, matching If-Match and not deleted.
models::Result<Company> companyForChange(ServiceContext &context, SqlSession &session,
                                         const Request &request, const QUuid &id,
                                         bool refuseDeleted = true)
{
    auto found = CompanyStore::find(session, id, context.now(), true);
    if (!found)
        return found.error();
    if (!found.value())
        return CompanyPath::notFoundError();
    const Company &company = *found.value();
    if (auto matches = ETag::checkIfMatch(request, company.version); !matches)
        return matches.error();
    if (refuseDeleted && company.status == CompanyStatus::Deleted) {
        return models::Error {QStringLiteral("conflict"),
                              tr("This company is deleted and can no longer be changed."),
                              {{QStringLiteral("status"), QStringLiteral("deleted")}}};
    }
    return company;
}

Response updateCompany(ServiceContext &context, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    Company updated;
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto before = companyForChange(context, session, request, *id);
        if (!before)
            return failure(before.error());
        auto catalog = FeatureStore::catalog(session);
        if (!catalog)
            return failure(catalog.error());
        InputValidator problems;
        std::optional<Company> changed =
            parseCompany(body.value(), catalog->policy(), before->code, problems);
        if (!changed)
            return failure(problems.error());
        changed->id = *id;
        if (auto written = CompanyStore::update(session, *changed); !written)
            return written;
        auto after = CompanyStore::find(session, *id, context.now());
        if (!after)
            return failure(after.error());
        updated = *after.value();
        return AdminAudit::record(session, actor,
                                  {QStringLiteral("company.update"), QStringLiteral("company"),
                                   id->toString(QUuid::WithoutBraces), *id, before->toJson(),
                                   updated.toJson()});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    return companyResponse(updated);
}

Response deleteCompany(ServiceContext &context, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto before = companyForChange(context, session, request, *id, false);
        if (!before)
            return failure(before.error());
        if (before->status == CompanyStatus::Deleted)
            return models::Status::success(); // deleting twice changes nothing
        if (auto written = CompanyStore::setStatus(session, *id, CompanyStatus::Deleted); !written)
            return written;
        auto after = CompanyStore::find(session, *id, context.now());
        if (!after)
            return failure(after.error());
        return AdminAudit::record(session, actor,
                                  {QStringLiteral("company.delete"), QStringLiteral("company"),
                                   id->toString(QUuid::WithoutBraces), *id, before->toJson(),
                                   after.value()->toJson()});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    return Response::empty(204);
}

// POST /suspend and /activate: the optional body carries a reason for the audit log.
Response changeStatus(ServiceContext &context, const Request &request, const Actor &actor,
                      CompanyStatus target)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    QString reason;
    if (!request.body.trimmed().isEmpty()) {
        auto body = JsonBody::parseObject(request);
        if (!body)
            return ApiError::answer(body.error(), request);
        JsonFields fields(body.value());
        const auto text = fields.string(QStringLiteral("reason"), 0, kMaxReasonLength,
                                        JsonFields::Presence::Nullable, true);
        fields.rejectUnknownFields();
        if (!fields.ok())
            return ApiError::answer(fields.error(), request);
        reason = text.value_or(QString());
    }
    const bool suspending = target == CompanyStatus::Suspended;
    Company result;
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto before = companyForChange(context, session, request, *id);
        if (!before)
            return failure(before.error());
        result = before.value();
        if (before->status == target)
            return models::Status::success(); // already there: nothing to record
        if (auto written = CompanyStore::setStatus(session, *id, target); !written)
            return written;
        auto after = CompanyStore::find(session, *id, context.now());
        if (!after)
            return failure(after.error());
        result = *after.value();
        QJsonObject afterJson = result.toJson();
        if (!reason.isEmpty())
            afterJson.insert(QStringLiteral("reason"), reason);
        return AdminAudit::record(
            session, actor,
            {suspending ? QStringLiteral("company.suspend") : QStringLiteral("company.activate"),
             QStringLiteral("company"), id->toString(QUuid::WithoutBraces), *id, before->toJson(),
             afterJson});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    return companyResponse(result);
}

Response companyAudit(ServiceContext &context, const Request &request)
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
    const auto page = PageCursor::parse(request, problems);
    if (!problems.ok())
        return ApiError::answer(problems.error(), request);
    query.limit = page->limit;
    query.beforeId = page->position;

    bool exists = false;
    AuditSearch::Page result;
    auto status = context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly),
                                          [&](SqlSession &session) {
                                              auto company = CompanyStore::exists(session, *id);
                                              if (!company)
                                                  return failure(company.error());
                                              exists = company.value();
                                              if (!exists)
                                                  return models::Status::success();
                                              auto read = AuditSearch::search(session, query);
                                              if (!read)
                                                  return failure(read.error());
                                              result = read.value();
                                              return models::Status::success();
                                          });
    if (!status)
        return ApiError::answer(status.error(), request);
    if (!exists)
        return CompanyPath::notFound();
    QJsonArray items;
    for (const models::AuditEntry &entry : result.items)
        items.append(entry.toJson());
    return Response::json({
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
         result.hasMore ? QJsonValue(PageCursor::encode(result.lastId))
                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("total"), result.total},
    });
}

} // namespace

namespace CompanyRoutes {

void registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    const QString companies = QStringLiteral("/admin/companies");
    const QString company = QStringLiteral("/admin/companies/{id}");
    routes.admin("GET", companies, Permission::anyRole(),
                 [&context](const Request &request, const Actor &) {
                     return listCompanies(context, request);
                 });
    routes.admin("POST", companies, Permission::change(models::AdminArea::Companies),
                 [&context](const Request &request, const Actor &actor) {
                     return createCompany(context, request, actor);
                 });
    routes.admin(
        "GET", company, Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return getCompany(context, request); });
    routes.admin("PUT", company, Permission::change(models::AdminArea::Companies),
                 [&context](const Request &request, const Actor &actor) {
                     return updateCompany(context, request, actor);
                 });
    routes.admin("DELETE", company, Permission::change(models::AdminArea::Companies),
                 [&context](const Request &request, const Actor &actor) {
                     return deleteCompany(context, request, actor);
                 });
    routes.admin("POST", company + QStringLiteral("/suspend"),
                 Permission::change(models::AdminArea::Companies),
                 [&context](const Request &request, const Actor &actor) {
                     return changeStatus(context, request, actor, CompanyStatus::Suspended);
                 });
    routes.admin("POST", company + QStringLiteral("/activate"),
                 Permission::change(models::AdminArea::Companies),
                 [&context](const Request &request, const Actor &actor) {
                     return changeStatus(context, request, actor, CompanyStatus::Active);
                 });
    routes.admin("GET", company + QStringLiteral("/audit"), Permission::anyRole(),
                 [&context](const Request &request, const Actor &) {
                     return companyAudit(context, request);
                 });
}

} // namespace CompanyRoutes
} // namespace sphair::server
