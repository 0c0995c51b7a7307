#include "ui/whitelabel/BrandPreviewSpec.h"

#include "models/domain/CompanySettings.h"
#include "models/domain/Validation.h"

namespace sphair::ui {

namespace {

QColor colourOf(const QString &hex)
{
    // QColor would also take names ("red") and "#RGB"; the preview shows only what the
    // platform would accept.
    return models::Validation::isColour(hex) ? QColor(hex) : QColor();
}

} // namespace

BrandPreviewSpec BrandPreviewSpec::fromSettings(const models::CompanySettings &settings)
{
    BrandPreviewSpec spec;
    spec.displayName = settings.displayName;
    spec.primaryColour = colourOf(settings.primaryColor);
    spec.secondaryColour = colourOf(settings.secondaryColor);
    spec.accentColour = colourOf(settings.accentColor);
    spec.loginTitle = settings.loginTitle;
    spec.welcomeMessage = settings.loginMessage;
    spec.footerText = settings.footerText;
    spec.subdomain = settings.customSubdomain;
    spec.customDomain = settings.customDomain;
    return spec;
}

QString BrandPreviewSpec::host() const
{
    if (!customDomain.isEmpty())
        return customDomain;
    if (!subdomain.isEmpty())
        return subdomain + QLatin1String(kPlatformDomain);
    return {};
}

} // namespace sphair::ui
