#include "models/domain/TierTemplatesPreview.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<TierTemplatesPreview> TierTemplatesPreview::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    TierTemplatesPreview preview;
    preview.catalog = in.nested<FeatureCatalogDocument>(u"catalog");
    preview.companiesChanged = in.integer(u"companies_changed", 0);
    preview.companiesTotal = in.integer(u"companies_total", 0);
    if (!in.ok())
        return in.error();
    return preview;
}

QJsonObject TierTemplatesPreview::toJson() const
{
    return WireWriter()
        .nested(u"catalog", catalog)
        .integer(u"companies_changed", companiesChanged)
        .integer(u"companies_total", companiesTotal)
        .object();
}

bool TierTemplatesPreview::operator==(const TierTemplatesPreview &other) const
{
    return catalog == other.catalog && companiesChanged == other.companiesChanged
        && companiesTotal == other.companiesTotal;
}

} // namespace sphair::models
