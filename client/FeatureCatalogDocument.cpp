#include "client/FeatureCatalogDocument.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::client {

models::TierPolicy FeatureCatalogDocument::policy() const
{
    models::TierPolicy policy = models::TierPolicy::defaults();
    if (tiers.contains(models::Tier::Small))
        policy.small = tiers.value(models::Tier::Small).range;
    if (tiers.contains(models::Tier::Medium))
        policy.medium = tiers.value(models::Tier::Medium).range;
    if (tiers.contains(models::Tier::Large))
        policy.large = tiers.value(models::Tier::Large).range;
    return policy;
}

models::Result<FeatureCatalogDocument> FeatureCatalogDocument::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    FeatureCatalogDocument document;
    const QJsonArray entries = in.array(u"features");
    const QJsonObject tiers = in.jsonObject(u"tiers");
    document.version = in.optionalInteger(u"version", 0, 0);
    if (!in.ok())
        return in.error();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        models::WireReader entry(entries.at(i).toObject(), QStringLiteral("features[%1].").arg(i));
        if (!entries.at(i).isObject())
            return models::Validation::invalidField(
                QStringLiteral("features[%1]").arg(i), QStringLiteral("wrong_type"),
                QCoreApplication::translate("sphair::client::FeatureCatalogDocument",
                                            "Must be an object."));
        Entry item;
        item.code = entry.string(u"code");
        item.name = entry.string(u"name");
        item.description = entry.optionalString(u"description");
        if (!entry.ok())
            return entry.error();
        document.features.append(item);
    }
    for (models::Tier tier : models::allTiers()) {
        const QString code = models::tierCode(tier);
        models::WireReader tierIn(tiers);
        const QJsonObject templateObject = tierIn.jsonObject(code);
        if (!tierIn.ok())
            return models::Validation::withFieldPrefix(tierIn.error(), QStringLiteral("tiers."));
        models::WireReader one(templateObject, QStringLiteral("tiers.%1.").arg(code));
        TierTemplate value;
        value.range.minUsers =
            static_cast<int>(one.integer(u"min_users", 0, models::kMaxLicensedUsers));
        value.range.maxUsers =
            static_cast<int>(one.integer(u"max_users", 0, models::kMaxLicensedUsers));
        value.features = one.strings(u"features");
        if (!one.ok())
            return one.error();
        document.tiers.insert(tier, value);
    }
    return document;
}

} // namespace sphair::client
