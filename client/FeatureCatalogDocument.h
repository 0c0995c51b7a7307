#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sphair::client {

// GET /admin/features: the feature catalog as the server names it, and each tier's user
// range and default features (the server's editable copy of the tier templates).
struct FeatureCatalogDocument
{
    // One feature as the server names and describes it.
    struct Entry
    {
        QString code;
        QString name;
        QString description; // empty when the server has none
    };
    // A tier's user range and default features.
    struct TierTemplate
    {
        models::TierRange range;
        QStringList features;
    };

    QList<Entry> features;
    QMap<models::Tier, TierTemplate> tiers;
    qint64 version = 0;

    // The tier ranges, for validating max_users as the server will.
    models::TierPolicy policy() const;

    // "features" and "tiers" (small, medium and large) are required; unknown feature codes
    // are kept (a newer server may know more); other fields are ignored.
    static models::Result<FeatureCatalogDocument> fromJson(const QJsonObject &object);
};

} // namespace sphair::client
