#include "server/http/CompanySettingsRoutes.h"
#include "server/http/ApiError.h"

#include "models/domain/CompanySettings.h"
#include "models/domain/Validation.h"
#include "server/http/AdminAudit.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/store/CompanyStore.h"

#include <QCoreApplication>

namespace sphair::server {

namespace {

using models::CompanySettings;

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::CompanySettingsRoutes", text);
}

models::Status failure(const models::Error &error)
{
    return models::Status(error);
}

// Reads a CompanySettings body: colours come back lowercase, optional texts empty when absent
// or null.
models::Result<CompanySettings> parseSettings(QJsonObject body)
{
    using Presence = JsonFields::Presence;
    body.remove(QStringLiteral("version")); // read-only, ignored on input
    JsonFields fields(body);
    CompanySettings settings;
    const auto displayName =
        fields.string(QStringLiteral("display_name"), 1, CompanySettings::kMaxDisplayNameLength);
    const auto primary = fields.colour(QStringLiteral("primary_color"));
    const auto secondary = fields.colour(QStringLiteral("secondary_color"));
    const auto accent = fields.colour(QStringLiteral("accent_color"));
    const auto logo = fields.httpsUrl(QStringLiteral("logo_url"), Presence::Nullable);
    const auto favicon = fields.httpsUrl(QStringLiteral("favicon_url"), Presence::Nullable);
    const auto title = fields.string(QStringLiteral("login_title"), 0,
                                     CompanySettings::kMaxLoginTitleLength, Presence::Nullable);
    const auto message =
        fields.string(QStringLiteral("login_message"), 0, CompanySettings::kMaxLoginMessageLength,
                      Presence::Nullable, true);
    const auto domain = fields.string(QStringLiteral("custom_domain"), 0,
                                      models::Validation::kMaxDomainLength, Presence::Nullable);
    if (domain && !domain->isEmpty()) {
        if (auto check = models::Validation::checkDomainName(QStringLiteral("custom_domain"),
                                                             domain->toLower());
            !check)
            fields.validator().addProblem(check.error(), QStringLiteral("custom_domain"));
    }
    fields.rejectUnknownFields();
    if (!fields.ok())
        return fields.error();
    settings.displayName = *displayName;
    settings.primaryColor = *primary;
    settings.secondaryColor = *secondary;
    settings.accentColor = *accent;
    settings.logoUrl = logo.value_or(QString());
    settings.faviconUrl = favicon.value_or(QString());
    settings.loginTitle = title.value_or(QString());
    settings.loginMessage = message.value_or(QString());
    settings.customDomain = domain.value_or(QString()).toLower();
    return settings;
}

Response getSettings(ServiceContext &context, const Request &request)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    std::optional<CompanySettings> settings;
    auto status = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto company = CompanyStore::header(session, *id);
            if (!company)
                return failure(company.error());
            if (!company.value())
                return models::Status::success();
            auto read = CompanyStore::settings(session, *id, company.value()->name);
            if (!read)
                return failure(read.error());
            settings = read.value();
            return models::Status::success();
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    if (!settings)
        return CompanyPath::notFound();
    return ApiRoutes::conditionalGet(request, settings->toJson(), settings->version);
}

Response putSettings(ServiceContext &context, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    CompanySettings stored;
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        // The company row is locked so two writers of the same settings take turns.
        auto company = CompanyStore::header(session, *id, true);
        if (!company)
            return failure(company.error());
        if (!company.value())
            return failure(CompanyPath::notFoundError());
        auto before = CompanyStore::settings(session, *id, company.value()->name);
        if (!before)
            return failure(before.error());
        if (auto matches = ETag::checkIfMatch(request, before->version); !matches)
            return matches;
        if (company.value()->status == QLatin1String("deleted")) {
            return failure({QStringLiteral("conflict"),
                            tr("This company is deleted and can no longer be changed."),
                            {{QStringLiteral("status"), QStringLiteral("deleted")}}});
        }
        auto settings = parseSettings(body.value());
        if (!settings)
            return failure(settings.error());
        if (!settings->customDomain.isEmpty()) {
            auto owner = CompanyStore::customDomainOwner(session, settings->customDomain, *id);
            if (!owner)
                return failure(owner.error());
            if (owner.value()) {
                return failure({QStringLiteral("conflict"),
                                tr("Another company uses this custom domain."),
                                {{QStringLiteral("field"), QStringLiteral("custom_domain")}}});
            }
        }
        auto version = CompanyStore::saveSettings(session, *id, settings.value());
        if (!version)
            return failure(version.error());
        stored = settings.value();
        stored.version = version.value();
        return AdminAudit::record(
            session, actor,
            {QStringLiteral("company_settings.update"), QStringLiteral("company_settings"),
             id->toString(QUuid::WithoutBraces), *id, before->toJson(), stored.toJson()});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    return ApiRoutes::withETag(stored.toJson(), stored.version);
}

} // namespace

namespace CompanySettingsRoutes {

void registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    const QString path = QStringLiteral("/admin/companies/{id}/settings");
    routes.admin("GET", path, Permission::anyRole(),
                 [&context](const Request &request, const Actor &) {
                     return getSettings(context, request);
                 });
    routes.admin("PUT", path, Permission::change(models::AdminArea::CompanySettings),
                 [&context](const Request &request, const Actor &actor) {
                     return putSettings(context, request, actor);
                 });
}

} // namespace CompanySettingsRoutes
} // namespace sphair::server
