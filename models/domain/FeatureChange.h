#pragma once

#include "models/domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sphair::models {

// One staged edit of a company's features, as a bulk PUT carries it: turn a feature on, turn
// it off, or drop the override so the tier template decides again; and/or set some of the
// feature's settings (FeatureSettings).
//
// Wire: {"code": "...", "enabled": true|false|null, "config": {...}}; null "enabled" means
// "follow the tier". "enabled" is required unless "config" is sent; without it the switch
// stays as it is. "config" holds the settings to change; a null value returns a setting to
// its default. Settings not named keep their value.
struct FeatureChange
{
    QString code;
    std::optional<bool> enabled; // nullopt: remove the override (unless keepsEnabled)
    std::optional<QJsonObject> config = std::nullopt; // the settings to change; nullopt: none
    bool keepsEnabled = false; // "enabled" absent: the switch is not changed

    // A change of settings only.
    static FeatureChange settings(const QString &code, const QJsonObject &config);

    // Applies `changes` in order to a company's overrides (feature code → enabled).
    static QHash<QString, bool> applied(QHash<QString, bool> overrides,
                                        const QList<FeatureChange> &changes);

    static Result<FeatureChange> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The code is in the catalog and the config fits the feature's settings
    // (FeatureSettings::validate).
    Status validate() const;

    bool operator==(const FeatureChange &other) const;
    bool operator!=(const FeatureChange &other) const { return !(*this == other); }
};

} // namespace sphair::models
