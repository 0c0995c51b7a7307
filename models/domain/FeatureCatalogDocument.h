#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sphair::models {

// GET /admin/features (the FeatureCatalog schema): the feature catalog as the server names
// it, and each tier's user range and default features (the server's editable copy of the
// tier templates).
struct FeatureCatalogDocument
{
    // One feature as the server names and describes it (FeatureCatalogEntry).
    struct Entry
    {
        QString code;
        QString name;
        QString description; // empty (null on the wire) when the server has none

        // The name to show: the catalog's own name in the user's language for a code this
        // build knows, else the server's name, else the code.
        QString displayName() const;

        static Result<Entry> fromJson(const QJsonObject &object);
        QJsonObject toJson() const;
        bool operator==(const Entry &other) const;
    };
    // A tier's user range and default features (TierTemplate).
    struct TierTemplate
    {
        TierRange range; // min_users, max_users
        QStringList features;

        static Result<TierTemplate> fromJson(const QJsonObject &object);
        QJsonObject toJson() const;
        bool operator==(const TierTemplate &other) const;
    };

    QList<Entry> features;
    QMap<Tier, TierTemplate> tiers;
    qint64 version = 0; // the ETag's number

    // The tier ranges, for validating max_users as the server will.
    TierPolicy policy() const;
    // The features' codes, in catalog order.
    QStringList codes() const;

    // "features" and "tiers" (small, medium and large) are required; unknown feature codes
    // are kept (a newer server may know more); other fields are ignored.
    static Result<FeatureCatalogDocument> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureCatalogDocument &other) const;
    bool operator!=(const FeatureCatalogDocument &other) const { return !(*this == other); }
};

} // namespace sphair::models
