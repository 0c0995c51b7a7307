#include "models/domain/Tier.h"

#include <QCoreApplication>

namespace sphair::models {

QString tierCode(Tier tier)
{
    switch (tier) {
    case Tier::Small:
        return QStringLiteral("small");
    case Tier::Medium:
        return QStringLiteral("medium");
    case Tier::Large:
        return QStringLiteral("large");
    }
    return {};
}

std::optional<Tier> tierFromCode(QStringView code)
{
    for (Tier tier : allTiers()) {
        if (code == tierCode(tier))
            return tier;
    }
    return std::nullopt;
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Small:
        return QCoreApplication::translate("sphair::models::Tier", "Small");
    case Tier::Medium:
        return QCoreApplication::translate("sphair::models::Tier", "Medium");
    case Tier::Large:
        return QCoreApplication::translate("sphair::models::Tier", "Large");
    }
    return {};
}

const QList<Tier> &allTiers()
{
    static const QList<Tier> tiers {Tier::Small, Tier::Medium, Tier::Large};
    return tiers;
}

const QStringList &tierCodes()
{
    static const QStringList codes = [] {
        QStringList all;
        for (Tier tier : allTiers())
            all.append(tierCode(tier));
        return all;
    }();
    return codes;
}

TierRange TierPolicy::range(Tier tier) const
{
    switch (tier) {
    case Tier::Small:
        return small;
    case Tier::Medium:
        return medium;
    case Tier::Large:
        return large;
    }
    return {};
}

const TierPolicy &TierPolicy::defaults()
{
    static const TierPolicy policy;
    return policy;
}

namespace FeatureCatalog {

const QStringList &codes()
{
    static const QStringList all {
        QStringLiteral("inventory"),          QStringLiteral("calendar"),
        QStringLiteral("reporting"),          QStringLiteral("api_access"),
        QStringLiteral("offline_mode"),       QStringLiteral("mobile_app"),
        QStringLiteral("advanced_analytics"), QStringLiteral("custom_templates"),
        QStringLiteral("multi_site"),         QStringLiteral("workflow_automation"),
        QStringLiteral("white_label"),
    };
    return all;
}

bool contains(QStringView code)
{
    return codes().contains(code);
}

QString displayName(QStringView code)
{
    static const char *const names[][2] = {
        {"inventory", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Inventory")},
        {"calendar", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Calendar")},
        {"reporting", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Reporting")},
        {"api_access", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "API access")},
        {"offline_mode", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Offline mode")},
        {"mobile_app", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Mobile app")},
        {"advanced_analytics",
         QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Advanced analytics")},
        {"custom_templates",
         QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Custom templates")},
        {"multi_site", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Multiple sites")},
        {"workflow_automation",
         QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "Workflow automation")},
        {"white_label", QT_TRANSLATE_NOOP("sphair::models::FeatureCatalog", "White label")},
    };
    for (const auto &entry : names) {
        if (code == QLatin1String(entry[0]))
            return QCoreApplication::translate("sphair::models::FeatureCatalog", entry[1]);
    }
    return code.toString();
}

QStringList tierTemplate(Tier tier)
{
    QStringList features {QStringLiteral("inventory"), QStringLiteral("calendar"),
                          QStringLiteral("reporting"), QStringLiteral("mobile_app")};
    if (tier == Tier::Small)
        return features;
    features << QStringLiteral("api_access") << QStringLiteral("offline_mode")
             << QStringLiteral("advanced_analytics") << QStringLiteral("custom_templates");
    if (tier == Tier::Medium)
        return features;
    return codes();
}

} // namespace FeatureCatalog
} // namespace sphair::models
