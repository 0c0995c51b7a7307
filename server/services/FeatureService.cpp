#include "server/services/FeatureService.h"

#include "models/domain/FeatureDiff.h"
#include "models/domain/WireWriter.h"
#include "server/services/AdminAudit.h"
#include "server/services/CompanyService.h"
#include "server/store/FeatureStore.h"

#include <QHash>

namespace sphair::server {

using models::CompanyFeatureSet;
using models::FeatureCatalogDocument;
using models::FeatureChange;
using models::FeatureState;

models::Result<CompanyFeatureSet> FeatureService::companyFeatures(const QUuid &companyId) const
{
    return m_context.db->fetch<CompanyFeatureSet>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<CompanyFeatureSet> {
            auto read = FeatureStore::companyFeatures(session, companyId);
            if (!read)
                return read.error();
            if (!read.value())
                return CompanyService::notFound();
            return *read.value();
        });
}

models::Result<models::FeatureUpdateResult>
FeatureService::changeCompanyFeatures(const QUuid &companyId, bool dryRun,
                                      const VersionCheck &check, const ChangeReader &read,
                                      const Actor &actor) const
{
    using models::FeatureUpdateResult;
    return m_context.db->fetch<FeatureUpdateResult>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<FeatureUpdateResult> {
            auto before = FeatureStore::companyFeatures(session, companyId, true);
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

            QHash<QString, bool> overrides;
            for (const FeatureState &state : before.value()->features) {
                if (state.source == models::FeatureSource::Override)
                    overrides.insert(state.code, state.enabled);
            }
            const QList<FeatureState> after =
                FeatureStore::resolve(catalog.value(), before.value()->tier,
                                      FeatureChange::applied(overrides, changes.value()));
            FeatureUpdateResult answer;
            answer.applied = !dryRun;
            answer.diff = models::FeatureDiff::between(before.value()->features, after);
            answer.features = after;
            answer.version = before.value()->version;
            if (dryRun || changes->isEmpty())
                return answer;
            if (auto applied = FeatureStore::applyChanges(session, companyId, changes.value());
                !applied)
                return applied.error();
            answer.version += 1; // features_version went up by one
            if (auto recorded = AdminAudit::record(
                    session, actor,
                    {QStringLiteral("company_features.update"), QStringLiteral("company_features"),
                     companyId.toString(QUuid::WithoutBraces), companyId,
                     QJsonObject {{QStringLiteral("features"),
                                   models::listToJson(before.value()->features)}},
                     QJsonObject {{QStringLiteral("features"), models::listToJson(after)},
                                  {QStringLiteral("changes"), models::listToJson(changes.value())},
                                  {QStringLiteral("diff"), answer.diff.toJson()}}});
                !recorded)
                return recorded.error();
            return answer;
        });
}

models::Result<FeatureCatalogDocument> FeatureService::catalog() const
{
    return m_context.db->fetch<FeatureCatalogDocument>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [](SqlSession &session) { return FeatureStore::catalog(session); });
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
