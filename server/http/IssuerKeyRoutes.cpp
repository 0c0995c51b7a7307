#include "server/http/IssuerKeyRoutes.h"
#include "server/http/ApiError.h"
#include "server/services/ServerText.h"

#include "licensing/Paserk.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiRoutes.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/services/IssuerKeyService.h"

namespace sphair::server {

namespace {

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
    const auto maxTier = fields.enumValue(QStringLiteral("max_tier"), models::tierCodes());
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

Response listKeys(const IssuerKeyService &keys, const Request &request)
{
    InputValidator problems;
    const std::optional<PageCursor::Position> position = PageCursor::parse(request, problems);
    QString status;
    if (const auto value = request.queryValue(QStringLiteral("status")))
        status = problems.oneOf(QStringLiteral("status"), *value, models::issuerKeyStatusCodes())
                     .value_or(QString());
    if (!problems.ok() || !position)
        return ApiError::answer(problems.error(), request);
    auto page = keys.list(status, position->position, position->limit);
    if (!page)
        return ApiError::answer(page.error(), request);
    page->nextCursor = PageCursor::nextOffset(*position, page->items.size(), page->total);
    return Response::json(page->toJson());
}

Response createKey(const IssuerKeyService &keys, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    auto key = readKey(body.value(), std::nullopt);
    if (!key)
        return ApiError::answer(key.error(), request);
    auto created = keys.create(key.value(), actor);
    if (!created)
        return ApiError::answer(created.error(), request);
    Response response = ApiRoutes::withETag(created->key.toJson(), created->version, 201);
    response.setHeader("Location", (QStringLiteral("/admin/keys/") + created->key.kid).toUtf8());
    return response;
}

Response getKey(const IssuerKeyService &keys, const Request &request)
{
    const QString kid = request.pathParam(QStringLiteral("kid"));
    if (!licensing::Paserk::isPublicId(kid))
        return ApiError::answer(IssuerKeyService::keyNotFound(), request);
    auto stored = keys.find(kid);
    if (!stored)
        return ApiError::answer(stored.error(), request);
    return ApiRoutes::conditionalGet(request, stored->key.toJson(), stored->version);
}

Response updateKey(const IssuerKeyService &keys, const Request &request, const Actor &actor)
{
    const QString kid = request.pathParam(QStringLiteral("kid"));
    if (!licensing::Paserk::isPublicId(kid))
        return ApiError::answer(IssuerKeyService::keyNotFound(), request);
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    // The body is read against the stored key, so absent fields keep their values.
    auto updated = keys.update(
        kid, ETag::versionCheck(request),
        [&body](const models::IssuerKey &current) { return readKey(body.value(), current); },
        actor);
    if (!updated)
        return ApiError::answer(updated.error(), request);
    return ApiRoutes::withETag(updated->key.toJson(), updated->version);
}

} // namespace

void IssuerKeyRoutes::registerRoutes(ApiRoutes &routes)
{
    const IssuerKeyService keys(routes.context());
    const QString path = QStringLiteral("/admin/keys");
    const Permission change = Permission::change(models::AdminArea::IssuerKeys);
    routes.admin("GET", path, Permission::anyRole(),
                 [keys](const Request &request, const Actor &) { return listKeys(keys, request); });
    routes.admin("POST", path, change, [keys](const Request &request, const Actor &actor) {
        return createKey(keys, request, actor);
    });
    routes.admin("GET", path + QStringLiteral("/{kid}"), Permission::anyRole(),
                 [keys](const Request &request, const Actor &) { return getKey(keys, request); });
    routes.admin("PUT", path + QStringLiteral("/{kid}"), change,
                 [keys](const Request &request, const Actor &actor) {
                     return updateKey(keys, request, actor);
                 });
}

} // namespace sphair::server
