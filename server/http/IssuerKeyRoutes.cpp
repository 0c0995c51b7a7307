#include "server/http/IssuerKeyRoutes.h"
#include "server/http/ApiError.h"

#include "licensing/Paserk.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiRoutes.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/store/AuditLog.h"
#include "server/store/IssuerKeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::IssuerKeyRoutes", text);
}

QStringList tierCodes()
{
    QStringList codes;
    for (models::Tier tier : models::allTiers())
        codes.append(models::tierCode(tier));
    return codes;
}

Response keyNotFound()
{
    return ApiError::notFound(tr("There is no issuer key with this id.")).toResponse();
}

// Reads an IssuerKey body. Without `current` it registers a new key (public_key required, kid
// derived from it); with it, it changes that key: public_key and kid may be sent but must not
// differ, and status, valid_until and allowed_features keep their values when absent (null
// clears valid_until and allowed_features). last_seq is read-only and ignored.
models::Result<models::IssuerKey> readKey(const QJsonObject &body,
                                          const std::optional<models::IssuerKey> &current)
{
    using Presence = JsonFields::Presence;
    JsonFields fields(body);
    const bool creating = !current;
    const auto publicKey = fields.string(QStringLiteral("public_key"), 1, 200,
                                         creating ? Presence::Required : Presence::Optional);
    const auto kid = fields.string(QStringLiteral("kid"), 1, 200, Presence::Optional);
    const auto label =
        fields.string(QStringLiteral("label"), 1, models::IssuerKey::kMaxLabelLength);
    const auto status = fields.enumValue(QStringLiteral("status"), models::issuerKeyStatusCodes(),
                                         Presence::Optional);
    const auto validFrom = fields.dateTime(QStringLiteral("valid_from"));
    const auto validUntil = fields.dateTime(QStringLiteral("valid_until"), Presence::Nullable);
    const auto maxTier = fields.enumValue(QStringLiteral("max_tier"), tierCodes());
    const auto maxUsersCap =
        fields.integer(QStringLiteral("max_users_cap"), 1, models::kMaxLicensedUsers);
    const auto features = fields.stringList(
        QStringLiteral("allowed_features"), models::FeatureCatalog::codes(),
        static_cast<int>(models::FeatureCatalog::codes().size()), Presence::Nullable);
    fields.integer(QStringLiteral("last_seq"), 0, models::WireReader::kMaxJsonInteger,
                   Presence::Optional);
    fields.rejectUnknownFields();
    InputValidator &problems = fields.validator();

    models::IssuerKey key = current.value_or(models::IssuerKey {});
    if (publicKey) {
        auto decoded = licensing::Paserk::decodePublic(publicKey->toLatin1());
        if (!decoded) {
            problems.addProblem(QStringLiteral("public_key"), QStringLiteral("format"),
                                tr("Must be a PASERK public key: k4.public. followed by 43 "
                                   "base64url characters."));
        } else if (creating) {
            key.publicKey = licensing::Paserk::encodePublic(decoded.value());
            key.kid = licensing::Paserk::publicId(decoded.value());
        } else if (licensing::Paserk::encodePublic(decoded.value()) != current->publicKey) {
            problems.addProblem(QStringLiteral("public_key"), QStringLiteral("not_allowed"),
                                tr("The public key of a registered key cannot change; register "
                                   "the new key instead."));
        }
    }
    if (kid && !key.kid.isEmpty() && *kid != key.kid) {
        problems.addProblem(QStringLiteral("kid"), QStringLiteral("not_allowed"),
                            tr("The key id is derived from the public key; it is %1.").arg(key.kid),
                            {{QStringLiteral("expected"), key.kid}});
    }
    if (label)
        key.label = *label;
    if (status)
        key.status = *models::issuerKeyStatusFromCode(*status);
    if (validFrom)
        key.validFrom = models::WireTime::truncated(*validFrom);
    if (fields.has(QStringLiteral("valid_until")) || creating)
        key.validUntil = validUntil ? models::WireTime::truncated(*validUntil) : QDateTime();
    if (maxTier)
        key.maxTier = *models::tierFromCode(*maxTier);
    if (maxUsersCap)
        key.maxUsersCap = static_cast<int>(*maxUsersCap);
    if (fields.has(QStringLiteral("allowed_features")) || creating) {
        key.allowedFeatures = features ? std::optional<QStringList>(*features) : std::nullopt;
        if (key.allowedFeatures)
            key.allowedFeatures->sort();
    }
    if (problems.ok() && !key.publicKey.isEmpty()) {
        if (auto valid = key.validate(); !valid)
            problems.addProblem(valid.error());
    }
    if (!problems.ok())
        return problems.error();
    return key;
}

QJsonObject auditView(const models::IssuerKey &key)
{
    return key.toJson();
}

QString roleOf(const Actor &actor)
{
    return models::adminRoleCode(actor.role);
}

Response listKeys(ServiceContext &context, const Request &request)
{
    InputValidator problems;
    const std::optional<PageCursor::Position> page = PageCursor::parse(request, problems);
    QString status;
    if (const auto value = request.queryValue(QStringLiteral("status")))
        status = problems.oneOf(QStringLiteral("status"), *value, models::issuerKeyStatusCodes())
                     .value_or(QString());
    if (!problems.ok() || !page)
        return ApiError::answer(problems.error(), request);
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<Response> {
            auto keys = IssuerKeyStore::list(session, status, page->limit, page->position);
            if (!keys)
                return keys.error();
            auto total = IssuerKeyStore::count(session, status);
            if (!total)
                return total.error();
            QJsonArray items;
            for (const IssuerKeyStore::Stored &stored : keys.value())
                items.append(stored.key.toJson());
            const QString next = PageCursor::nextOffset(*page, keys->size(), total.value());
            return Response::json(
                {{QStringLiteral("items"), items},
                 {QStringLiteral("next_cursor"),
                  next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
                 {QStringLiteral("total"), total.value()}});
        });
}

Response createKey(ServiceContext &context, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    auto key = readKey(body.value(), std::nullopt);
    if (!key)
        return ApiError::answer(key.error(), request);
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(),
        [&](SqlSession &session) -> models::Result<Response> {
            auto existing = IssuerKeyStore::find(session, key->kid, true);
            if (!existing)
                return existing.error();
            if (existing.value()) {
                return models::Error {
                    QStringLiteral("conflict"),
                    tr("This public key is registered already (%1).").arg(key->kid),
                    {{QStringLiteral("field"), QStringLiteral("public_key")},
                     {QStringLiteral("kid"), key->kid}}};
            }
            if (auto inserted = IssuerKeyStore::insert(session, key.value()); !inserted)
                return inserted.error();
            auto stored = IssuerKeyStore::find(session, key->kid);
            if (!stored)
                return stored.error();
            const models::IssuerKey &created = stored.value()->key;
            if (auto audited = AuditLog::record(session, actor.username, roleOf(actor),
                                                {QStringLiteral("issuer_key.create"),
                                                 QStringLiteral("issuer_key"),
                                                 created.kid,
                                                 {},
                                                 QJsonValue::Null,
                                                 auditView(created)});
                !audited)
                return audited.error();
            Response response = ApiRoutes::withETag(created.toJson(), stored.value()->version, 201);
            response.setHeader("Location", (QStringLiteral("/admin/keys/") + created.kid).toUtf8());
            return response;
        });
}

Response getKey(ServiceContext &context, const Request &request)
{
    const QString kid = request.pathParam(QStringLiteral("kid"));
    if (!licensing::Paserk::isPublicId(kid))
        return keyNotFound();
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<Response> {
            auto stored = IssuerKeyStore::find(session, kid);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return keyNotFound();
            return ApiRoutes::conditionalGet(request, stored.value()->key.toJson(),
                                             stored.value()->version);
        });
}

Response updateKey(ServiceContext &context, const Request &request, const Actor &actor)
{
    const QString kid = request.pathParam(QStringLiteral("kid"));
    if (!licensing::Paserk::isPublicId(kid))
        return keyNotFound();
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    return ApiRoutes::inTransaction(
        *context.db, request, TxScope::forOperator(),
        [&](SqlSession &session) -> models::Result<Response> {
            auto stored = IssuerKeyStore::find(session, kid, true);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return keyNotFound();
            const models::IssuerKey before = stored.value()->key;
            if (auto matches = ETag::checkIfMatch(request, stored.value()->version); !matches)
                return matches.error();
            auto key = readKey(body.value(), before);
            if (!key)
                return key.error();
            if (before.status == models::IssuerKeyStatus::Revoked
                && key->status != models::IssuerKeyStatus::Revoked) {
                return models::Error {QStringLiteral("key_revoked"),
                                      tr("The key %1 is revoked; a revoked key cannot be used "
                                         "again. Register a new key.")
                                          .arg(before.label),
                                      {{QStringLiteral("kid"), kid}}};
            }
            auto version = IssuerKeyStore::update(session, key.value());
            if (!version)
                return version.error();
            if (auto audited = AuditLog::record(session, actor.username, roleOf(actor),
                                                {QStringLiteral("issuer_key.update"),
                                                 QStringLiteral("issuer_key"),
                                                 kid,
                                                 {},
                                                 auditView(before),
                                                 auditView(key.value())});
                !audited)
                return audited.error();
            return ApiRoutes::withETag(key->toJson(), version.value());
        });
}

} // namespace

void IssuerKeyRoutes::registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    routes.admin(
        "GET", QStringLiteral("/admin/keys"), Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return listKeys(context, request); });
    routes.admin("POST", QStringLiteral("/admin/keys"),
                 Permission::change(models::AdminArea::IssuerKeys),
                 [&context](const Request &request, const Actor &actor) {
                     return createKey(context, request, actor);
                 });
    routes.admin(
        "GET", QStringLiteral("/admin/keys/{kid}"), Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return getKey(context, request); });
    routes.admin("PUT", QStringLiteral("/admin/keys/{kid}"),
                 Permission::change(models::AdminArea::IssuerKeys),
                 [&context](const Request &request, const Actor &actor) {
                     return updateKey(context, request, actor);
                 });
}

} // namespace sphair::server
