#include "server/http/LicenseRoutes.h"
#include "server/http/ApiError.h"
#include "server/services/ServerText.h"

#include "licensing/Paserk.h"
#include "server/http/ApiRoutes.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/services/LicenseService.h"

namespace sphair::server {

namespace {

constexpr int kMaxTokenLength = 16384;
constexpr int kMaxQueryLength = 200;
constexpr int kMaxExpiringDays = 365;

// The license id of the path, or a null QUuid when it is not a canonical UUID (which names
// nothing: 404).
QUuid licenseIdOf(const Request &request)
{
    const QString text = request.pathParam(QStringLiteral("id"));
    if (!InputValidator::checkUuid(text))
        return {};
    return QUuid::fromString(text);
}

// v4.public.<payload>[.<footer>], base64url parts, as openapi.yaml's LicenseRegistration says.
bool hasTokenShape(const QString &token)
{
    const QLatin1String prefix("v4.public.");
    if (!token.startsWith(prefix) || token.size() == prefix.size())
        return false;
    int dots = 0;
    QChar last = QLatin1Char('.');
    for (qsizetype i = prefix.size(); i < token.size(); ++i) {
        const QChar c = token[i];
        if (c == QLatin1Char('.')) {
            if (last == QLatin1Char('.') || ++dots > 1)
                return false;
        } else if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-')
                   && c != QLatin1Char('_')) {
            return false;
        }
        last = c;
    }
    return last != QLatin1Char('.');
}

// A page of licenses as the list routes answer it.
Response pageAnswer(const Request &request, const PageCursor::Position &position,
                    models::Result<models::Page<models::LicenseRecord>> page)
{
    if (!page)
        return ApiError::answer(page.error(), request);
    page->nextCursor = PageCursor::nextOffset(position, page->items.size(), page->total);
    return Response::json(page->toJson());
}

Response listLicenses(const LicenseService &licenses, const Request &request)
{
    InputValidator problems;
    const std::optional<PageCursor::Position> page = PageCursor::parse(request, problems);
    LicenseStore::Filter filter;
    if (const auto value = request.queryValue(QStringLiteral("company_id"))) {
        if (const auto id = problems.uuid(QStringLiteral("company_id"), *value))
            filter.companyId = QUuid::fromString(*id);
    }
    if (const auto value = request.queryValue(QStringLiteral("status"))) {
        filter.status =
            problems.oneOf(QStringLiteral("status"), *value, models::licenseRecordStatusCodes())
                .value_or(QString());
    }
    if (const auto value = request.queryValue(QStringLiteral("tier"))) {
        filter.tier =
            problems.oneOf(QStringLiteral("tier"), *value, models::tierCodes()).value_or(QString());
    }
    if (const auto value = request.queryValue(QStringLiteral("kid"))) {
        if (licensing::Paserk::isPublicId(*value)) {
            filter.kid = *value;
        } else {
            problems.addProblem(QStringLiteral("kid"), QStringLiteral("format"),
                                tr("Must be a PASERK key id (k4.pid.…)."));
        }
    }
    if (const auto value = request.queryValue(QStringLiteral("q")))
        filter.query = problems.text(QStringLiteral("q"), *value, 0, kMaxQueryLength)
                           .value_or(QString())
                           .trimmed();
    if (!problems.ok() || !page)
        return ApiError::answer(problems.error(), request);
    return pageAnswer(request, *page, licenses.list(filter, page->position, page->limit));
}

Response listExpiring(const LicenseService &licenses, const Request &request)
{
    InputValidator problems;
    const std::optional<PageCursor::Position> page = PageCursor::parse(request, problems);
    qint64 days = models::LicenseRecord::kDefaultExpiringDays;
    if (const auto value = request.queryValue(QStringLiteral("days")))
        days = problems.integer(QStringLiteral("days"), QStringView(*value), 1, kMaxExpiringDays)
                   .value_or(0);
    if (!problems.ok() || !page)
        return ApiError::answer(problems.error(), request);
    return pageAnswer(request, *page, licenses.expiring(days, page->position, page->limit));
}

Response registerLicense(const LicenseService &licenses, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    JsonFields fields(body.value());
    const auto token = fields.string(QStringLiteral("token"), 1, kMaxTokenLength);
    fields.rejectUnknownFields();
    if (token && !hasTokenShape(*token)) {
        fields.validator().addProblem(QStringLiteral("token"), QStringLiteral("format"),
                                      tr("Must be a PASETO v4.public token, exactly as signed "
                                         "(the token line of a .lic file)."));
    }
    if (!fields.ok())
        return ApiError::answer(fields.error(), request);
    // The exact bytes received are verified: the token is never re-serialised.
    auto registration = licenses.registerToken(token->toLatin1(), actor);
    if (!registration)
        return ApiError::answer(registration.error(), request);
    const models::LicenseRegistrationResult &done = registration->result;
    Response response =
        ApiRoutes::withETag(done.toJson(), registration->version, done.newlyRegistered ? 201 : 200);
    if (done.newlyRegistered) {
        response.setHeader(
            "Location",
            (QStringLiteral("/admin/licenses/") + done.license.id.toString(QUuid::WithoutBraces))
                .toUtf8());
    }
    return response;
}

Response getLicense(const LicenseService &licenses, const Request &request)
{
    const QUuid id = licenseIdOf(request);
    if (id.isNull())
        return ApiError::answer(LicenseService::licenseNotFound(), request);
    auto stored = licenses.find(id);
    if (!stored)
        return ApiError::answer(stored.error(), request);
    return ApiRoutes::conditionalGet(request, stored->record.toJson(), stored->version);
}

Response revokeLicense(const LicenseService &licenses, const Request &request, const Actor &actor)
{
    const QUuid id = licenseIdOf(request);
    if (id.isNull())
        return ApiError::answer(LicenseService::licenseNotFound(), request);
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    JsonFields fields(body.value());
    const auto reason =
        fields.string(QStringLiteral("reason"), 1, models::LicenseRecord::kMaxRevokeReasonLength,
                      JsonFields::Presence::Required, true);
    fields.rejectUnknownFields();
    if (!fields.ok())
        return ApiError::answer(fields.error(), request);
    // If-Match is optional here; when sent, a stale one is 412.
    auto revoked = licenses.revoke(id, *reason, ETag::versionCheck(request), actor);
    if (!revoked)
        return ApiError::answer(revoked.error(), request);
    return ApiRoutes::withETag(revoked->record.toJson(), revoked->version);
}

} // namespace

void LicenseRoutes::registerRoutes(ApiRoutes &routes)
{
    const LicenseService licenses(routes.context());
    const QString path = QStringLiteral("/admin/licenses");
    const Permission change = Permission::change(models::AdminArea::Licenses);
    routes.admin("GET", path, Permission::anyRole(),
                 [licenses](const Request &request, const Actor &) {
                     return listLicenses(licenses, request);
                 });
    routes.admin("POST", path, change, [licenses](const Request &request, const Actor &actor) {
        return registerLicense(licenses, request, actor);
    });
    routes.admin("GET", path + QStringLiteral("/expiring"), Permission::anyRole(),
                 [licenses](const Request &request, const Actor &) {
                     return listExpiring(licenses, request);
                 });
    routes.admin("GET", path + QStringLiteral("/{id}"), Permission::anyRole(),
                 [licenses](const Request &request, const Actor &) {
                     return getLicense(licenses, request);
                 });
    routes.admin("POST", path + QStringLiteral("/{id}/revoke"), change,
                 [licenses](const Request &request, const Actor &actor) {
                     return revokeLicense(licenses, request, actor);
                 });
}

} // namespace sphair::server
