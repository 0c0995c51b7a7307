#include "models/domain/FeatureDiff.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

FeatureDiff FeatureDiff::between(const QStringList &enabledBefore, const QStringList &enabledAfter)
{
    FeatureDiff diff;
    for (const QString &code : enabledAfter) {
        QStringList &list = enabledBefore.contains(code) ? diff.unchanged : diff.added;
        if (!list.contains(code))
            list.append(code);
    }
    for (const QString &code : enabledBefore) {
        if (!enabledAfter.contains(code) && !diff.removed.contains(code))
            diff.removed.append(code);
    }
    diff.added.sort();
    diff.removed.sort();
    diff.unchanged.sort();
    return diff;
}

FeatureDiff FeatureDiff::between(const QList<FeatureState> &before,
                                 const QList<FeatureState> &after)
{
    return between(FeatureState::enabledCodes(before), FeatureState::enabledCodes(after));
}

Result<FeatureDiff> FeatureDiff::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureDiff diff;
    diff.added = in.strings(u"added");
    diff.removed = in.strings(u"removed");
    diff.unchanged = in.strings(u"unchanged");
    if (!in.ok())
        return in.error();
    return diff;
}

QJsonObject FeatureDiff::toJson() const
{
    return WireWriter()
        .strings(u"added", added)
        .strings(u"removed", removed)
        .strings(u"unchanged", unchanged)
        .object();
}

bool FeatureDiff::operator==(const FeatureDiff &other) const
{
    return added == other.added && removed == other.removed && unchanged == other.unchanged;
}

} // namespace sphair::models
