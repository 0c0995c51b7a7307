#include "server/services/FeatureService.h"

#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureSettings.h"
#include "models/domain/Validation.h"
#include "models/domain/WireWriter.h"
#include "server/services/AdminAudit.h"
#include "server/services/CompanyService.h"
#include "server/services/ServerText.h"
#include "server/store/CompanyLicenses.h"
#include "server/store/FeatureStore.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace sphair::server {

using models::CompanyFeatureSet;
using models::FeatureCatalogDocument;
using models::FeatureChange;
using models::FeatureState;
using models::FeatureUpdateResult;

namespace {

QJsonArray idsToJson(const QList<QUuid> &ids)
{
    QJsonArray array;
    for (const QUuid &id : ids)
        array.append(id.toString(QUuid::WithoutBraces));
    return array;
}

// The overrides among a company's features (feature code → enabled).
QHash<QString, bool> overridesOf(const QList<FeatureState> &features)
{
    QHash<QString, bool> overrides;
    for (const FeatureState &state : features) {
        if (state.source == models::FeatureSource::Override)
            overrides.insert(state.code, state.enabled);
    }
    return overrides;
}

// The settings of each feature (feature code → config) once `changes` are applied.
QHash<QString, QJsonObject> configsAfter(const QList<FeatureState> &features,
                                         const QList<FeatureChange> &changes)
{
    QHash<QString, QJsonObject> configs;
    for (const FeatureState &state : features)
        configs.insert(state.code, state.config);
    for (const FeatureChange &change : changes) {
        if (change.config) {
            configs.insert(
                change.code,
                models::FeatureSettings::merged(configs.value(change.code), *change.config));
        }
    }
    return configs;
}

// Every change's config fits its feature's settings; errors name
// `prefix`changes[j].config.<key>.
models::Status checkConfigs(const QList<FeatureChange> &changes, const QString &prefix)
{
    for (qsizetype j = 0; j < changes.size(); ++j) {
        const FeatureChange &change = changes.at(j);
        if (!change.config)
            continue;
        if (auto checked = models::FeatureSettings::validate(
                change.code, *change.config,
                QStringLiteral("%1changes[%2].config.").arg(prefix).arg(j));
            !checked)
            return checked;
    }
    return models::Status::success();
}

// Marks the states whose code `licensed` lists.
QList<FeatureState> markLicensed(QList<FeatureState> states, const QStringList &licensed)
{
    for (FeatureState &state : states)
        state.licensed = licensed.contains(state.code);
    return states;
}

// Applies `changes` (catalog codes, each once) to the company `before` describes, with its
// audit row; with `dryRun` only works out what they would do.
models::Result<FeatureUpdateResult> applyChanges(SqlSession &session,
                                                 const CompanyFeatureSet &before,
                                                 const FeatureCatalogDocument &catalog,
                                                 const QList<FeatureChange> &changes, bool dryRun,
                                                 const Actor &actor)
{
    QStringList licensed;
    for (const FeatureState &state : before.features) {
        if (state.licensed)
            licensed.append(state.code);
    }
    const QList<FeatureState> after = markLicensed(
        FeatureStore::resolve(catalog, before.tier,
                              FeatureChange::applied(overridesOf(before.features), changes),
                              configsAfter(before.features, changes)),
        licensed);
    FeatureUpdateResult answer;
    answer.applied = !dryRun;
    answer.diff = models::FeatureDiff::between(before.features, after);
    answer.features = after;
    answer.version = before.version;
    if (dryRun || changes.isEmpty())
        return answer;
    const QUuid &companyId = before.companyId;
    if (auto applied = FeatureStore::applyChanges(session, companyId, changes); !applied)
        return applied.error();
    answer.version += 1; // features_version went up by one
    if (auto recorded = AdminAudit::record(
            session, actor,
            {QStringLiteral("company_features.update"), QStringLiteral("company_features"),
             companyId.toString(QUuid::WithoutBraces), companyId,
             QJsonObject {{QStringLiteral("features"), models::listToJson(before.features)}},
             QJsonObject {{QStringLiteral("features"), models::listToJson(after)},
                          {QStringLiteral("changes"), models::listToJson(changes)},
                          {QStringLiteral("diff"), answer.diff.toJson()}}});
        !recorded)
        return recorded.error();
    return answer;
}

} // namespace

models::Result<std::optional<CompanyFeatureSet>>
FeatureService::licensedFeatures(SqlSession &session, const QUuid &companyId, const QDateTime &now,
                                 bool lock)
{
    auto read = FeatureStore::companyFeatures(session, companyId, lock);
    if (!read || !read.value())
        return read;
    auto license = CompanyLicenses::usableLicense(session, companyId, now);
    if (!license)
        return license.error();
    CompanyFeatureSet set = *read.value();
    set.features =
        markLicensed(set.features, license.value() ? license.value()->features : QStringList());
    return std::optional<CompanyFeatureSet>(set);
}

models::Result<CompanyFeatureSet> FeatureService::companyFeatures(const QUuid &companyId) const
{
    return m_context.db->fetch<CompanyFeatureSet>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<CompanyFeatureSet> {
            auto read = licensedFeatures(session, companyId, m_context.now());
            if (!read)
                return read.error();
            if (!read.value())
                return CompanyService::notFound();
            return *read.value();
        });
}

models::Result<models::Page<models::FeatureMatrixRow>>
FeatureService::companyFeaturePage(CompanyStore::ListQuery query) const
{
    using Page = models::Page<models::FeatureMatrixRow>;
    query.now = m_context.now();
    return m_context.db->fetch<Page>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<Page> {
            auto companies = CompanyStore::list(session, query);
            if (!companies)
                return companies.error();
            QList<QUuid> ids;
            ids.reserve(companies->items.size());
            for (const models::Company &company : std::as_const(companies->items))
                ids.append(company.id);
            auto features = FeatureStore::companyFeatureSets(session, ids);
            if (!features)
                return features.error();
            auto licenses = CompanyLicenses::usableLicenses(session, ids, query.now);
            if (!licenses)
                return licenses.error();
            Page page;
            page.total = companies->total;
            for (const models::Company &company : std::as_const(companies->items)) {
                const auto found = features->constFind(company.id);
                if (found == features->constEnd())
                    continue; // gone between the two reads: not in this transaction's view
                CompanyFeatureSet set = found.value();
                const auto license = licenses->constFind(company.id);
                set.features = markLicensed(set.features,
                                            license == licenses->constEnd() ? QStringList()
                                                                            : license->features);
                page.items.append({company, set});
            }
            return page;
        });
}

models::Result<models::FeatureUpdateResult>
FeatureService::changeCompanyFeatures(const QUuid &companyId, bool dryRun,
                                      const VersionCheck &check, const ChangeReader &read,
                                      const Actor &actor) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<FeatureUpdateResult>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<FeatureUpdateResult> {
            auto before = licensedFeatures(session, companyId, now, true);
            if (!before)
                return before.error();
            if (!before.value())
                return CompanyService::notFound();
            if (auto matches = check(before.value()->version); !matches)
                return matches.error();
            auto catalog = FeatureStore::catalog(session);
            if (!catalog)
                return catalog.error();
            auto changes = read(catalog->codes());
            if (!changes)
                return changes.error();
            if (auto checked = checkConfigs(changes.value(), QString()); !checked)
                return checked.error();
            return applyChanges(session, *before.value(), catalog.value(), changes.value(), dryRun,
                                actor);
        });
}

models::Result<models::FeatureChangeBatchResult>
FeatureService::changeFeatures(const models::FeatureChangeBatch &batch, const Actor &actor) const
{
    using models::FeatureChangeBatchResult;
    const QDateTime now = m_context.now();
    return m_context.db->fetch<FeatureChangeBatchResult>(
        TxScope::forOperator(),
        [&](SqlSession &session) -> models::Result<FeatureChangeBatchResult> {
            // Lock the companies in one order, so two batches over the same companies take
            // turns instead of deadlocking.
            QList<QUuid> ids;
            for (const auto &entry : batch.companies)
                ids.append(entry.companyId);
            std::sort(ids.begin(), ids.end(),
                      [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
            QHash<QUuid, CompanyFeatureSet> before;
            QList<QUuid> unknown;
            for (const QUuid &id : std::as_const(ids)) {
                auto read = licensedFeatures(session, id, now, true);
                if (!read)
                    return read.error();
                if (read.value())
                    before.insert(id, *read.value());
                else
                    unknown.append(id);
            }
            if (!unknown.isEmpty()) {
                return models::Error {QStringLiteral("not_found"),
                                      tr("There is no company with the id %1.")
                                          .arg(unknown.first().toString(QUuid::WithoutBraces)),
                                      {{QStringLiteral("company_ids"), idsToJson(unknown)}}};
            }
            QList<QUuid> stale;
            QJsonObject current;
            for (const auto &entry : batch.companies) {
                const qint64 version = before.value(entry.companyId).version;
                if (version != entry.version) {
                    stale.append(entry.companyId);
                    current.insert(entry.companyId.toString(QUuid::WithoutBraces), version);
                }
            }
            if (!stale.isEmpty()) {
                return models::Error {
                    QStringLiteral("precondition_failed"),
                    tr("%n companies were changed by someone else. Reload them and apply again.",
                       nullptr, static_cast<int>(stale.size())),
                    {{models::FeatureChangeBatch::staleCompaniesKey(), idsToJson(stale)},
                     {QStringLiteral("current_versions"), current}}};
            }
            auto catalog = FeatureStore::catalog(session);
            if (!catalog)
                return catalog.error();
            const QStringList codes = catalog->codes();
            for (qsizetype i = 0; i < batch.companies.size(); ++i) {
                const QList<FeatureChange> &changes = batch.companies.at(i).changes;
                for (qsizetype j = 0; j < changes.size(); ++j) {
                    if (!codes.contains(changes.at(j).code)) {
                        return models::Validation::invalidField(
                            QStringLiteral("companies[%1].changes[%2].code").arg(i).arg(j),
                            QStringLiteral("unknown_value"),
                            tr("“%1” is not a feature of the catalog.").arg(changes.at(j).code),
                            {{QStringLiteral("allowed"), QJsonArray::fromStringList(codes)}});
                    }
                }
                if (auto checked = checkConfigs(changes, QStringLiteral("companies[%1].").arg(i));
                    !checked)
                    return checked.error();
            }
            FeatureChangeBatchResult answer;
            answer.applied = !batch.dryRun;
            for (const auto &entry : batch.companies) {
                auto applied = applyChanges(session, before.value(entry.companyId), catalog.value(),
                                            entry.changes, batch.dryRun, actor);
                if (!applied)
                    return applied.error();
                answer.companies.append(
                    {entry.companyId, applied->diff, applied->features, applied->version});
            }
            return answer;
        });
}

models::Result<FeatureCatalogDocument> FeatureService::catalog() const
{
    return m_context.db->fetch<FeatureCatalogDocument>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [](SqlSession &session) { return FeatureStore::catalog(session); });
}

models::Result<models::TierTemplatesPreview>
FeatureService::previewTiers(const VersionCheck &check, const TierReader &read) const
{
    using models::TierTemplatesPreview;
    return m_context.db->fetch<TierTemplatesPreview>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<TierTemplatesPreview> {
            auto before = FeatureStore::catalog(session);
            if (!before)
                return before.error();
            if (auto matches = check(before->version); !matches)
                return matches.error();
            auto tiers = read(before->codes());
            if (!tiers)
                return tiers.error();
            TierTemplatesPreview preview;
            preview.catalog = before.value();
            for (auto it = tiers->constBegin(); it != tiers->constEnd(); ++it)
                preview.catalog.tiers.insert(it.key(), it.value());
            auto companies = FeatureStore::listedCompanyOverrides(session);
            if (!companies)
                return companies.error();
            preview.companiesTotal = companies->size();
            for (const FeatureStore::CompanyOverrides &company : companies.value()) {
                const auto was =
                    FeatureStore::resolve(before.value(), company.tier, company.overrides);
                const auto would =
                    FeatureStore::resolve(preview.catalog, company.tier, company.overrides);
                if (!models::FeatureDiff::between(was, would).isEmpty())
                    ++preview.companiesChanged;
            }
            return preview;
        });
}

models::Result<FeatureCatalogDocument> FeatureService::saveTiers(const VersionCheck &check,
                                                                 const TierReader &read,
                                                                 const Actor &actor) const
{
    return m_context.db->fetch<FeatureCatalogDocument>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<FeatureCatalogDocument> {
            // Lock the tier rows: two template editors take turns.
            if (auto locked = FeatureStore::lockTiers(session); !locked)
                return locked.error();
            auto before = FeatureStore::catalog(session);
            if (!before)
                return before;
            if (auto matches = check(before->version); !matches)
                return matches.error();
            auto tiers = read(before->codes());
            if (!tiers)
                return tiers.error();
            if (auto saved = FeatureStore::saveTiers(session, tiers.value()); !saved)
                return saved.error();
            auto after = FeatureStore::catalog(session);
            if (!after)
                return after;
            if (auto recorded = AdminAudit::record(
                    session, actor,
                    {QStringLiteral("feature_catalog.update"), QStringLiteral("feature_catalog"),
                     QStringLiteral("tiers"), QUuid(), before->toJson(), after->toJson()});
                !recorded)
                return recorded.error();
            return after;
        });
}

} // namespace sphair::server
