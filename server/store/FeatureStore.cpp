#include "server/store/FeatureStore.h"

#include "models/domain/FeatureSettings.h"
#include "server/store/CompanyStore.h"
#include "server/store/SqlErrorCode.h"
#include "server/store/SqlQuery.h"

#include <algorithm>
#include <limits>

namespace sphair::server {

namespace {

using models::Tier;
using Catalog = models::FeatureCatalogDocument;
using CompanyFeatures = models::CompanyFeatureSet;

// Position in the shipped catalog; codes added on the server come after, by name.
int catalogRank(const QString &code)
{
    const qsizetype index = models::FeatureCatalog::codes().indexOf(code);
    return index < 0 ? std::numeric_limits<int>::max() : static_cast<int>(index);
}

void sortByCatalog(QStringList &codes)
{
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        const int ra = catalogRank(a);
        const int rb = catalogRank(b);
        return ra != rb ? ra < rb : a < b;
    });
}

// What a company's company_features rows hold: the overrides (feature code → enabled; only
// 'override' rows switch a feature, a 'tier' row carries settings only, so the template as it
// is now decides) and the settings set for it (feature code → config).
struct StoredFeatures
{
    QHash<QString, bool> overrides;
    QHash<QString, QJsonObject> configs;
};

// The stored features of the companies whose company_features rows match `condition`, by
// company.
models::Result<QHash<QUuid, StoredFeatures>>
storedFeaturesWhere(SqlSession &session, const QString &condition, const SqlParams &params)
{
    auto rows = session.exec(QStringLiteral("SELECT company_id, feature_code, enabled, source, "
                                            "config FROM company_features WHERE %1")
                                 .arg(condition),
                             params);
    if (!rows)
        return rows.error();
    QHash<QUuid, StoredFeatures> stored;
    for (const SqlRow &row : rows.value()) {
        StoredFeatures &company = stored[row.uuid(u"company_id")];
        const QString code = row.text(u"feature_code");
        if (row.text(u"source") == QLatin1String("override"))
            company.overrides.insert(code, row.boolean(u"enabled"));
        const QJsonValue config = row.json(u"config");
        if (config.isObject())
            company.configs.insert(code, config.toObject());
    }
    return stored;
}

// The features of the company `row` holds (id, tier, features_version): its tier's template in
// `catalog` with what is stored for it on top.
models::Result<CompanyFeatures> featureSetOf(const SqlRow &row, const Catalog &catalog,
                                             const StoredFeatures &stored)
{
    const std::optional<Tier> tier = models::tierFromCode(row.text(u"tier"));
    if (!tier) {
        return models::Error {
            SqlErrorCode::InvalidValue, QStringLiteral("The company's tier is not known."), {}};
    }
    CompanyFeatures result;
    result.companyId = row.uuid(u"id");
    result.tier = *tier;
    result.features = FeatureStore::resolve(catalog, *tier, stored.overrides, stored.configs);
    result.version = row.int64(u"features_version", 1) + catalog.version;
    return result;
}

// Sets or drops the override of `change` (nothing when it keeps the switch). Dropping keeps
// the row's settings: the row becomes a 'tier' row.
models::Status applySwitch(SqlSession &session, const QUuid &companyId,
                           const models::FeatureChange &change)
{
    if (change.keepsEnabled)
        return models::Status::success();
    if (change.enabled) {
        return session.perform(
            QStringLiteral("INSERT INTO company_features (company_id, feature_code, enabled, "
                           "source, updated_at) VALUES ($1, $2, $3, 'override', now()) ON "
                           "CONFLICT (company_id, feature_code) DO UPDATE SET enabled = "
                           "excluded.enabled, source = 'override', updated_at = "
                           "excluded.updated_at"),
            {companyId, change.code, *change.enabled});
    }
    return session.perform(QStringLiteral("UPDATE company_features SET source = 'tier', enabled = "
                                          "false, updated_at = now() WHERE company_id = $1 AND "
                                          "feature_code = $2"),
                           {companyId, change.code});
}

// Merges the settings of `change` into the row's config (a null value drops the key; no
// keys left is NULL).
models::Status applyConfig(SqlSession &session, const QUuid &companyId,
                           const models::FeatureChange &change)
{
    if (!change.config)
        return models::Status::success();
    auto row = session.queryOptional(QStringLiteral("SELECT config FROM company_features WHERE "
                                                    "company_id = $1 AND feature_code = $2"),
                                     {companyId, change.code});
    if (!row)
        return row.error();
    const QJsonObject stored =
        row.value() ? row.value()->json(u"config").toObject() : QJsonObject();
    const QJsonObject config = models::FeatureSettings::merged(stored, *change.config);
    const QVariant value = config.isEmpty() ? QVariant() : QVariant::fromValue(config);
    return session.perform(
        QStringLiteral("INSERT INTO company_features (company_id, feature_code, enabled, source, "
                       "config, updated_at) VALUES ($1, $2, false, 'tier', $3, now()) ON CONFLICT "
                       "(company_id, feature_code) DO UPDATE SET config = excluded.config, "
                       "updated_at = excluded.updated_at"),
        {companyId, change.code, value});
}

} // namespace

models::Result<Catalog> FeatureStore::catalog(SqlSession &session)
{
    Catalog result;
    auto entries =
        session.exec(QStringLiteral("SELECT code, name, description FROM feature_catalog"));
    if (!entries)
        return entries.error();
    for (const SqlRow &row : entries.value())
        result.features.append({row.text(u"code"), row.text(u"name"), row.text(u"description")});
    std::sort(result.features.begin(), result.features.end(),
              [](const Catalog::Entry &a, const Catalog::Entry &b) {
                  const int ra = catalogRank(a.code);
                  const int rb = catalogRank(b.code);
                  return ra != rb ? ra < rb : a.code < b.code;
              });

    auto ranges =
        session.exec(QStringLiteral("SELECT tier, min_users, max_users, version FROM tier_ranges"));
    if (!ranges)
        return ranges.error();
    for (const SqlRow &row : ranges.value()) {
        const std::optional<Tier> tier = models::tierFromCode(row.text(u"tier"));
        if (!tier)
            continue;
        Catalog::TierTemplate &entry = result.tiers[*tier];
        entry.range = {row.integer(u"min_users"), row.integer(u"max_users")};
        result.version = std::max(result.version, row.int64(u"version", 1));
    }

    auto templates = session.exec(QStringLiteral("SELECT tier, feature_code FROM tier_templates"));
    if (!templates)
        return templates.error();
    for (const SqlRow &row : templates.value()) {
        const std::optional<Tier> tier = models::tierFromCode(row.text(u"tier"));
        if (tier && result.tiers.contains(*tier))
            result.tiers[*tier].features.append(row.text(u"feature_code"));
    }
    for (Catalog::TierTemplate &entry : result.tiers)
        sortByCatalog(entry.features);
    return result;
}

models::Result<qint64> FeatureStore::catalogVersion(SqlSession &session)
{
    auto row = session.queryOne(QStringLiteral("SELECT MAX(version) AS version FROM tier_ranges"));
    if (!row)
        return row.error();
    return row->int64(u"version", 1);
}

models::Status FeatureStore::saveTiers(SqlSession &session,
                                       const QMap<Tier, Catalog::TierTemplate> &tiers)
{
    auto current = catalogVersion(session);
    if (!current)
        return current.error();
    const qint64 next = current.value() + 1;
    for (auto it = tiers.constBegin(); it != tiers.constEnd(); ++it) {
        const QString tier = models::tierCode(it.key());
        auto updated = session.exec(QStringLiteral("UPDATE tier_ranges SET min_users = $2, "
                                                   "max_users = $3, version = $4 WHERE tier = $1"),
                                    {tier, it->range.minUsers, it->range.maxUsers, next});
        if (!updated)
            return updated.error();
        auto cleared =
            session.exec(QStringLiteral("DELETE FROM tier_templates WHERE tier = $1"), {tier});
        if (!cleared)
            return cleared.error();
        for (const QString &code : it->features) {
            auto added = session.exec(
                QStringLiteral("INSERT INTO tier_templates (tier, feature_code) VALUES ($1, $2)"),
                {tier, code});
            if (!added)
                return added.error();
        }
    }
    // Tiers not in `tiers` keep their template but share the new version.
    auto bumped = session.exec(
        QStringLiteral("UPDATE tier_ranges SET version = $1 WHERE version < $1"), {next});
    if (!bumped)
        return bumped.error();
    return models::Status::success();
}

QList<models::FeatureState> FeatureStore::resolve(const Catalog &catalog, Tier tier,
                                                  const QHash<QString, bool> &overrides,
                                                  const QHash<QString, QJsonObject> &configs)
{
    const QStringList tierFeatures = catalog.tiers.value(tier).features;
    QList<models::FeatureState> states;
    for (const Catalog::Entry &entry : catalog.features) {
        const QJsonObject config =
            models::FeatureSettings::effective(entry.code, configs.value(entry.code));
        const auto it = overrides.constFind(entry.code);
        if (it != overrides.constEnd())
            states.append({entry.code, it.value(), models::FeatureSource::Override, false, config});
        else
            states.append({entry.code, tierFeatures.contains(entry.code),
                           models::FeatureSource::Tier, false, config});
    }
    return states;
}

models::Result<std::optional<CompanyFeatures>>
FeatureStore::companyFeatures(SqlSession &session, const QUuid &companyId, bool lock)
{
    auto company = session.queryOptional(
        QStringLiteral("SELECT id, tier, features_version FROM companies WHERE id = $1")
            + (lock ? session.dialect().forUpdate() : QLatin1String()),
        {companyId});
    if (!company)
        return company.error();
    if (!company.value())
        return std::optional<CompanyFeatures>();
    auto known = catalog(session);
    if (!known)
        return known.error();
    auto stored = storedFeaturesWhere(session, QStringLiteral("company_id = $1"), {companyId});
    if (!stored)
        return stored.error();
    auto read = featureSetOf(*company.value(), known.value(), stored->value(companyId));
    if (!read)
        return read.error();
    return std::optional<CompanyFeatures>(std::move(read).value());
}

models::Result<QHash<QUuid, CompanyFeatures>>
FeatureStore::companyFeatureSets(SqlSession &session, const QList<QUuid> &companyIds)
{
    QHash<QUuid, CompanyFeatures> result;
    if (companyIds.isEmpty())
        return result;
    SqlFilter ids;
    const QString listed = ids.bindList(companyIds);
    auto companies = session.exec(
        QStringLiteral("SELECT id, tier, features_version FROM companies WHERE id IN (%1)")
            .arg(listed),
        ids.params());
    if (!companies)
        return companies.error();
    auto known = catalog(session);
    if (!known)
        return known.error();
    auto stored = storedFeaturesWhere(session, QStringLiteral("company_id IN (%1)").arg(listed),
                                      ids.params());
    if (!stored)
        return stored.error();
    for (const SqlRow &row : companies.value()) {
        const QUuid id = row.uuid(u"id");
        auto read = featureSetOf(row, known.value(), stored->value(id));
        if (!read)
            return read.error();
        result.insert(id, std::move(read).value());
    }
    return result;
}

models::Status FeatureStore::applyChanges(SqlSession &session, const QUuid &companyId,
                                          const QList<models::FeatureChange> &changes)
{
    for (const models::FeatureChange &change : changes) {
        if (auto switched = applySwitch(session, companyId, change); !switched)
            return switched;
        if (auto configured = applyConfig(session, companyId, change); !configured)
            return configured;
        // A row that neither switches the feature nor holds settings says nothing.
        if (auto dropped = session.perform(
                QStringLiteral("DELETE FROM company_features WHERE company_id = $1 AND "
                               "feature_code = $2 AND source = 'tier' AND config IS NULL"),
                {companyId, change.code});
            !dropped)
            return dropped;
    }
    auto bumped = session.exec(QStringLiteral("UPDATE companies SET features_version = "
                                              "features_version + 1, updated_at = now() "
                                              "WHERE id = $1"),
                               {companyId});
    if (!bumped)
        return bumped.error();
    return models::Status::success();
}

models::Result<QList<FeatureStore::CompanyOverrides>>
FeatureStore::listedCompanyOverrides(SqlSession &session)
{
    auto companies = session.exec(
        QStringLiteral("SELECT id, tier FROM companies WHERE status <> 'deleted' ORDER BY id"));
    if (!companies)
        return companies.error();
    QList<CompanyOverrides> result;
    QHash<QUuid, qsizetype> index;
    for (const SqlRow &row : companies.value()) {
        const std::optional<Tier> tier = models::tierFromCode(row.text(u"tier"));
        if (!tier)
            continue;
        index.insert(row.uuid(u"id"), result.size());
        result.append({row.uuid(u"id"), *tier, {}});
    }
    auto rows = session.exec(QStringLiteral("SELECT company_id, feature_code, enabled FROM "
                                            "company_features WHERE source = 'override'"));
    if (!rows)
        return rows.error();
    for (const SqlRow &row : rows.value()) {
        const auto found = index.constFind(row.uuid(u"company_id"));
        if (found != index.constEnd())
            result[found.value()].overrides.insert(row.text(u"feature_code"),
                                                   row.boolean(u"enabled"));
    }
    return result;
}

models::Result<FeatureStore::EnabledCounts>
FeatureStore::enabledCounts(SqlSession &session, const Catalog &catalog, const QDateTime &at)
{
    const QString existed = CompanyStore::existedAt(QStringLiteral("$1"));
    auto companies = session.exec(
        QStringLiteral("SELECT c.tier AS tier, COUNT(*) AS n FROM companies c WHERE %1 GROUP BY "
                       "c.tier")
            .arg(existed),
        {at});
    if (!companies)
        return companies.error();
    // Companies whose override switches a feature, by tier, feature and switch.
    auto overrides = session.exec(
        QStringLiteral("SELECT c.tier AS tier, f.feature_code AS feature_code, f.enabled AS "
                       "enabled, COUNT(*) AS n FROM company_features f JOIN companies c ON c.id "
                       "= f.company_id WHERE f.source = 'override' AND %1 GROUP BY c.tier, "
                       "f.feature_code, f.enabled")
            .arg(existed),
        {at});
    if (!overrides)
        return overrides.error();

    const auto enabledIn = [](const QList<models::FeatureState> &states, const QString &code) {
        for (const models::FeatureState &state : states) {
            if (state.code == code)
                return state.enabled;
        }
        return false;
    };
    EnabledCounts counts;
    QMap<Tier, QList<models::FeatureState>> templates;
    for (const Tier tier : models::allTiers()) {
        counts.companies.insert(tier, 0);
        templates.insert(tier, resolve(catalog, tier, {}));
    }
    for (const SqlRow &row : companies.value()) {
        if (const std::optional<Tier> tier = models::tierFromCode(row.text(u"tier")))
            counts.companies[*tier] = row.int64(u"n");
    }
    // Every company of a tier as its template has it, then each override group moved over.
    for (const Tier tier : models::allTiers()) {
        QHash<QString, qint64> &enabled = counts.enabled[tier];
        for (const models::FeatureState &state : templates.value(tier))
            enabled.insert(state.code, state.enabled ? counts.companies.value(tier) : 0);
    }
    for (const SqlRow &row : overrides.value()) {
        const std::optional<Tier> tier = models::tierFromCode(row.text(u"tier"));
        const QString code = row.text(u"feature_code");
        if (!tier || !counts.enabled[*tier].contains(code))
            continue;
        const bool before = enabledIn(templates.value(*tier), code);
        const bool after =
            enabledIn(resolve(catalog, *tier, {{code, row.boolean(u"enabled")}}), code);
        if (before != after)
            counts.enabled[*tier][code] += after ? row.int64(u"n") : -row.int64(u"n");
    }
    return counts;
}

models::Status FeatureStore::lockTiers(SqlSession &session)
{
    return session.perform(QStringLiteral("SELECT tier FROM tier_ranges")
                           + session.dialect().forUpdate());
}

models::Result<models::TierPolicy> FeatureStore::tierPolicy(SqlSession &session)
{
    auto rows = session.exec(QStringLiteral("SELECT tier, min_users, max_users FROM tier_ranges"));
    if (!rows)
        return rows.error();
    models::TierPolicy policy = models::TierPolicy::defaults();
    for (const SqlRow &row : rows.value()) {
        const models::TierRange range {row.integer(u"min_users"), row.integer(u"max_users")};
        switch (models::tierFromCode(row.text(u"tier")).value_or(models::Tier::Small)) {
        case models::Tier::Small:
            policy.small = range;
            break;
        case models::Tier::Medium:
            policy.medium = range;
            break;
        case models::Tier::Large:
            policy.large = range;
            break;
        }
    }
    return policy;
}

} // namespace sphair::server
