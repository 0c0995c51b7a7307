#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sphair::models {

// The kind of value a feature setting holds, and the JSON type it has on the wire:
// Integer (a whole number), Boolean, Choice (one of a fixed list of strings), Text (a string).
enum class SettingType { Integer, Boolean, Choice, Text };

// One typed setting of a feature, defined in code (FeatureSettings::of) and shared by the
// server's checks and the console's editors.
struct FeatureSetting
{
    QString key; // the key in a feature's "config" object
    SettingType type = SettingType::Boolean;
    const char *nameSource = ""; // untranslated display name (context FeatureSettings)
    QJsonValue defaultValue;
    qint64 min = 0; // Integer: both ends inclusive
    qint64 max = 0;
    QStringList choices; // Choice: the allowed strings
    int maxLength = 0; // Text: at most this many characters

    // The display name in the user's language.
    QString displayName() const;
};

// The settings of each catalog feature and the one check of a feature's "config" object.
namespace FeatureSettings {

// The settings of `code`, in display order; empty for a feature without settings or a code
// outside the catalog.
const QList<FeatureSetting> &of(QStringView code);
// The setting `key` of `code`, or nullptr.
const FeatureSetting *find(QStringView code, QStringView key);
// The display name of a Choice value ("monday" → "Monday").
QString choiceDisplayName(QStringView choice);

// Checks a partial or complete config object of `code`: every key a setting of the feature
// (reason "unknown_field"), of the setting's JSON type ("wrong_type"), an Integer within its
// range ("out_of_range"), a Choice among its choices ("unknown_value"), a Text within its
// length ("too_long"). A null value is allowed: it returns the setting to its default. The
// error is "invalid_field" naming `fieldPrefix` + key, e.g. "config.max_sites".
Status validate(QStringView code, const QJsonObject &config,
                const QString &fieldPrefix = QStringLiteral("config."));
// The effective config of `code`: every setting, from `stored` where it holds a valid value
// and the default otherwise. Keys outside the schema are dropped.
QJsonObject effective(QStringView code, const QJsonObject &stored);
// `stored` with `changes` on top: a null value removes the key (back to the default).
QJsonObject merged(QJsonObject stored, const QJsonObject &changes);

} // namespace FeatureSettings

} // namespace sphair::models
