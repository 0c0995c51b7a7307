#include "models/domain/FeatureSettings.h"

#include "models/domain/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace sphair::models {

namespace {

FeatureSetting setting(const char *key, SettingType type, const char *name,
                       const QJsonValue &fallback)
{
    FeatureSetting made;
    made.key = QString::fromLatin1(key);
    made.type = type;
    made.nameSource = name;
    made.defaultValue = fallback;
    return made;
}

FeatureSetting integer(const char *key, const char *name, qint64 min, qint64 max, qint64 fallback)
{
    FeatureSetting made = setting(key, SettingType::Integer, name, fallback);
    made.min = min;
    made.max = max;
    return made;
}

FeatureSetting boolean(const char *key, const char *name, bool fallback)
{
    return setting(key, SettingType::Boolean, name, fallback);
}

FeatureSetting choice(const char *key, const char *name, const QStringList &choices,
                      const QString &fallback)
{
    FeatureSetting made = setting(key, SettingType::Choice, name, fallback);
    made.choices = choices;
    return made;
}

FeatureSetting text(const char *key, const char *name, int maxLength, const QString &fallback)
{
    FeatureSetting made = setting(key, SettingType::Text, name, fallback);
    made.maxLength = maxLength;
    return made;
}

const QHash<QString, QList<FeatureSetting>> &schema()
{
    static const QHash<QString, QList<FeatureSetting>> all {
        {QStringLiteral("inventory"),
         {boolean("low_stock_alerts",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Low-stock alerts"), true)}},
        {QStringLiteral("calendar"),
         {choice("week_starts_on",
                 QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Week starts on"),
                 {QStringLiteral("monday"), QStringLiteral("sunday"), QStringLiteral("saturday")},
                 QStringLiteral("monday"))}},
        {QStringLiteral("reporting"),
         {boolean("scheduled_reports",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Scheduled reports"), false),
          integer("retention_days",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Report retention (days)"),
                  30, 3650, 365)}},
        {QStringLiteral("api_access"),
         {integer("rate_limit_per_minute",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings",
                                    "Rate limit (requests per minute)"),
                  10, 10000, 600),
          boolean("webhooks", QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Webhooks"),
                  false),
          text("webhook_signing_label",
               QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Webhook signature label"), 64,
               QStringLiteral("sphair"))}},
        {QStringLiteral("offline_mode"),
         {integer("sync_interval_minutes",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Sync interval (minutes)"),
                  5, 1440, 15),
          integer(
              "max_offline_days",
              QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Longest time offline (days)"),
              1, 30, 7)}},
        {QStringLiteral("mobile_app"),
         {boolean("require_pin",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Require a PIN"), false)}},
        {QStringLiteral("advanced_analytics"),
         {integer("data_retention_months",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Data retention (months)"),
                  1, 120, 24)}},
        {QStringLiteral("custom_templates"),
         {integer("max_templates",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Most templates"), 1, 500,
                  50)}},
        {QStringLiteral("multi_site"),
         {integer("max_sites", QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Most sites"),
                  1, 500, 5)}},
        {QStringLiteral("workflow_automation"),
         {integer("max_active_workflows",
                  QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Most active workflows"), 1,
                  1000, 25)}},
    };
    return all;
}

QString translated(const char *source)
{
    return QCoreApplication::translate("sphair::models::FeatureSettings", source);
}

// The value as the setting's integer, or nullopt when it is not a whole number.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString kindName(SettingType type)
{
    switch (type) {
    case SettingType::Integer:
        return translated(QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "a whole number"));
    case SettingType::Boolean:
        return translated(QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "true or false"));
    case SettingType::Choice:
    case SettingType::Text:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "a string"));
}

// The problem with `value` for `setting`, or success.
Status checkValue(const FeatureSetting &setting, const QJsonValue &value, const QString &field)
{
    const bool typed = setting.type == SettingType::Integer ? wholeNumber(value).has_value()
        : setting.type == SettingType::Boolean              ? value.isBool()
                                                            : value.isString();
    if (!typed) {
        return Validation::invalidField(
            field, QStringLiteral("wrong_type"),
            QCoreApplication::translate("sphair::models::FeatureSettings", "“%1” must be %2.")
                .arg(field, kindName(setting.type)));
    }
    switch (setting.type) {
    case SettingType::Integer:
        return Validation::checkRange(field, *wholeNumber(value), setting.min, setting.max);
    case SettingType::Choice:
        if (!setting.choices.contains(value.toString())) {
            return Validation::invalidField(
                field, QStringLiteral("unknown_value"),
                QCoreApplication::translate("sphair::models::FeatureSettings",
                                            "“%1” must be one of: %2.")
                    .arg(field, setting.choices.join(QStringLiteral(", "))),
                {{QStringLiteral("allowed"), QJsonArray::fromStringList(setting.choices)}});
        }
        return {};
    case SettingType::Text:
        return Validation::checkSingleLine(field, value.toString(), 0, setting.maxLength);
    case SettingType::Boolean:
        break;
    }
    return {};
}

} // namespace

QString FeatureSetting::displayName() const
{
    return translated(nameSource);
}

namespace FeatureSettings {

const QList<FeatureSetting> &of(QStringView code)
{
    static const QList<FeatureSetting> none;
    const auto &all = schema();
    const auto it = all.constFind(code.toString());
    return it == all.constEnd() ? none : it.value();
}

const FeatureSetting *find(QStringView code, QStringView key)
{
    for (const FeatureSetting &setting : of(code)) {
        if (setting.key == key)
            return &setting;
    }
    return nullptr;
}

QString choiceDisplayName(QStringView choice)
{
    static const char *const names[][2] = {
        {"monday", QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Monday")},
        {"sunday", QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Sunday")},
        {"saturday", QT_TRANSLATE_NOOP("sphair::models::FeatureSettings", "Saturday")},
    };
    for (const auto &entry : names) {
        if (choice == QLatin1String(entry[0]))
            return translated(entry[1]);
    }
    return choice.toString();
}

Status validate(QStringView code, const QJsonObject &config, const QString &fieldPrefix)
{
    for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
        const QString field = fieldPrefix + it.key();
        const FeatureSetting *setting = find(code, it.key());
        if (!setting) {
            QStringList known;
            for (const FeatureSetting &each : of(code))
                known.append(each.key);
            return Validation::invalidField(
                field, QStringLiteral("unknown_field"),
                known.isEmpty()
                    ? QCoreApplication::translate("sphair::models::FeatureSettings",
                                                  "“%1”: the feature %2 has no settings.")
                          .arg(field, code.toString())
                    : QCoreApplication::translate("sphair::models::FeatureSettings",
                                                  "“%1” is not a setting of %2; it has: %3.")
                          .arg(field, code.toString(), known.join(QStringLiteral(", "))),
                {{QStringLiteral("allowed"), QJsonArray::fromStringList(known)}});
        }
        if (it.value().isNull())
            continue; // back to the default
        if (auto checked = checkValue(*setting, it.value(), field); !checked)
            return checked;
    }
    return {};
}

QJsonObject effective(QStringView code, const QJsonObject &stored)
{
    QJsonObject config;
    for (const FeatureSetting &setting : of(code)) {
        const QJsonValue value = stored.value(setting.key);
        const bool usable =
            !value.isNull() && !value.isUndefined() && checkValue(setting, value, setting.key).ok();
        if (!usable)
            config.insert(setting.key, setting.defaultValue);
        else if (setting.type == SettingType::Integer)
            config.insert(setting.key, *wholeNumber(value));
        else
            config.insert(setting.key, value);
    }
    return config;
}

QJsonObject merged(QJsonObject stored, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            stored.remove(it.key());
        else
            stored.insert(it.key(), it.value());
    }
    return stored;
}

} // namespace FeatureSettings

} // namespace sphair::models
