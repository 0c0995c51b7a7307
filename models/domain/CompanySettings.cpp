#include "models/domain/CompanySettings.h"

#include "models/domain/ColourContrast.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sphair::models {

namespace {

const QString kWhite = QStringLiteral("#FFFFFF");

} // namespace

bool CompanySettings::ContrastWarning::operator==(const ContrastWarning &other) const
{
    return field == other.field && foreground == other.foreground && background == other.background
        && ratio == other.ratio && minimum == other.minimum && message == other.message;
}

QStringList CompanySettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

CompanySettings CompanySettings::defaults(const QString &displayName)
{
    CompanySettings settings;
    settings.displayName = displayName;
    settings.primaryColor = QStringLiteral("#1F4E79");
    settings.secondaryColor = QStringLiteral("#37474F");
    settings.accentColor = QStringLiteral("#00695C");
    return settings;
}

Result<CompanySettings> CompanySettings::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    CompanySettings settings;
    settings.displayName = in.string(u"display_name");
    settings.primaryColor = in.string(u"primary_color");
    settings.secondaryColor = in.string(u"secondary_color");
    settings.accentColor = in.string(u"accent_color");
    settings.logoUrl = in.optionalString(u"logo_url");
    settings.faviconUrl = in.optionalString(u"favicon_url");
    settings.loginBackgroundUrl = in.optionalString(u"login_background_url");
    settings.loginTitle = in.optionalString(u"login_title");
    settings.loginMessage = in.optionalString(u"login_message");
    settings.footerText = in.optionalString(u"footer_text");
    settings.customSubdomain = in.optionalString(u"custom_subdomain");
    settings.customDomain = in.optionalString(u"custom_domain");
    settings.language = in.optionalString(u"language", defaultLanguage());
    settings.timezone = in.optionalString(u"timezone", defaultTimeZone());
    settings.version = in.optionalInteger(u"version", 0, 0);
    if (!in.ok())
        return in.error();
    return settings;
}

QStringList CompanySettings::readOnlyFields()
{
    return {QStringLiteral("version"), QStringLiteral("logo_url"), QStringLiteral("favicon_url"),
            QStringLiteral("login_background_url")};
}

QJsonObject CompanySettings::toJson() const
{
    return WireWriter()
        .text(u"display_name", displayName)
        .text(u"primary_color", primaryColor)
        .text(u"secondary_color", secondaryColor)
        .text(u"accent_color", accentColor)
        .optionalText(u"logo_url", logoUrl)
        .optionalText(u"favicon_url", faviconUrl)
        .optionalText(u"login_background_url", loginBackgroundUrl)
        .optionalText(u"login_title", loginTitle)
        .optionalText(u"login_message", loginMessage)
        .optionalText(u"footer_text", footerText)
        .optionalText(u"custom_subdomain", customSubdomain)
        .optionalText(u"custom_domain", customDomain)
        .text(u"language", language)
        .text(u"timezone", timezone)
        .integer(u"version", version)
        .object();
}

Status CompanySettings::validate() const
{
    using namespace Validation;
    if (auto check =
            checkSingleLine(QStringLiteral("display_name"), displayName, 1, kMaxDisplayNameLength);
        !check)
        return check;
    if (auto check = checkColour(QStringLiteral("primary_color"), primaryColor); !check)
        return check;
    if (auto check = checkColour(QStringLiteral("secondary_color"), secondaryColor); !check)
        return check;
    if (auto check = checkColour(QStringLiteral("accent_color"), accentColor); !check)
        return check;
    if (auto check =
            checkSingleLine(QStringLiteral("login_title"), loginTitle, 0, kMaxLoginTitleLength);
        !check)
        return check;
    if (auto check =
            checkLength(QStringLiteral("login_message"), loginMessage, 0, kMaxLoginMessageLength);
        !check)
        return check;
    if (auto check =
            checkLength(QStringLiteral("footer_text"), footerText, 0, kMaxFooterTextLength);
        !check)
        return check;
    if (!customSubdomain.isEmpty()) {
        if (auto check = checkSubdomain(QStringLiteral("custom_subdomain"), customSubdomain);
            !check)
            return check;
    }
    if (!customDomain.isEmpty()) {
        if (auto check = checkDomainName(QStringLiteral("custom_domain"), customDomain); !check)
            return check;
    }
    if (!languages().contains(language)) {
        return Validation::invalidField(
            QStringLiteral("language"), QStringLiteral("unknown_value"),
            QCoreApplication::translate("sphair::models::CompanySettings",
                                        "The language must be one of: %1.")
                .arg(languages().join(QStringLiteral(", "))));
    }
    if (timezone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8())) {
        return Validation::invalidField(
            QStringLiteral("timezone"), QStringLiteral("unknown_value"),
            QCoreApplication::translate("sphair::models::CompanySettings",
                                        "The company's time zone “%1” is unknown; use an IANA "
                                        "name such as Europe/Berlin.")
                .arg(timezone));
    }
    return {};
}

QList<CompanySettings::ContrastWarning> CompanySettings::contrastWarnings() const
{
    // Where a brand colour is drawn, and the warning to give when it reads badly there.
    struct Placement
    {
        QString field;
        QString foreground;
        QString background;
        QString message;
    };
    const double minimum = ColourContrast::kMinimumNormalText;
    const QList<Placement> placements {
        {QStringLiteral("primary_color"), kWhite, primaryColor,
         QCoreApplication::translate(
             "sphair::models::CompanySettings",
             "White text on the primary colour %1 (header and main buttons) has a "
             "contrast of %2:1; at least %3:1 is needed to be readable.")},
        {QStringLiteral("secondary_color"), kWhite, secondaryColor,
         QCoreApplication::translate(
             "sphair::models::CompanySettings",
             "White text on the secondary colour %1 (secondary buttons) has a "
             "contrast of %2:1; at least %3:1 is needed to be readable.")},
        {QStringLiteral("accent_color"), accentColor, kWhite,
         QCoreApplication::translate(
             "sphair::models::CompanySettings",
             "Links in the accent colour %1 on the white page have a contrast of "
             "%2:1; at least %3:1 is needed to be readable.")},
    };
    QList<ContrastWarning> warnings;
    for (const Placement &placement : placements) {
        const QString colour = placement.field == QLatin1String("accent_color")
            ? placement.foreground
            : placement.background;
        if (!Validation::isColour(colour))
            continue;
        const double ratio =
            ColourContrast::contrastRatio(placement.foreground, placement.background);
        if (ratio >= minimum)
            continue;
        warnings.append(
            {placement.field, placement.foreground, placement.background, ratio, minimum,
             placement.message.arg(colour).arg(ratio, 0, 'f', 2).arg(minimum, 0, 'f', 1)});
    }
    return warnings;
}

bool CompanySettings::operator==(const CompanySettings &other) const
{
    return displayName == other.displayName && primaryColor == other.primaryColor
        && secondaryColor == other.secondaryColor && accentColor == other.accentColor
        && logoUrl == other.logoUrl && faviconUrl == other.faviconUrl
        && loginBackgroundUrl == other.loginBackgroundUrl && loginTitle == other.loginTitle
        && loginMessage == other.loginMessage && footerText == other.footerText
        && customSubdomain == other.customSubdomain && customDomain == other.customDomain
        && language == other.language && timezone == other.timezone && version == other.version;
}

} // namespace sphair::models
