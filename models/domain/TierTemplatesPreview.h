#pragma once

#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/Result.h"

#include <QJsonObject>

namespace sphair::models {

// The answer of POST /admin/features/preview (schema TierTemplatesPreview): what saving the
// tier templates would do, without saving them. `catalog` is the catalog as it would then
// stand (its version is the current one); `companiesChanged` counts the companies (deleted
// ones left out) whose switched-on features would differ, out of `companiesTotal`.
struct TierTemplatesPreview
{
    FeatureCatalogDocument catalog;
    qint64 companiesChanged = 0; // companies_changed
    qint64 companiesTotal = 0; // companies_total

    static Result<TierTemplatesPreview> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const TierTemplatesPreview &other) const;
    bool operator!=(const TierTemplatesPreview &other) const { return !(*this == other); }
};

} // namespace sphair::models
