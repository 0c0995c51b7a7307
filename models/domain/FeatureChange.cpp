#include "models/domain/FeatureChange.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

QHash<QString, bool> FeatureChange::applied(QHash<QString, bool> overrides,
                                            const QList<FeatureChange> &changes)
{
    for (const FeatureChange &change : changes) {
        if (change.enabled)
            overrides.insert(change.code, *change.enabled);
        else
            overrides.remove(change.code);
    }
    return overrides;
}

Result<FeatureChange> FeatureChange::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureChange change;
    change.code = in.string(u"code");
    if (in.ok() && !object.contains(QLatin1String("enabled"))) {
        in.fail(Validation::invalidField(
            QStringLiteral("enabled"), QStringLiteral("missing"),
            QCoreApplication::translate(
                "sphair::models::FeatureChange",
                "“enabled” is required: true, false, or null to follow the tier.")));
    }
    if (in.has(u"enabled"))
        change.enabled = in.boolean(u"enabled");
    if (!in.ok())
        return in.error();
    return change;
}

QJsonObject FeatureChange::toJson() const
{
    return WireWriter()
        .text(u"code", code)
        .value(u"enabled", enabled ? QJsonValue(*enabled) : QJsonValue(QJsonValue::Null))
        .object();
}

Status FeatureChange::validate() const
{
    return Validation::checkFeatureCodes(QStringLiteral("code"), {code});
}

bool FeatureChange::operator==(const FeatureChange &other) const
{
    return code == other.code && enabled == other.enabled;
}

} // namespace sphair::models
