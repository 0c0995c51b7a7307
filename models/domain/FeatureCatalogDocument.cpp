#include "models/domain/FeatureCatalogDocument.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<FeatureCatalogDocument::Entry>
FeatureCatalogDocument::Entry::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    Entry entry;
    entry.code = in.string(u"code");
    entry.name = in.string(u"name");
    entry.description = in.optionalString(u"description");
    if (!in.ok())
        return in.error();
    return entry;
}

QJsonObject FeatureCatalogDocument::Entry::toJson() const
{
    return WireWriter()
        .text(u"code", code)
        .text(u"name", name)
        .optionalText(u"description", description)
        .object();
}

QString FeatureCatalogDocument::Entry::displayName() const
{
    if (FeatureCatalog::contains(code))
        return FeatureCatalog::displayName(code);
    return name.isEmpty() ? code : name;
}

bool FeatureCatalogDocument::Entry::operator==(const Entry &other) const
{
    return code == other.code && name == other.name && description == other.description;
}

Result<FeatureCatalogDocument::TierTemplate>
FeatureCatalogDocument::TierTemplate::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    TierTemplate value;
    value.range.minUsers = static_cast<int>(in.integer(u"min_users", 0, kMaxLicensedUsers));
    value.range.maxUsers = static_cast<int>(in.integer(u"max_users", 0, kMaxLicensedUsers));
    value.features = in.strings(u"features");
    if (!in.ok())
        return in.error();
    return value;
}

QJsonObject FeatureCatalogDocument::TierTemplate::toJson() const
{
    return WireWriter()
        .integer(u"min_users", range.minUsers)
        .integer(u"max_users", range.maxUsers)
        .strings(u"features", features)
        .object();
}

bool FeatureCatalogDocument::TierTemplate::operator==(const TierTemplate &other) const
{
    return range.minUsers == other.range.minUsers && range.maxUsers == other.range.maxUsers
        && features == other.features;
}

TierPolicy FeatureCatalogDocument::policy() const
{
    TierPolicy policy = TierPolicy::defaults();
    if (tiers.contains(Tier::Small))
        policy.small = tiers.value(Tier::Small).range;
    if (tiers.contains(Tier::Medium))
        policy.medium = tiers.value(Tier::Medium).range;
    if (tiers.contains(Tier::Large))
        policy.large = tiers.value(Tier::Large).range;
    return policy;
}

QStringList FeatureCatalogDocument::codes() const
{
    QStringList result;
    result.reserve(features.size());
    for (const Entry &entry : features)
        result.append(entry.code);
    return result;
}

Result<FeatureCatalogDocument> FeatureCatalogDocument::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureCatalogDocument document;
    document.features = in.objects<Entry>(u"features");
    WireReader tiers(in.jsonObject(u"tiers"), QStringLiteral("tiers."));
    document.version = in.optionalInteger(u"version", 0, 0);
    for (Tier tier : allTiers()) {
        const auto value = tiers.nested<TierTemplate>(tierCode(tier));
        if (tiers.ok())
            document.tiers.insert(tier, value);
    }
    if (!in.ok())
        return in.error();
    if (!tiers.ok())
        return tiers.error();
    return document;
}

QJsonObject FeatureCatalogDocument::toJson() const
{
    QJsonObject tierObject;
    for (auto it = tiers.constBegin(); it != tiers.constEnd(); ++it)
        tierObject.insert(tierCode(it.key()), it->toJson());
    return WireWriter()
        .objects(u"features", features)
        .value(u"tiers", tierObject)
        .integer(u"version", version)
        .object();
}

bool FeatureCatalogDocument::operator==(const FeatureCatalogDocument &other) const
{
    return features == other.features && tiers == other.tiers && version == other.version;
}

} // namespace sphair::models
