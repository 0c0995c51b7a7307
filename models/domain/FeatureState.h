#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sphair::models {

// Where a company's feature setting comes from. Wire codes: "tier" (the tier template),
// "override" (set for this company by an admin).
enum class FeatureSource { Tier, Override };

QString featureSourceCode(FeatureSource source);
std::optional<FeatureSource> featureSourceFromCode(QStringView code);
QStringList featureSourceCodes();

// One feature of one company: on or off, whether that is the tier's default or an override,
// whether the company's usable license includes the feature, and the feature's settings
// (FeatureSettings) as they take effect, defaults filled in. All five fields are required on
// input.
//
// For the console (CompanyFeatures, FeatureUpdateResult) `enabled` is the switch as set; for
// a tenant (TenantFeatures) it is whether the feature may be used: switched on and licensed.
struct FeatureState
{
    QString code; // a FeatureCatalog code
    bool enabled = false;
    FeatureSource source = FeatureSource::Tier;
    bool licensed = false; // the company's usable license lists the code
    QJsonObject config = {}; // every setting of the feature (FeatureSettings::effective)

    // The whole catalog for a company of `tier`: the tier template, with `overrides`
    // (feature code → enabled) on top, each with its default settings. Codes outside the
    // catalog in `overrides` are ignored.
    static QList<FeatureState> resolve(Tier tier, const QHash<QString, bool> &overrides);
    // The enabled codes of `states`, sorted.
    static QStringList enabledCodes(const QList<FeatureState> &states);

    static Result<FeatureState> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The code is in the catalog.
    Status validate() const;

    bool operator==(const FeatureState &other) const;
    bool operator!=(const FeatureState &other) const { return !(*this == other); }
};

} // namespace sphair::models
