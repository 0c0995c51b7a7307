#include "models/domain/FeatureState.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/FeatureSettings.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

namespace {

const EnumCode<FeatureSource> kSourceCodes[] = {
    {FeatureSource::Tier, "tier"},
    {FeatureSource::Override, "override"},
};

} // namespace

QString featureSourceCode(FeatureSource source)
{
    return codeOf(kSourceCodes, source);
}

std::optional<FeatureSource> featureSourceFromCode(QStringView code)
{
    return valueOf(kSourceCodes, code);
}

QStringList featureSourceCodes()
{
    return codesOf(kSourceCodes);
}

QList<FeatureState> FeatureState::resolve(Tier tier, const QHash<QString, bool> &overrides)
{
    const QStringList tierFeatures = FeatureCatalog::tierTemplate(tier);
    QList<FeatureState> states;
    for (const QString &code : FeatureCatalog::codes()) {
        const auto it = overrides.constFind(code);
        if (it != overrides.constEnd())
            states.append({code, it.value(), FeatureSource::Override, false,
                           FeatureSettings::effective(code, {})});
        else
            states.append({code, tierFeatures.contains(code), FeatureSource::Tier, false,
                           FeatureSettings::effective(code, {})});
    }
    return states;
}

QStringList FeatureState::enabledCodes(const QList<FeatureState> &states)
{
    QStringList codes;
    for (const FeatureState &state : states) {
        if (state.enabled && !codes.contains(state.code))
            codes.append(state.code);
    }
    codes.sort();
    return codes;
}

Result<FeatureState> FeatureState::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureState state;
    state.code = in.string(u"code");
    state.enabled = in.boolean(u"enabled");
    state.source = in.code<FeatureSource>(u"source", featureSourceFromCode, featureSourceCodes());
    state.licensed = in.boolean(u"licensed");
    state.config = in.jsonObject(u"config");
    if (!in.ok())
        return in.error();
    return state;
}

QJsonObject FeatureState::toJson() const
{
    return WireWriter()
        .text(u"code", code)
        .boolean(u"enabled", enabled)
        .text(u"source", featureSourceCode(source))
        .boolean(u"licensed", licensed)
        .value(u"config", config)
        .object();
}

Status FeatureState::validate() const
{
    return Validation::checkFeatureCodes(QStringLiteral("code"), {code});
}

bool FeatureState::operator==(const FeatureState &other) const
{
    return code == other.code && enabled == other.enabled && source == other.source
        && licensed == other.licensed && config == other.config;
}

} // namespace sphair::models
