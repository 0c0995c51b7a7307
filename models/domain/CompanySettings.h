#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sphair::models {

// A tenant's white-label branding: the name, colours, images and login texts its users see.
//
// Required on input: display_name and the three colours; the rest may be absent or null (not
// set). fromJson checks shape only; validate() checks the formats and lengths.
//
// The three image URLs are set by the platform, never by a writer: the path (below the
// platform's base URL) where the public, content-addressed copy of the slot's image is served,
// or empty when the slot has no image. Texts are plain text; nothing here is HTML.
struct CompanySettings
{
    QString displayName; // display_name, 1–100 characters, one line
    QString primaryColor; // primary_color "#RRGGBB": header and primary buttons
    QString secondaryColor; // secondary_color: secondary buttons
    QString accentColor; // accent_color: links and highlights on the white page
    QString logoUrl; // logo_url, read-only: /public/branding/… or empty
    QString faviconUrl; // favicon_url, read-only
    QString loginBackgroundUrl; // login_background_url, read-only
    QString loginTitle; // login_title, ≤ 100 characters, one line, optional
    QString loginMessage; // login_message, ≤ 1000 characters, may span lines, optional
    QString footerText; // footer_text, ≤ 500 characters, may span lines, optional
    QString customSubdomain; // custom_subdomain, <label> of <label>.sphair.app, optional
    QString customDomain; // custom_domain, a host name, optional
    // language: the language of what the platform writes to the company (maintenance notices):
    // "en" or "de"; optional on input, default "en".
    QString language = defaultLanguage();
    // timezone: the IANA zone the company's notices give times in; optional on input, default
    // Africa/Johannesburg.
    QString timezone = defaultTimeZone();
    qint64 version = 0; // bumped on every change; the ETag of the settings

    static constexpr int kMaxDisplayNameLength = 100;
    static constexpr int kMaxLoginTitleLength = 100;
    static constexpr int kMaxLoginMessageLength = 1000;
    static constexpr int kMaxFooterTextLength = 500;

    // A brand colour that is hard to read where the tenant's pages put it: white text on the
    // primary and secondary colours, and accent-coloured links on the white page.
    struct ContrastWarning
    {
        QString field; // the colour's wire name, e.g. "primary_color"
        QString foreground; // "#RRGGBB"
        QString background; // "#RRGGBB"
        double ratio = 0;
        double minimum = 0;
        QString message; // a sentence for the editor's warning list

        bool operator==(const ContrastWarning &other) const;
    };

    static QString defaultLanguage() { return QStringLiteral("en"); }
    static QString defaultTimeZone() { return QStringLiteral("Africa/Johannesburg"); }
    // The language codes the platform writes in: "en", "de".
    static QStringList languages();

    // The settings a new company starts with: readable default colours and its name.
    static CompanySettings defaults(const QString &displayName);

    static Result<CompanySettings> fromJson(const QJsonObject &object);
    // The fields the platform sets (version and the image URLs), which a writer leaves out.
    static QStringList readOnlyFields();
    QJsonObject toJson() const;
    Status validate() const;
    // WCAG AA (4.5:1) checks of the placements above; empty when every colour reads well.
    // Malformed colours are left to validate().
    QList<ContrastWarning> contrastWarnings() const;

    bool operator==(const CompanySettings &other) const;
    bool operator!=(const CompanySettings &other) const { return !(*this == other); }
};

} // namespace sphair::models
