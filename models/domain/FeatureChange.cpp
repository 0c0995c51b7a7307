#include "models/domain/FeatureChange.h"

#include "models/domain/FeatureSettings.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

QHash<QString, bool> FeatureChange::applied(QHash<QString, bool> overrides,
                                            const QList<FeatureChange> &changes)
{
    for (const FeatureChange &change : changes) {
        if (change.keepsEnabled)
            continue;
        if (change.enabled)
            overrides.insert(change.code, *change.enabled);
        else
            overrides.remove(change.code);
    }
    return overrides;
}

FeatureChange FeatureChange::settings(const QString &code, const QJsonObject &config)
{
    return {code, std::nullopt, config, true};
}

Result<FeatureChange> FeatureChange::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureChange change;
    change.code = in.string(u"code");
    if (in.has(u"config"))
        change.config = in.jsonObject(u"config");
    if (in.ok() && !object.contains(QLatin1String("enabled"))) {
        if (change.config) {
            change.keepsEnabled = true;
        } else {
            in.fail(Validation::invalidField(
                QStringLiteral("enabled"), QStringLiteral("missing"),
                QCoreApplication::translate("sphair::models::FeatureChange",
                                            "“enabled” is required unless “config” is sent: "
                                            "true, false, or null to follow the tier.")));
        }
    }
    if (in.has(u"enabled"))
        change.enabled = in.boolean(u"enabled");
    if (!in.ok())
        return in.error();
    return change;
}

QJsonObject FeatureChange::toJson() const
{
    WireWriter out;
    out.text(u"code", code);
    if (!keepsEnabled)
        out.value(u"enabled", enabled ? QJsonValue(*enabled) : QJsonValue(QJsonValue::Null));
    if (config)
        out.value(u"config", *config);
    return out.object();
}

Status FeatureChange::validate() const
{
    if (auto known = Validation::checkFeatureCodes(QStringLiteral("code"), {code}); !known)
        return known;
    return config ? FeatureSettings::validate(code, *config) : Status {};
}

bool FeatureChange::operator==(const FeatureChange &other) const
{
    return code == other.code && enabled == other.enabled && config == other.config
        && keepsEnabled == other.keepsEnabled;
}

} // namespace sphair::models
