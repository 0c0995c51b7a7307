#pragma once

#include "ui/whitelabel/BrandPreviewSpec.h"

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSize>

namespace sphair::ui {

// Paints what a company's users see, from a BrandPreviewSpec, onto an image: the login page,
// or the application's header with a content page, in a light or a dark theme. Every text of
// the spec is drawn as plain text (QTextLayout, never HTML), inside its own box: at most a
// few lines, the last one elided, clipped to the box, so no input can move or cover anything
// else on the page.
class BrandPreviewRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sphair::ui::BrandPreviewRenderer)

public:
    enum class Page { Login, Application };
    enum class Theme { Light, Dark };

    // The page is laid out on a canvas of at least this many logical pixels (scaled evenly to
    // the image): a larger image shows the same page, sharper.
    static constexpr QSize kReferenceSize {640, 400};
    // Longest text drawn per box; the rest of a longer text is never laid out.
    static constexpr int kMaxCharacters = 2000;
    // Lines of the welcome message drawn at most; the last one drawn ends in "…".
    static constexpr int kMaxMessageLines = 4;

    // Where each part of a page lies, in the image's pixels. The boxes depend on the page and
    // the image size only, never on the texts or images drawn into them. Boxes a page does
    // not have are empty.
    struct Layout
    {
        QRect browserBar; // tab with favicon and display name, address field with the host
        QRect favicon;
        QRect tabTitle;
        QRect host;
        // Login page
        QRect card;
        QRect logo; // also the application header's logo
        QRect title;
        QRect message;
        QRect emailField;
        QRect passwordField;
        QRect signInButton;
        QRect forgotLink;
        // Application page
        QRect navigationBar;
        QRect companyName; // the header's logo and, after it, the name
        QRect navigationLinks;
        QRect content;
        QRect pageTitle;
        QRect link;
        QRect primaryButton;
        QRect secondaryButton;
        QRect footer;
        QRect footerText;
    };

    static Layout layout(Page page, QSize size);
    // An image of `size` (device pixels, ARGB32 premultiplied, opaque).
    static QImage render(const BrandPreviewSpec &spec, Page page, Theme theme, QSize size);

    // The colour of text on a brand colour: white, as the platform's contract for the tenant
    // pages says (openapi.yaml: "Header and primary buttons (white text on it)") and as
    // CompanySettings::contrastWarnings() measures it. The preview shows what the tenant's
    // users get, so a yellow primary colour shows unreadable white text, the very thing the
    // editor's contrast warning is about. Should the tenant app switch to picking white or
    // black by contrast, this becomes models::ColourContrast::readableTextColour().
    static QColor textColourOn(const QColor &background);

    // A text as one line of plain text: line breaks and other control characters become
    // spaces, and only the first kMaxCharacters are kept (never half a surrogate pair).
    static QString singleLine(const QString &text);
};

} // namespace sphair::ui
