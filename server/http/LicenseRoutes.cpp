#include "server/http/LicenseRoutes.h"
#include "server/http/ApiError.h"

#include "licensing/Paserk.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiRoutes.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/services/LicenseRegistrar.h"
#include "server/store/AuditLog.h"
#include "server/store/LicenseStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::LicenseRoutes", text);
}

constexpr int kMaxTokenLength = 16384;
constexpr int kMaxQueryLength = 200;
constexpr int kMaxExpiringDays = 365;
constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

Response licenseNotFound()
{
    return ApiError::notFound(tr("There is no license with this id.")).toResponse();
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

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

QJsonObject pageJson(const QList<LicenseStore::Stored> &licenses, const PageCursor::Position &page,
                     qint64 total)
{
    QJsonArray items;
    for (const LicenseStore::Stored &license : licenses)
        items.append(license.record.toJson());
    const QString next = PageCursor::nextOffset(page, licenses.size(), total);
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next_cursor"),
             next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
            {QStringLiteral("total"), total}};
}

QJsonObject auditView(const LicenseStore::Stored &license)
{
    QJsonObject view = license.record.toJson();
    view.remove(QStringLiteral("token"));
    return view;
}

Response listLicenses(ServiceContext &context, const Request &request)
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
        QStringList tiers;
        for (models::Tier tier : models::allTiers())
            tiers.append(models::tierCode(tier));
        filter.tier = problems.oneOf(QStringLiteral("tier"), *value, tiers).value_or(QString());
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
    const QDateTime now = context.now();
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<Response> {
            auto licenses = LicenseStore::list(session, filter, now, page->limit, page->position);
            if (!licenses)
                return licenses.error();
            auto total = LicenseStore::count(session, filter, now);
            if (!total)
                return total.error();
            return Response::json(pageJson(licenses.value(), *page, total.value()));
        });
}

Response listExpiring(ServiceContext &context, const Request &request)
{
    InputValidator problems;
    const std::optional<PageCursor::Position> page = PageCursor::parse(request, problems);
    qint64 days = models::LicenseRecord::kDefaultExpiringDays;
    if (const auto value = request.queryValue(QStringLiteral("days")))
        days = problems.integer(QStringLiteral("days"), QStringView(*value), 1, kMaxExpiringDays)
                   .value_or(0);
    if (!problems.ok() || !page)
        return ApiError::answer(problems.error(), request);
    const QDateTime now = context.now();
    const QDateTime until = now.addSecs(days * kSecondsPerDay);
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<Response> {
            auto licenses =
                LicenseStore::expiring(session, now, until, page->limit, page->position);
            if (!licenses)
                return licenses.error();
            auto total = LicenseStore::countExpiring(session, now, until);
            if (!total)
                return total.error();
            return Response::json(pageJson(licenses.value(), *page, total.value()));
        });
}

Response registerLicense(ServiceContext &context, const Request &request, const Actor &actor)
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
    const QByteArray bytes = token->toLatin1();
    const QDateTime now = models::WireTime::truncated(context.now());
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(),
        [&](SqlSession &session) -> models::Result<Response> {
            auto registration = LicenseRegistrar::registerToken(
                session, bytes, {actor.username, models::adminRoleCode(actor.role)}, now);
            if (!registration)
                return registration.error();
            const models::LicenseRegistrationResult &done = registration->result;
            Response response = ApiRoutes::withETag(done.toJson(), registration->version,
                                                    done.newlyRegistered ? 201 : 200);
            if (done.newlyRegistered) {
                response.setHeader(
                    "Location",
                    (QStringLiteral("/admin/licenses/") + uuidText(done.license.id)).toUtf8());
            }
            return response;
        });
}

Response getLicense(ServiceContext &context, const Request &request)
{
    const QUuid id = licenseIdOf(request);
    if (id.isNull())
        return licenseNotFound();
    const QDateTime now = context.now();
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<Response> {
            auto stored = LicenseStore::find(session, id, now);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return licenseNotFound();
            const qint64 version = stored.value()->version;
            return ApiRoutes::conditionalGet(request, stored.value()->record.toJson(), version);
        });
}

Response revokeLicense(ServiceContext &context, const Request &request, const Actor &actor)
{
    const QUuid id = licenseIdOf(request);
    if (id.isNull())
        return licenseNotFound();
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
    const QDateTime now = models::WireTime::truncated(context.now());
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(),
        [&](SqlSession &session) -> models::Result<Response> {
            auto stored = LicenseStore::find(session, id, now, true);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return licenseNotFound();
            const LicenseStore::Stored before = *stored.value();
            // If-Match is optional here; when sent, a stale one is 412.
            if (auto matches = ETag::checkIfMatch(request, before.version); !matches)
                return matches.error();
            if (before.storedStatus == QLatin1String("revoked")) {
                return models::Error {QStringLiteral("license_revoked"),
                                      tr("This license was revoked already, on %1.")
                                          .arg(models::WireTime::toString(before.record.revokedAt)),
                                      {{QStringLiteral("revoked_at"),
                                        models::WireTime::toString(before.record.revokedAt)}}};
            }
            if (before.storedStatus == QLatin1String("superseded")) {
                return models::Error {QStringLiteral("license_superseded"),
                                      tr("This license has been renewed by another license; "
                                         "revoke the license that replaced it."),
                                      {}};
            }
            auto version = LicenseStore::revoke(session, before.record.companyId, id, *reason,
                                                actor.username, now);
            if (!version)
                return version.error();
            LicenseStore::Stored after = before;
            after.record.status = models::LicenseRecordStatus::Revoked;
            after.storedStatus = QStringLiteral("revoked");
            after.record.revokedAt = now;
            after.record.revokeReason = *reason;
            after.version = version.value();
            if (auto audited = AuditLog::record(
                    session, actor.username, models::adminRoleCode(actor.role),
                    {QStringLiteral("license.revoke"), QStringLiteral("license"), uuidText(id),
                     before.record.companyId, auditView(before), auditView(after)});
                !audited)
                return audited.error();
            return ApiRoutes::withETag(after.record.toJson(), after.version);
        });
}

} // namespace

void LicenseRoutes::registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    routes.admin("GET", QStringLiteral("/admin/licenses"), Permission::anyRole(),
                 [&context](const Request &request, const Actor &) {
                     return listLicenses(context, request);
                 });
    routes.admin("POST", QStringLiteral("/admin/licenses"),
                 Permission::change(models::AdminArea::Licenses),
                 [&context](const Request &request, const Actor &actor) {
                     return registerLicense(context, request, actor);
                 });
    routes.admin("GET", QStringLiteral("/admin/licenses/expiring"), Permission::anyRole(),
                 [&context](const Request &request, const Actor &) {
                     return listExpiring(context, request);
                 });
    routes.admin(
        "GET", QStringLiteral("/admin/licenses/{id}"), Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return getLicense(context, request); });
    routes.admin("POST", QStringLiteral("/admin/licenses/{id}/revoke"),
                 Permission::change(models::AdminArea::Licenses),
                 [&context](const Request &request, const Actor &actor) {
                     return revokeLicense(context, request, actor);
                 });
}

} // namespace sphair::server
