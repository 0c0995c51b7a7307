#include "server/http/FeatureRoutes.h"
#include "server/http/ApiError.h"

#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureUpdateResult.h"
#include "models/domain/WireWriter.h"
#include "server/http/AdminAudit.h"
#include "server/http/ApiRoutes.h"
#include "server/http/CompanyPath.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/store/FeatureStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::server {

namespace {

using models::CompanyFeatureSet;
using models::FeatureCatalogDocument;
using models::FeatureChange;
using models::FeatureState;
using models::Tier;

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::FeatureRoutes", text);
}

constexpr int kMaxChanges = 100;

models::Status failure(const models::Error &error)
{
    return models::Status(error);
}

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
            if (!item.contains(QStringLiteral("enabled"))) {
                change.validator().addProblem(prefix + QStringLiteral("enabled"),
                                              QStringLiteral("missing"),
                                              tr("Send true, false, or null to follow the tier."));
            } else if (!item.value(QStringLiteral("enabled")).isNull()) {
                enabled = change.boolean(QStringLiteral("enabled"));
            } // null: drop the override, so the tier decides again
            QJsonObject known = item;
            known.remove(QStringLiteral("code"));
            known.remove(QStringLiteral("enabled"));
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
                result.append({*code, enabled});
            }
        }
    }
    if (!fields.ok())
        return fields.error();
    return result;
}

Response getCompanyFeatures(ServiceContext &context, const Request &request)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    std::optional<CompanyFeatureSet> features;
    auto status = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto read = FeatureStore::companyFeatures(session, *id);
            if (!read)
                return failure(read.error());
            features = read.value();
            return models::Status::success();
        });
    if (!status)
        return ApiError::answer(status.error(), request);
    if (!features)
        return CompanyPath::notFound();
    return ApiRoutes::conditionalGet(request, features->toJson(), features->version);
}

Response putCompanyFeatures(ServiceContext &context, const Request &request, const Actor &actor)
{
    const auto id = CompanyPath::id(request);
    if (!id)
        return CompanyPath::notFound();
    bool dryRun = false;
    if (const auto flag = request.queryValue(QStringLiteral("dry_run"))) {
        if (*flag == QLatin1String("true") || *flag == QLatin1String("1")) {
            dryRun = true;
        } else if (*flag != QLatin1String("false") && *flag != QLatin1String("0")) {
            InputValidator problems;
            problems.addProblem(QStringLiteral("dry_run"), QStringLiteral("format"),
                                tr("Must be true or false."));
            return ApiError::answer(problems.error(), request);
        }
    }
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);

    models::FeatureUpdateResult answer;
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto before = FeatureStore::companyFeatures(session, *id, true);
        if (!before)
            return failure(before.error());
        if (!before.value())
            return failure(CompanyPath::notFoundError());
        // A dry run changes nothing, so it needs no If-Match; a stale one still fails.
        if (!dryRun || request.hasHeader("if-match")) {
            if (auto matches = ETag::checkIfMatch(request, before.value()->version); !matches)
                return matches;
        }
        auto catalog = FeatureStore::catalog(session);
        if (!catalog)
            return failure(catalog.error());
        auto changes = parseChanges(body.value(), catalog->codes());
        if (!changes)
            return failure(changes.error());

        QHash<QString, bool> overrides;
        for (const FeatureState &state : before.value()->features) {
            if (state.source == models::FeatureSource::Override)
                overrides.insert(state.code, state.enabled);
        }
        const QList<FeatureState> after =
            FeatureStore::resolve(catalog.value(), before.value()->tier,
                                  FeatureChange::applied(overrides, changes.value()));
        answer.applied = !dryRun;
        answer.diff = models::FeatureDiff::between(before.value()->features, after);
        answer.features = after;
        answer.version = before.value()->version;
        if (!dryRun && !changes->isEmpty()) {
            if (auto applied = FeatureStore::applyChanges(session, *id, changes.value()); !applied)
                return applied;
            answer.version += 1; // features_version went up by one
            auto audited = AdminAudit::record(
                session, actor,
                {QStringLiteral("company_features.update"), QStringLiteral("company_features"),
                 id->toString(QUuid::WithoutBraces), *id,
                 QJsonObject {
                     {QStringLiteral("features"), models::listToJson(before.value()->features)}},
                 QJsonObject {{QStringLiteral("features"), models::listToJson(after)},
                              {QStringLiteral("changes"), models::listToJson(changes.value())},
                              {QStringLiteral("diff"), answer.diff.toJson()}}});
            if (!audited)
                return audited;
        }
        return models::Status::success();
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    return ApiRoutes::withETag(answer.toJson(), answer.version);
}

Response getCatalog(ServiceContext &context, const Request &request)
{
    FeatureCatalogDocument catalog;
    auto status = context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly),
                                          [&](SqlSession &session) {
                                              auto read = FeatureStore::catalog(session);
                                              if (!read)
                                                  return failure(read.error());
                                              catalog = read.value();
                                              return models::Status::success();
                                          });
    if (!status)
        return ApiError::answer(status.error(), request);
    return ApiRoutes::conditionalGet(request, catalog.toJson(), catalog.version);
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

Response putCatalog(ServiceContext &context, const Request &request, const Actor &actor)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return ApiError::answer(body.error(), request);
    FeatureCatalogDocument after;
    auto status = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        // Lock the tier rows: two template editors take turns.
        auto locked = FeatureStore::lockTiers(session);
        if (!locked)
            return failure(locked.error());
        auto before = FeatureStore::catalog(session);
        if (!before)
            return failure(before.error());
        if (auto matches = ETag::checkIfMatch(request, before->version); !matches)
            return matches;
        auto tiers = parseTiers(body.value(), before->codes());
        if (!tiers)
            return failure(tiers.error());
        if (auto saved = FeatureStore::saveTiers(session, tiers.value()); !saved)
            return saved;
        auto read = FeatureStore::catalog(session);
        if (!read)
            return failure(read.error());
        after = read.value();
        return AdminAudit::record(session, actor,
                                  {QStringLiteral("feature_catalog.update"),
                                   QStringLiteral("feature_catalog"), QStringLiteral("tiers"),
                                   QUuid(), before->toJson(), after.toJson()});
    });
    if (!status)
        return ApiError::answer(status.error(), request);
    return ApiRoutes::withETag(after.toJson(), after.version);
}

} // namespace

namespace FeatureRoutes {

void registerRoutes(ApiRoutes &routes)
{
    ServiceContext &context = routes.context();
    const QString companyFeatures = QStringLiteral("/admin/companies/{id}/features");
    routes.admin("GET", companyFeatures, Permission::anyRole(),
                 [&context](const Request &request, const Actor &) {
                     return getCompanyFeatures(context, request);
                 });
    routes.admin("PUT", companyFeatures, Permission::change(models::AdminArea::CompanyFeatures),
                 [&context](const Request &request, const Actor &actor) {
                     return putCompanyFeatures(context, request, actor);
                 });
    const QString catalog = QStringLiteral("/admin/features");
    routes.admin(
        "GET", catalog, Permission::anyRole(),
        [&context](const Request &request, const Actor &) { return getCatalog(context, request); });
    routes.admin("PUT", catalog, Permission::change(models::AdminArea::FeatureCatalog),
                 [&context](const Request &request, const Actor &actor) {
                     return putCatalog(context, request, actor);
                 });
}

} // namespace FeatureRoutes
} // namespace sphair::server
