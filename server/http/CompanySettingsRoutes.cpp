#include "server/http/CompanySettingsRoutes.h"
#include "server/http/ApiError.h"
#include "server/services/ServerText.h"

#include "models/domain/CompanySettings.h"
#include "models/domain/Validation.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/services/CompanySettingsService.h"

#include <QJsonArray>

namespace sphair::server {

namespace {

using models::CompanySettings;

using models::BrandImageSlot;
namespace BrandImage = models::BrandImage;

constexpr int kMaxLanguageLength = 8;
constexpr int kMaxTimeZoneLength = 64;

// Reads a CompanySettings body: colours, domain and subdomain come back lowercase, optional
// texts empty when absent or null. The platform's fields (version, image URLs) are ignored,
// so a client may send back what it read.
models::Result<CompanySettings> parseSettings(QJsonObject body)
{
    using Presence = JsonFields::Presence;
    for (const QString &readOnly : CompanySettings::readOnlyFields())
        body.remove(readOnly);
    JsonFields fields(body);
    CompanySettings settings;
    const auto displayName =
        fields.string(QStringLiteral("display_name"), 1, CompanySettings::kMaxDisplayNameLength);
    const auto primary = fields.colour(QStringLiteral("primary_color"));
    const auto secondary = fields.colour(QStringLiteral("secondary_color"));
    const auto accent = fields.colour(QStringLiteral("accent_color"));
    const auto title = fields.string(QStringLiteral("login_title"), 0,
                                     CompanySettings::kMaxLoginTitleLength, Presence::Nullable);
    const auto message =
        fields.string(QStringLiteral("login_message"), 0, CompanySettings::kMaxLoginMessageLength,
                      Presence::Nullable, true);
    const auto footer =
        fields.string(QStringLiteral("footer_text"), 0, CompanySettings::kMaxFooterTextLength,
                      Presence::Nullable, true);
    const auto subdomain =
        fields.string(QStringLiteral("custom_subdomain"), 0,
                      models::Validation::kMaxSubdomainLength, Presence::Nullable);
    if (subdomain && !subdomain->isEmpty()) {
        if (auto check = models::Validation::checkSubdomain(QStringLiteral("custom_subdomain"),
                                                            subdomain->toLower());
            !check)
            fields.validator().addProblem(check.error(), QStringLiteral("custom_subdomain"));
    }
    const auto domain = fields.string(QStringLiteral("custom_domain"), 0,
                                      models::Validation::kMaxDomainLength, Presence::Nullable);
    if (domain && !domain->isEmpty()) {
        if (auto check = models::Validation::checkDomainName(QStringLiteral("custom_domain"),
                                                             domain->toLower());
            !check)
            fields.validator().addProblem(check.error(), QStringLiteral("custom_domain"));
    }
    const auto language =
        fields.string(QStringLiteral("language"), 1, kMaxLanguageLength, Presence::Optional);
    const auto timezone =
        fields.string(QStringLiteral("timezone"), 1, kMaxTimeZoneLength, Presence::Optional);
    fields.rejectUnknownFields();
    if (!fields.ok())
        return fields.error();
    settings.language = language.value_or(CompanySettings::defaultLanguage());
    settings.timezone = timezone.value_or(CompanySettings::defaultTimeZone());
    settings.displayName = *displayName;
    settings.primaryColor = *primary;
    settings.secondaryColor = *secondary;
    settings.accentColor = *accent;
    settings.loginTitle = title.value_or(QString());
    settings.loginMessage = message.value_or(QString());
    settings.footerText = footer.value_or(QString());
    settings.customSubdomain = subdomain.value_or(QString()).toLower();
    settings.customDomain = domain.value_or(QString()).toLower();
    // The language and the zone are checked by the type itself (the fields above by shape).
    if (auto check = settings.validate(); !check)
        return check.error();
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

// The slot named by the path's {slot}; an unknown slot names nothing (404).
std::optional<BrandImageSlot> slotOf(const Request &request)
{
    return BrandImage::slotFromCode(request.pathParam(QStringLiteral("slot")));
}

Response slotNotFound(const Request &request)
{
    return ApiError::answer(
        {QStringLiteral("not_found"),
         tr("There is no image slot of this name."),
         {{QStringLiteral("slots"), QJsonArray::fromStringList(BrandImage::slotCodes())}}},
        request);
}

// An image's bytes with the type its decoding found and its hash as the ETag; 304 when
// If-None-Match names the hash. `cacheControl` says who may keep it and for how long.
Response imageAnswer(const Request &request, const BrandImageStore::Image &image,
                     const QByteArray &cacheControl)
{
    const QByteArray tag = '"' + image.sha256.toLatin1() + '"';
    Response response = ETag::ifNoneMatchHits(request, image.sha256.toLatin1())
        ? Response::empty(304)
        : Response::bytes(200, image.data, image.contentType.toLatin1());
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", cacheControl);
    // Never run as a document, whatever a browser guesses; embeddable from the tenants'
    // own domains.
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    return response;
}

Response putImage(const CompanySettingsService &service, const Request &request, const Actor &actor)
{
    const auto slot = slotOf(request);
    if (!slot)
        return slotNotFound(request);
    return CompanyPath::change(request, [&](const QUuid &id) {
        // The body is the image itself; its Content-Type and any file name are not trusted.
        return service.putImage(id, *slot, ETag::versionCheck(request), request.body, actor);
    });
}

Response removeImage(const CompanySettingsService &service, const Request &request,
                     const Actor &actor)
{
    const auto slot = slotOf(request);
    if (!slot)
        return slotNotFound(request);
    return CompanyPath::change(request, [&](const QUuid &id) {
        return service.removeImage(id, *slot, ETag::versionCheck(request), actor);
    });
}

Response getImage(const CompanySettingsService &service, const Request &request)
{
    const auto slot = slotOf(request);
    if (!slot)
        return slotNotFound(request);
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    auto image = service.image(*id, *slot);
    if (!image)
        return ApiError::answer(image.error(), request);
    return imageAnswer(request, image.value(), "private, no-cache");
}

// The public copy for the tenants' login pages: no session, content-addressed by its hash,
// so it may be cached for a year.
Response publicImage(const CompanySettingsService &service, const Request &request)
{
    const auto slot = slotOf(request);
    const auto id = CompanyPath::id(request);
    const QString sha256 = request.pathParam(QStringLiteral("sha256"));
    if (!slot || !id)
        return slotNotFound(request);
    auto image = service.publicImage(*id, *slot, sha256);
    if (!image)
        return ApiError::answer(image.error(), request);
    return imageAnswer(request, image.value(), "public, max-age=31536000, immutable");
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
    const QString image = QStringLiteral("/admin/companies/{id}/settings/images/{slot}");
    routes.admin(
        "GET", image, Permission::anyRole(),
        [service](const Request &request, const Actor &) { return getImage(service, request); });
    routes.admin("PUT", image, Permission::change(models::AdminArea::CompanySettings),
                 [service](const Request &request, const Actor &actor) {
                     return putImage(service, request, actor);
                 });
    routes.admin("DELETE", image, Permission::change(models::AdminArea::CompanySettings),
                 [service](const Request &request, const Actor &actor) {
                     return removeImage(service, request, actor);
                 });
    routes.open("GET", QStringLiteral("/public/branding/{id}/{slot}/{sha256}"),
                [service](const Request &request) { return publicImage(service, request); });
}

} // namespace CompanySettingsRoutes
} // namespace sphair::server
