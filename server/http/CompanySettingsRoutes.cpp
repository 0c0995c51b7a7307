#include "server/http/CompanySettingsRoutes.h"
#include "server/http/ApiError.h"

#include "models/domain/CompanySettings.h"
#include "models/domain/Validation.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/services/CompanySettingsService.h"

namespace sphair::server {

namespace {

using models::CompanySettings;

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

Response putSettings(const CompanySettingsService &service, const Request &request,
                     const Actor &actor)
{
    return CompanyPath::change(request, [&](const QUuid &id) -> models::Result<CompanySettings> {
        auto body = JsonBody::parseObject(request);
        if (!body)
            return body.error();
        return service.save(id, ETag::versionCheck(request), parseSettings(body.value()), actor);
    });
}

} // namespace

namespace CompanySettingsRoutes {

void registerRoutes(ApiRoutes &routes)
{
    const CompanySettingsService service(routes.context());
    const QString path = QStringLiteral("/admin/companies/{id}/settings");
    routes.admin("GET", path, Permission::anyRole(),
                 [service](const Request &request, const Actor &) {
                     return CompanyPath::read(
                         request, [&](const QUuid &id) { return service.settings(id); });
                 });
    routes.admin("PUT", path, Permission::change(models::AdminArea::CompanySettings),
                 [service](const Request &request, const Actor &actor) {
                     return putSettings(service, request, actor);
                 });
}

} // namespace CompanySettingsRoutes
} // namespace sphair::server
