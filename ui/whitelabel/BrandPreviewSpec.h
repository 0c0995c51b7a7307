#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace sphair::models {
struct CompanySettings;
} // namespace sphair::models

namespace sphair::ui {

// What the white-label preview draws: one company's branding as the console holds it while it
// is being edited, with its images already decoded. Independent of the wire type, so the
// editor can preview values that are half typed or not saved yet.
struct BrandPreviewSpec
{
    QString displayName;
    QColor primaryColour; // header, navigation and main buttons; invalid: drawn neutral grey
    QColor secondaryColour; // secondary buttons
    QColor accentColour; // links
    QImage logo; // null: the display name stands in for it
    QImage favicon;
    QImage loginBackground; // null: a plain page colour
    QString loginTitle;
    QString welcomeMessage; // may span lines
    QString footerText;
    QString subdomain; // the label before kPlatformDomain, e.g. "acme"
    QString customDomain; // a host name of the company's own, e.g. "portal.acme.com"

    // Where a subdomain lives (the "<name>.sphair.app"), until the platform names it.
    static constexpr char kPlatformDomain[] = ".sphair.app";

    // The fields the settings hold today. A colour that is not "#RRGGBB" stays invalid (and
    // is drawn neutral grey); the images stay null, since the settings hold only their URLs.
    static BrandPreviewSpec fromSettings(const models::CompanySettings &settings);

    // The host the company's users open: the custom domain when set, else the subdomain on
    // kPlatformDomain; empty when neither is set.
    QString host() const;
};

} // namespace sphair::ui
