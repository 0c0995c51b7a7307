#include "server/http/FeatureRoutes.h"
#include "server/http/ApiError.h"
#include "server/services/ServerText.h"

#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureChangeBatch.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/PageCursor.h"
#include "server/services/FeatureService.h"

namespace sphair::server {

namespace {

using models::FeatureCatalogDocument;
using models::FeatureChange;
using models::Tier;

constexpr int kMaxChanges = 100;

// Copies the problems a nested JsonFields found into the outer validator.
void mergeProblems(InputValidator &into, const JsonFields &nested)
{
    if (nested.ok())
        return;
    const QJsonObject fields = nested.error().details.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        QJsonObject extra = it.value().toObject();
        const QString reason = extra.take(QStringLiteral("reason")).toString();
        const QString message = extra.take(QStringLiteral("message")).toString();
        into.addProblem(it.key(), reason, message, extra);
    }
}

// Reads a FeatureChangeSet: every code in the catalog, each at most once. One bad change
// fails the whole set.
models::Result<QList<FeatureChange>> parseChanges(const QJsonObject &body,
                                                  const QStringList &catalog)
{
    JsonFields fields(body);
    const auto changes = fields.array(QStringLiteral("changes"));
    fields.rejectUnknownFields();
    if (changes && changes->size() > kMaxChanges) {
        fields.validator().addProblem(QStringLiteral("changes"), QStringLiteral("too_long"),
                                      tr("Send at most 100 changes at once."),
                                      {{QStringLiteral("max_items"), kMaxChanges}});
    }
    QList<FeatureChange> result;
    if (changes && fields.ok()) {
        QStringList seen;
        for (qsizetype i = 0; i < changes->size(); ++i) {
            const QString prefix = QStringLiteral("changes[%1].").arg(i);
            if (!changes->at(i).isObject()) {
                fields.validator().addProblem(QStringLiteral("changes[%1]").arg(i),
                                              QStringLiteral("wrong_type"),
                                              tr("Must be an object."));
                continue;
            }
            const QJsonObject item = changes->at(i).toObject();
            JsonFields change(item, prefix);
            const auto code = change.enumValue(QStringLiteral("code"), catalog);
            std::optional<bool> enabled;
            // Settings to change; checked against the feature's settings by the service.
            const std::optional<QJsonObject> config =
                change.object(QStringLiteral("config"), JsonFields::Presence::Nullable);
            const bool keepsEnabled = !item.contains(QStringLiteral("enabled")) && config;
            if (!item.contains(QStringLiteral("enabled")) && !config) {
                change.validator().addProblem(
                    prefix + QStringLiteral("enabled"), QStringLiteral("missing"),
                    tr("Send true, false, or null to follow the tier, or send “config”."));
            } else if (item.contains(QStringLiteral("enabled"))
                       && !item.value(QStringLiteral("enabled")).isNull()) {
                enabled = change.boolean(QStringLiteral("enabled"));
            } // null: drop the override, so the tier decides again
            QJsonObject known = item;
            known.remove(QStringLiteral("code"));
            known.remove(QStringLiteral("enabled"));
            known.remove(QStringLiteral("config"));
            for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
                change.validator().addProblem(prefix + it.key(), QStringLiteral("unknown_field"),
                                              tr("This field is not known here."));
            }
            if (code && seen.contains(*code)) {
                change.validator().addProblem(prefix + QStringLiteral("code"),
                                              QStringLiteral("not_allowed"),
                                              tr("Each feature may appear once."));
            }
            mergeProblems(fields.validator(), change);
            if (change.ok() && code) {
                seen.append(*code);
                result.append({*code, enabled, config, keepsEnabled});
            }
        }
    }
    if (!fields.ok())
        return fields.error();
    return result;
}

// The dry_run query parameter: true or 1, false or 0; false when absent.
models::Result<bool> parseDryRun(const Request &request)
{
    const auto flag = request.queryValue(QStringLiteral("dry_run"));
    if (!flag || *flag == QLatin1String("false") || *flag == QLatin1String("0"))
        return false;
    if (*flag == QLatin1String("true") || *flag == QLatin1String("1"))
        return true;
    InputValidator problems;
    problems.addProblem(QStringLiteral("dry_run"), QStringLiteral("format"),
                        tr("Must be true or false."));
    return problems.error();
}

Response putCompanyFeatures(const FeatureService &service, const Request &request,
                            const Actor &actor)
{
    using models::FeatureUpdateResult;
    return CompanyPath::change(
        request, [&](const QUuid &id) -> models::Result<FeatureUpdateResult> {
            const auto dryRun = parseDryRun(request);
            if (!dryRun)
                return dryRun.error();
            auto body = JsonBody::parseObject(request);
            if (!body)
                return body.error();
            // A dry run changes nothing, so it needs no If-Match; a stale one still fails.
            const VersionCheck check = dryRun.value() && !request.hasHeader("if-match")
                ? VersionCheck([](qint64) { return models::Status::success(); })
                : ETag::versionCheck(request);
            const QJsonObject changes = body.value();
            return service.changeCompanyFeatures(
                id, dryRun.value(), check,
                [&changes](const QStringList &codes) { return parseChanges(changes, codes); },
                actor);
        });
}

Response getCatalog(const FeatureService &service, const Request &request)
{
    auto catalog = service.catalog();
    if (!catalog)
        return ApiError::answer(catalog.error(), request);
    return ApiRoutes::conditionalGet(request, catalog->toJson(), catalog->version);
}

// Reads a TierTemplatesUpdate: all three tiers, each with a user range and its features.
models::Result<QMap<Tier, FeatureCatalogDocument::TierTemplate>>
parseTiers(const QJsonObject &body, const QStringList &catalog)
{
    JsonFields fields(body);
    const auto tiers = fields.object(QStringLiteral("tiers"));
    fields.rejectUnknownFields();
    QMap<Tier, FeatureCatalogDocument::TierTemplate> result;
    if (tiers) {
        JsonFields tierFields(*tiers, QStringLiteral("tiers."));
        QList<QPair<Tier, QJsonObject>> entries;
        for (Tier tier : models::allTiers()) {
            if (auto entry = tierFields.object(models::tierCode(tier)))
                entries.append({tier, *entry});
        }
        tierFields.rejectUnknownFields();
        mergeProblems(fields.validator(), tierFields);
        for (const auto &[tier, object] : entries) {
            JsonFields one(object, QStringLiteral("tiers.%1.").arg(models::tierCode(tier)));
            const auto minUsers =
                one.integer(QStringLiteral("min_users"), 1, models::kMaxLicensedUsers);
            const auto maxUsers =
                one.integer(QStringLiteral("max_users"), 1, models::kMaxLicensedUsers);
            const auto features = one.stringList(QStringLiteral("features"), catalog,
                                                 static_cast<int>(catalog.size()));
            one.rejectUnknownFields();
            if (minUsers && maxUsers && *minUsers > *maxUsers) {
                one.validator().addProblem(
                    QStringLiteral("tiers.%1.max_users").arg(models::tierCode(tier)),
                    QStringLiteral("order"), tr("Must not be less than min_users."));
            }
            mergeProblems(fields.validator(), one);
            if (one.ok()) {
                QStringList ordered;
                for (const QString &code : catalog) {
                    if (features->contains(code))
                        ordered.append(code);
                }
                result.insert(
                    tier, {{static_cast<int>(*minUsers), static_cast<int>(*maxUsers)}, ordered});
            }
        }
    }
    if (!fields.ok())
        return fields.error();
    return result;
}

Response putCatalog(const FeatureService &service, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    const QJsonObject tiers = body.value();
    auto after = service.saveTiers(
        ETag::versionCheck(request),
        [&tiers](const QStringList &codes) { return parseTiers(tiers, codes); }, actor);
    if (!after)
        return ApiError::answer(after.error(), request);
    return ApiRoutes::withETag(after->toJson(), after->version);
}

// POST /admin/features/change-sets: the versions travel in the body, one per company.
Response postChangeBatch(const FeatureService &service, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    auto batch = models::FeatureChangeBatch::fromJson(body.value());
    if (!batch)
        return ApiError::answer(batch.error(), request);
    auto result = service.changeFeatures(batch.value(), actor);
    if (!result)
        return ApiError::answer(result.error(), request);
    return Response::json(result->toJson());
}

// POST /admin/features/preview: If-Match is optional for a POST (nothing is saved); a stale
// one fails.
Response postTierPreview(const FeatureService &service, const Request &request)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    const QJsonObject tiers = body.value();
    auto preview =
        service.previewTiers(ETag::versionCheck(request), [&tiers](const QStringList &codes) {
            return parseTiers(tiers, codes);
        });
    if (!preview)
        return ApiError::answer(preview.error(), request);
    return Response::json(preview->toJson());
}

// GET /admin/features/companies: a page of companies (the filters and paging of the company
// list, by code), each with its features.
Response listCompanyFeatures(const FeatureService &service, const Request &request)
{
    InputValidator problems;
    CompanyStore::ListQuery query;
    query.sort = QStringLiteral("code");
    const auto position = CompanyPath::readListQuery(request, problems, query);
    if (!problems.ok())
        return ApiError::answer(problems.error(), request);
    auto page = service.companyFeaturePage(query);
    if (!page)
        return ApiError::answer(page.error(), request);
    page->nextCursor = PageCursor::nextOffset(*position, page->items.size(), page->total);
    return Response::json(page->toJson());
}

} // namespace

namespace FeatureRoutes {

void registerRoutes(ApiRoutes &routes)
{
    const FeatureService service(routes.context());
    const QString companyFeatures = QStringLiteral("/admin/companies/{id}/features");
    routes.admin("GET", companyFeatures, Permission::anyRole(),
                 [service](const Request &request, const Actor &) {
                     return CompanyPath::read(
                         request, [&](const QUuid &id) { return service.companyFeatures(id); });
                 });
    routes.admin("PUT", companyFeatures, Permission::change(models::AdminArea::CompanyFeatures),
                 [service](const Request &request, const Actor &actor) {
                     return putCompanyFeatures(service, request, actor);
                 });
    routes.admin("GET", QStringLiteral("/admin/features/companies"), Permission::anyRole(),
                 [service](const Request &request, const Actor &) {
                     return listCompanyFeatures(service, request);
                 });
    const QString catalog = QStringLiteral("/admin/features");
    routes.admin(
        "GET", catalog, Permission::anyRole(),
        [service](const Request &request, const Actor &) { return getCatalog(service, request); });
    routes.admin("PUT", catalog, Permission::change(models::AdminArea::FeatureCatalog),
                 [service](const Request &request, const Actor &actor) {
                     return putCatalog(service, request, actor);
                 });
    routes.admin("POST", QStringLiteral("/admin/features/preview"),
                 Permission::change(models::AdminArea::FeatureCatalog),
                 [service](const Request &request, const Actor &) {
                     return postTierPreview(service, request);
                 });
    routes.admin("POST", QStringLiteral("/admin/features/change-sets"),
                 Permission::change(models::AdminArea::CompanyFeatures),
                 [service](const Request &request, const Actor &actor) {
                     return postChangeBatch(service, request, actor);
                 });
}

} // namespace FeatureRoutes
} // namespace sphair::server
