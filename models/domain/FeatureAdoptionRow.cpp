#include "models/domain/FeatureAdoptionRow.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

Result<FeatureAdoptionRow> FeatureAdoptionRow::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    FeatureAdoptionRow row;
    row.featureCode = in.string(u"feature_code");
    row.tier = in.tier(u"tier");
    row.companies = in.integer(u"companies", 0);
    row.enabled = in.integer(u"enabled", 0);
    row.activeShare = in.number(u"active_share", 0);
    if (in.ok() && row.activeShare > 1)
        in.fail(Validation::invalidField(
            in.fieldName(u"active_share"), QStringLiteral("out_of_range"),
            QCoreApplication::translate("sphair::models::FeatureAdoptionRow",
                                        "“active_share” must be between 0 and 1.")));
    row.uses = in.integer(u"uses", 0);
    if (!in.ok())
        return in.error();
    return row;
}

QJsonObject FeatureAdoptionRow::toJson() const
{
    return WireWriter()
        .text(u"feature_code", featureCode)
        .text(u"tier", tierCode(tier))
        .integer(u"companies", companies)
        .integer(u"enabled", enabled)
        .number(u"active_share", activeShare)
        .integer(u"uses", uses)
        .object();
}

bool FeatureAdoptionRow::operator==(const FeatureAdoptionRow &other) const
{
    return featureCode == other.featureCode && tier == other.tier && companies == other.companies
        && enabled == other.enabled && activeShare == other.activeShare && uses == other.uses;
}

} // namespace sphair::models
