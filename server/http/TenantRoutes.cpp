#include "server/http/TenantRoutes.h"
#include "server/http/ApiError.h"

#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/CompanySettings.h"
#include "models/domain/UsagePoint.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/store/AuditLog.h"
#include "server/store/CompanyLicenses.h"
#include "server/store/CompanyStore.h"
#include "server/store/FeatureStore.h"
#include "server/store/StatsStore.h"
#include "server/store/TenantUserStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>

namespace sphair::server {

namespace {

// The tenant routes. The company is always the token's (TenantActor::companyId); every
// statement names it in `WHERE company_id = …`, so SQLite, which has no row-level security,
// is isolated just as PostgreSQL is.

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::TenantRoutes", text);
}

constexpr int kReportDays = 30;
constexpr int kMaxDisplayNameLength = 100;
const QString kReportingFeature = QStringLiteral("reporting");

models::Status failure(const models::Error &error)
{
    return models::Status(error);
}

// Who the audit log names for a tenant's own changes: tenant clients authenticate with a
// company token, not as a person.
const QString kTenantActor = QStringLiteral("tenant_api");
const QString kTenantRole = QStringLiteral("tenant");

Response tenantSettings(ServiceContext &context, const Request &request, const TenantActor &tenant)
{
    models::CompanySettings settings;
    auto status = context.db->transaction(
        TxScope::forTenant(tenant.companyId, TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto company = CompanyStore::header(session, tenant.companyId);
            if (!company)
                return failure(company.error());
            if (!company.value())
                return failure(CompanyPath::notFoundError());
            auto read = CompanyStore::settings(session, tenant.companyId, company.value()->name);
            if (!read)
                return failure(read.error());
            settings = read.value();
            return models::Status::success();
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    return ApiRoutes::conditionalGet(request, settings.toJson(), settings.version);
}

models::Result<models::CompanyFeatureSet> featuresOf(SqlSession &session, const QUuid &id)
{
    auto read = FeatureStore::companyFeatures(session, id);
    if (!read)
        return read.error();
    if (!read.value()) {
        // The token named this company a moment ago; it cannot have vanished (soft delete).
        return models::Error {
            QStringLiteral("unauthorized"), tr("This token's company does not exist."), {}};
    }
    return *read.value();
}

Response tenantFeatures(ServiceContext &context, const Request &request, const TenantActor &tenant)
{
    models::CompanyFeatureSet features;
    auto status = context.db->transaction(
        TxScope::forTenant(tenant.companyId, TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto read = featuresOf(session, tenant.companyId);
            if (!read)
                return failure(read.error());
            features = read.value();
            return models::Status::success();
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    QJsonArray states;
    for (const models::FeatureState &state : features.features)
        states.append(state.toJson());
    return Response::json({{QStringLiteral("tier"), models::tierCode(features.tier)},
                           {QStringLiteral("features"), states}});
}

Response listUsers(ServiceContext &context, const Request &request, const TenantActor &tenant)
{
    InputValidator problems;
    const auto page = PageCursor::parse(request, problems);
    if (!problems.ok())
        return ApiError::answer(problems.error(), request);
    QList<TenantUserStore::User> users;
    qint64 total = 0;
    auto status = context.db->transaction(
        TxScope::forTenant(tenant.companyId, TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto counted = TenantUserStore::count(session, tenant.companyId);
            if (!counted)
                return failure(counted.error());
            total = counted.value();
            auto listed =
                TenantUserStore::list(session, tenant.companyId, page->limit, page->position);
            if (!listed)
                return failure(listed.error());
            users = listed.value();
            return models::Status::success();
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    QJsonArray items;
    for (const TenantUserStore::User &user : users)
        items.append(user.toJson());
    const qint64 next = page->position + users.size();
    const bool more = !users.isEmpty() && next < total;
    return Response::json({
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
         more ? QJsonValue(PageCursor::encode(next)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("total"), total},
    });
}

// Reads a TenantUserCreate body. A company_id is refused outright: the company is the
// token's, and a client sending one has misunderstood that.
models::Result<TenantUserStore::User> parseUser(QJsonObject body)
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
    const auto role = fields.enumValue(QStringLiteral("role"), TenantUserStore::roles(),
                                       JsonFields::Presence::Optional);
    fields.rejectUnknownFields();
    if (!fields.ok())
        return fields.error();
    TenantUserStore::User user;
    user.id = QUuid::createUuid();
    user.email = email->toLower();
    user.displayName = *name;
    user.role = role.value_or(QStringLiteral("member"));
    return user;
}

Response createUser(ServiceContext &context, const Request &request, const TenantActor &tenant)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    auto parsed = parseUser(body.value());
    if (!parsed)
        return ApiError::answer(parsed.error(), request);

    TenantUserStore::User created;
    const QDateTime now = context.now();
    auto status =
        context.db->transaction(TxScope::forTenant(tenant.companyId), [&](SqlSession &session) {
            // Lock the company row first: every creation for this company waits here, so the
            // count below and the insert after it are one step (SQLite serialises writers
            // anyway).
            auto locked = CompanyStore::exists(session, tenant.companyId, true);
            if (!locked)
                return failure(locked.error());
            if (!locked.value()) {
                return failure({QStringLiteral("unauthorized"),
                                tr("This token's company does not exist."),
                                {}});
            }
            auto license = CompanyLicenses::usableLicense(session, tenant.companyId, now);
            if (!license)
                return failure(license.error());
            if (!license.value()) {
                return failure({QStringLiteral("license_required"),
                                tr("This company has no valid license, so no users can be "
                                   "added."),
                                {}});
            }
            auto current = TenantUserStore::countActive(session, tenant.companyId);
            if (!current)
                return failure(current.error());
            const int maxUsers = license.value()->maxUsers;
            if (current.value() >= maxUsers) {
                return failure({QStringLiteral("user_limit_reached"),
                                tr("The license allows %1 users, and all are taken.").arg(maxUsers),
                                {{QStringLiteral("max_users"), maxUsers},
                                 {QStringLiteral("current"), current.value()}}});
            }
            auto inserted = TenantUserStore::insert(session, tenant.companyId, parsed.value());
            if (!inserted)
                return failure(inserted.error());
            if (!inserted.value()) {
                return failure({QStringLiteral("conflict"),
                                tr("A user with this e-mail address exists already."),
                                {{QStringLiteral("field"), QStringLiteral("email")}}});
            }
            created = *inserted.value();
            return AuditLog::record(session, kTenantActor, kTenantRole,
                                    {QStringLiteral("user.create"), QStringLiteral("user"),
                                     created.id.toString(QUuid::WithoutBraces), tenant.companyId,
                                     QJsonValue::Null, created.toJson()});
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    Response response = ApiRoutes::withETag(created.toJson(), created.version, 201);
    response.setHeader("Location",
                       "/api/users/" + created.id.toString(QUuid::WithoutBraces).toLatin1());
    return response;
}

Response report(ServiceContext &context, const Request &request, const TenantActor &tenant)
{
    const QDateTime now = context.now();
    const QDate last = now.date();
    const QDate first = last.addDays(-(kReportDays - 1));
    bool enabled = false;
    qint64 users = 0;
    // Every day of the window, zero where nothing was recorded, so charts need no gaps.
    QJsonArray usage;
    auto status = context.db->transaction(
        TxScope::forTenant(tenant.companyId, TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto features = featuresOf(session, tenant.companyId);
            if (!features)
                return failure(features.error());
            for (const models::FeatureState &state : features->features) {
                if (state.code == kReportingFeature)
                    enabled = state.enabled;
            }
            if (!enabled)
                return models::Status::success();
            auto counted = TenantUserStore::count(session, tenant.companyId);
            if (!counted)
                return failure(counted.error());
            users = counted.value();
            auto points = StatsStore::usage(session, tenant.companyId, first, last);
            if (!points)
                return failure(points.error());
            for (const models::UsagePoint &point : points.value())
                usage.append(point.toJson());
            return models::Status::success();
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    if (!enabled) {
        return ApiError(403, QStringLiteral("feature_disabled"),
                        tr("Reports are not part of this company's plan."),
                        {{QStringLiteral("feature"), kReportingFeature}})
            .toResponse();
    }
    return Response::json({{QStringLiteral("generated_at"), models::WireTime::toString(now)},
                           {QStringLiteral("users_total"), users},
                           {QStringLiteral("usage"), usage}});
}

} // namespace

namespace TenantRoutes {

void registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    routes.tenant("GET", QStringLiteral("/api/company/settings"),
                  [&context](const Request &request, const TenantActor &tenant) {
                      return tenantSettings(context, request, tenant);
                  });
    routes.tenant("GET", QStringLiteral("/api/company/features"),
                  [&context](const Request &request, const TenantActor &tenant) {
                      return tenantFeatures(context, request, tenant);
                  });
    routes.tenant("GET", QStringLiteral("/api/users"),
                  [&context](const Request &request, const TenantActor &tenant) {
                      return listUsers(context, request, tenant);
                  });
    routes.tenant("POST", QStringLiteral("/api/users"),
                  [&context](const Request &request, const TenantActor &tenant) {
                      return createUser(context, request, tenant);
                  });
    routes.tenant("GET", QStringLiteral("/api/reports"),
                  [&context](const Request &request, const TenantActor &tenant) {
                      return report(context, request, tenant);
                  });
}

} // namespace TenantRoutes
} // namespace sphair::server
