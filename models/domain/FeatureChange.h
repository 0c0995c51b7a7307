#pragma once

#include "models/domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sphair::models {

// One staged edit of a company's features, as a bulk PUT carries it: turn a feature on, turn
// it off, or drop the override so the tier template decides again.
//
// Wire: {"code": "...", "enabled": true|false|null}; "enabled" is required and null means
// "follow the tier".
struct FeatureChange
{
    QString code;
    std::optional<bool> enabled; // nullopt: remove the override

    // Applies `changes` in order to a company's overrides (feature code → enabled).
    static QHash<QString, bool> applied(QHash<QString, bool> overrides,
                                        const QList<FeatureChange> &changes);

    static Result<FeatureChange> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The code is in the catalog.
    Status validate() const;

    bool operator==(const FeatureChange &other) const;
    bool operator!=(const FeatureChange &other) const { return !(*this == other); }
};

} // namespace sphair::models
