#include "ui/whitelabel/BrandPreviewRenderer.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace sphair::ui {

namespace {

using Page = BrandPreviewRenderer::Page;
using Theme = BrandPreviewRenderer::Theme;
using Layout = BrandPreviewRenderer::Layout;

// Every box of a Layout, to map them all from the page's logical pixels to the image's.
constexpr std::array kBoxes {
    &Layout::browserBar,
    &Layout::favicon,
    &Layout::tabTitle,
    &Layout::host,
    &Layout::card,
    &Layout::logo,
    &Layout::title,
    &Layout::message,
    &Layout::emailField,
    &Layout::passwordField,
    &Layout::signInButton,
    &Layout::forgotLink,
    &Layout::navigationBar,
    &Layout::companyName,
    &Layout::navigationLinks,
    &Layout::content,
    &Layout::pageTitle,
    &Layout::link,
    &Layout::primaryButton,
    &Layout::secondaryButton,
    &Layout::footer,
    &Layout::footerText,
};

// The page's own colours (not the brand's): what the tenant app draws around the brand.
struct Palette
{
    QColor page;
    QColor surface;
    QColor bar; // the browser's tab strip
    QColor field; // address field, input fields
    QColor border;
    QColor text;
    QColor muted;
    QColor placeholder; // grey bars standing for body text
};

Palette paletteFor(Theme theme)
{
    if (theme == Theme::Dark) {
        return {QColor(0x12, 0x12, 0x12), QColor(0x1E, 0x1E, 0x1E), QColor(0x2B, 0x2B, 0x2B),
                QColor(0x26, 0x26, 0x26), QColor(0x5A, 0x5A, 0x5A), QColor(0xE8, 0xE8, 0xE8),
                QColor(0xA8, 0xA8, 0xA8), QColor(0x3A, 0x3A, 0x3A)};
    }
    return {QColor(0xF3, 0xF4, 0xF6), QColor(0xFF, 0xFF, 0xFF), QColor(0xE3, 0xE5, 0xE8),
            QColor(0xFF, 0xFF, 0xFF), QColor(0xC4, 0xC7, 0xCC), QColor(0x1F, 0x23, 0x28),
            QColor(0x5F, 0x63, 0x68), QColor(0xDA, 0xDC, 0xE0)};
}

// A brand colour that is not set or half typed is drawn in a neutral grey.
QColor brand(const QColor &colour)
{
    return colour.isValid() ? colour : QColor(0x80, 0x80, 0x80);
}

qreal scaleFor(QSize size)
{
    return std::min(size.width() / qreal(BrandPreviewRenderer::kReferenceSize.width()),
                    size.height() / qreal(BrandPreviewRenderer::kReferenceSize.height()));
}

QFont fontOf(int pixelSize, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

bool isLineBreak(QChar ch)
{
    return ch == u'\n' || ch == u'\r' || ch == QChar::LineSeparator
        || ch == QChar::ParagraphSeparator;
}

// The first kMaxCharacters of a text, never ending in half a surrogate pair.
QString capped(const QString &text)
{
    if (text.size() <= BrandPreviewRenderer::kMaxCharacters)
        return text;
    qsizetype length = BrandPreviewRenderer::kMaxCharacters;
    if (text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

// Control characters other than line breaks (tabs, escapes, NUL) become spaces: a tab would
// jump, the others draw as boxes. Format characters (bidi marks, joiners) stay: they are
// part of right-to-left and emoji text and cannot leave the box they are laid out in.
QString withoutControls(QString text, bool keepLineBreaks)
{
    for (QChar &ch : text) {
        if (keepLineBreaks && isLineBreak(ch))
            continue;
        if (ch.category() == QChar::Other_Control || isLineBreak(ch))
            ch = u' ';
    }
    return text;
}

QStringList paragraphsOf(const QString &text)
{
    QString normalised = withoutControls(capped(text), true);
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (QChar &ch : normalised) {
        if (isLineBreak(ch))
            ch = u'\n';
    }
    QStringList paragraphs = normalised.split(u'\n');
    // A trailing line break shows nothing, so it leaves nothing over either.
    while (paragraphs.size() > 1 && paragraphs.last().trimmed().isEmpty())
        paragraphs.removeLast();
    return paragraphs;
}

// Plain text into a box: wrapped at word boundaries (anywhere in a word too long for a line),
// at most `maxLines` lines and as many as fit, the last one drawn ending in "…" when text is
// left over; clipped to the box. QTextLayout knows no markup: "<b>" is three characters.
void drawPlainText(QPainter &painter, const QRectF &box, const QString &text, const QFont &font,
                   const QColor &colour, Qt::Alignment alignment, int maxLines = 1)
{
    if (text.isEmpty() || box.isEmpty())
        return;
    const QStringList paragraphs =
        maxLines > 1 ? paragraphsOf(text) : QStringList {BrandPreviewRenderer::singleLine(text)};
    const QFontMetricsF metrics(font);
    const qreal lineHeight = metrics.lineSpacing();
    const int fitting =
        std::max(1, std::min(maxLines, static_cast<int>(std::floor(box.height() / lineHeight))));

    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment & Qt::AlignHorizontal_Mask);
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    std::vector<QTextLine> lines;
    bool leftOver = false;
    for (const QString &paragraph : paragraphs) {
        if (static_cast<int>(lines.size()) == fitting) {
            leftOver = true;
            break;
        }
        auto layout = std::make_unique<QTextLayout>(paragraph, font);
        layout->setTextOption(option);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(box.width());
            line.setPosition({0, 0});
            if (static_cast<int>(lines.size()) == fitting) {
                leftOver = true;
                break;
            }
            lines.push_back(line);
        }
        layout->endLayout();
        layouts.push_back(std::move(layout));
    }

    // The last line drawn again, elided, when text is left over.
    std::unique_ptr<QTextLayout> elidedLayout;
    if (leftOver) {
        const QTextLine last = lines.back();
        const QString &paragraph = layouts.back()->text();
        const QString rest = paragraph.mid(last.textStart()) + QChar(0x2026);
        elidedLayout = std::make_unique<QTextLayout>(
            metrics.elidedText(rest, Qt::ElideRight, box.width()), font);
        QTextOption single = option;
        single.setWrapMode(QTextOption::NoWrap);
        elidedLayout->setTextOption(single);
        elidedLayout->beginLayout();
        QTextLine line = elidedLayout->createLine();
        line.setLineWidth(box.width());
        line.setPosition({0, 0});
        elidedLayout->endLayout();
        lines.back() = line;
    }

    const qreal height = static_cast<qreal>(lines.size()) * lineHeight;
    qreal top = box.top();
    if (alignment & Qt::AlignVCenter)
        top += (box.height() - height) / 2;
    else if (alignment & Qt::AlignBottom)
        top += box.height() - height;
    painter.save();
    painter.setClipRect(box, Qt::IntersectClip);
    painter.setPen(colour);
    for (std::size_t i = 0; i < lines.size(); ++i)
        lines[i].draw(&painter, {box.left(), top + static_cast<qreal>(i) * lineHeight});
    painter.restore();
}

// An image fitted into a box, its aspect kept, centred (left-aligned with AlignLeft); nothing
// when it is null. Returns where it went.
QRectF drawFitted(QPainter &painter, const QRectF &box, const QImage &image,
                  Qt::Alignment alignment = Qt::AlignCenter)
{
    if (image.isNull() || box.isEmpty())
        return {};
    const QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    QRectF target(box.center() - QPointF(size.width() / 2, size.height() / 2), size);
    if (alignment & Qt::AlignLeft)
        target.moveLeft(box.left());
    painter.drawImage(target, image);
    return target;
}

// An image filling a box, its aspect kept, the overflow cut off evenly.
void drawCovering(QPainter &painter, const QRectF &box, const QImage &image)
{
    const QSizeF boxInImage = box.size().scaled(QSizeF(image.size()), Qt::KeepAspectRatio);
    const QRectF source(QPointF((image.width() - boxInImage.width()) / 2,
                                (image.height() - boxInImage.height()) / 2),
                        boxInImage);
    painter.drawImage(box, image, source);
}

void drawButton(QPainter &painter, const QRectF &box, const QColor &fill, const QString &label)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    drawPlainText(painter, box.adjusted(8, 0, -8, 0), label, fontOf(13, true),
                  BrandPreviewRenderer::textColourOn(fill), Qt::AlignCenter);
}

void drawField(QPainter &painter, const QRectF &box, const Palette &palette,
               const QString &placeholder)
{
    painter.setPen(QPen(palette.border, 1));
    painter.setBrush(palette.field);
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    drawPlainText(painter, box.adjusted(10, 0, -10, 0), placeholder, fontOf(12), palette.muted,
                  Qt::AlignLeft | Qt::AlignVCenter);
}

void drawLink(QPainter &painter, const QRectF &box, const QColor &accent, const QString &text,
              Qt::Alignment alignment)
{
    QFont font = fontOf(12);
    font.setUnderline(true);
    drawPlainText(painter, box, text, font, accent, alignment | Qt::AlignVCenter);
}

// The browser around the page: a tab with the favicon and the company's name, and the
// address field with the host its users open.
void drawBrowserBar(QPainter &painter, const Layout &layout, const BrandPreviewSpec &spec,
                    const Palette &palette)
{
    painter.fillRect(layout.browserBar, palette.bar);
    const QRectF tab = QRectF(layout.favicon.left() - 8, layout.browserBar.top() + 4,
                              layout.tabTitle.right() - layout.favicon.left() + 16,
                              layout.browserBar.height() - 4);
    QPainterPath tabShape;
    tabShape.addRoundedRect(tab.adjusted(0, 0, 0, 8), 6, 6);
    painter.save();
    painter.setClipRect(tab);
    painter.fillPath(tabShape, palette.surface);
    painter.restore();
    if (spec.favicon.isNull()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.border);
        painter.drawRoundedRect(QRectF(layout.favicon).adjusted(2, 2, -2, -2), 3, 3);
    } else {
        drawFitted(painter, layout.favicon, spec.favicon);
    }
    drawPlainText(painter, layout.tabTitle, spec.displayName, fontOf(11), palette.text,
                  Qt::AlignLeft | Qt::AlignVCenter);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.field);
    painter.drawRoundedRect(QRectF(layout.host).adjusted(-8, 0, 0, 0), 9, 9);
    drawPlainText(painter, layout.host, spec.host(), fontOf(11), palette.muted,
                  Qt::AlignLeft | Qt::AlignVCenter);
}

// `pageArea` is the page under the browser bar, in logical pixels.
void drawLoginPage(QPainter &painter, const Layout &layout, const BrandPreviewSpec &spec,
                   const Palette &palette, const QRect &pageArea)
{
    if (spec.loginBackground.isNull())
        painter.fillRect(pageArea, palette.page);
    else
        drawCovering(painter, pageArea, spec.loginBackground);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 40));
    painter.drawRoundedRect(QRectF(layout.card).translated(0, 2), 8, 8); // shadow
    painter.setBrush(palette.surface);
    painter.drawRoundedRect(layout.card, 8, 8);

    if (spec.logo.isNull()) {
        // The name as a word mark where the logo would be.
        drawPlainText(painter, layout.logo, spec.displayName, fontOf(20, true), palette.text,
                      Qt::AlignCenter);
    } else {
        drawFitted(painter, layout.logo, spec.logo);
    }
    drawPlainText(painter, layout.title, spec.loginTitle, fontOf(16, true), palette.text,
                  Qt::AlignHCenter | Qt::AlignVCenter);
    drawPlainText(painter, layout.message, spec.welcomeMessage, fontOf(12), palette.muted,
                  Qt::AlignHCenter | Qt::AlignTop, BrandPreviewRenderer::kMaxMessageLines);
    drawField(painter, layout.emailField, palette, BrandPreviewRenderer::tr("E-mail address"));
    drawField(painter, layout.passwordField, palette, BrandPreviewRenderer::tr("Password"));
    drawButton(painter, layout.signInButton, brand(spec.primaryColour),
               BrandPreviewRenderer::tr("Sign in"));
    drawLink(painter, layout.forgotLink, brand(spec.accentColour),
             BrandPreviewRenderer::tr("Forgot your password?"), Qt::AlignHCenter);
}

void drawApplicationPage(QPainter &painter, const Layout &layout, const BrandPreviewSpec &spec,
                         const Palette &palette, const QRect &pageArea)
{
    const QColor primary = brand(spec.primaryColour);
    const QColor onPrimary = BrandPreviewRenderer::textColourOn(primary);
    painter.fillRect(pageArea, palette.page);

    painter.fillRect(layout.navigationBar, primary);
    const QRectF logo = drawFitted(painter, layout.logo, spec.logo, Qt::AlignLeft);
    // The name follows the logo as drawn (a square logo leaves room), or takes its place.
    QRectF name = layout.companyName;
    if (!logo.isEmpty())
        name.setLeft(logo.right() + 10);
    drawPlainText(painter, name, spec.displayName, fontOf(15, true), onPrimary,
                  Qt::AlignLeft | Qt::AlignVCenter);
    const QStringList items {BrandPreviewRenderer::tr("Dashboard"),
                             BrandPreviewRenderer::tr("Reports"),
                             BrandPreviewRenderer::tr("Settings")};
    const qreal itemWidth = layout.navigationLinks.width() / qreal(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const QRectF item(layout.navigationLinks.left() + i * itemWidth,
                          layout.navigationLinks.top(), itemWidth, layout.navigationLinks.height());
        drawPlainText(painter, item.adjusted(4, 0, -4, 0), items.at(i), fontOf(12, i == 0),
                      onPrimary, Qt::AlignCenter);
        if (i == 0) // the page shown
            painter.fillRect(QRectF(item.left() + 12, item.bottom() - 2, itemWidth - 24, 2),
                             onPrimary);
    }

    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.surface);
    painter.drawRoundedRect(layout.content, 6, 6);
    drawPlainText(painter, layout.pageTitle, BrandPreviewRenderer::tr("Dashboard"),
                  fontOf(18, true), palette.text, Qt::AlignLeft | Qt::AlignVCenter);
    // Body text, as grey bars: the page's own content, not the company's.
    painter.setBrush(palette.placeholder);
    const qreal barsTop = layout.pageTitle.bottom() + 12;
    const qreal fullWidth = layout.pageTitle.width();
    for (const auto &[row, share] : {std::pair {0, 0.92}, {1, 0.84}, {2, 0.55}}) {
        painter.drawRoundedRect(
            QRectF(layout.pageTitle.left(), barsTop + row * 14, fullWidth * share, 7), 3, 3);
    }
    drawLink(painter, layout.link, brand(spec.accentColour),
             BrandPreviewRenderer::tr("View all reports"), Qt::AlignLeft);
    drawButton(painter, layout.primaryButton, primary, BrandPreviewRenderer::tr("New report"));
    drawButton(painter, layout.secondaryButton, brand(spec.secondaryColour),
               BrandPreviewRenderer::tr("Export"));

    painter.fillRect(layout.footer, palette.surface);
    painter.fillRect(QRect(layout.footer.topLeft(), QSize(layout.footer.width(), 1)),
                     palette.border);
    drawPlainText(painter, layout.footerText, spec.footerText, fontOf(11), palette.muted,
                  Qt::AlignHCenter | Qt::AlignVCenter, 2);
}

// The layout in the page's logical pixels (before scaling to the image).
Layout logicalLayout(Page page, QSize logical)
{
    const int width = logical.width();
    const int height = logical.height();
    Layout layout;
    layout.browserBar = QRect(0, 0, width + 1, 30);
    layout.favicon = QRect(16, 10, 16, 16);
    layout.tabTitle = QRect(38, 6, 140, 24);
    layout.host = QRect(206, 8, width - 216, 18);
    if (page == Page::Login) {
        const int cardHeight = 320;
        const int cardTop = 30 + std::max(8, (height - 30 - cardHeight) / 2);
        layout.card = QRect((width - 320) / 2, cardTop, 320, cardHeight);
        const int left = layout.card.left() + 24;
        const int inner = layout.card.width() - 48;
        layout.logo = QRect(left, cardTop + 18, inner, 44);
        layout.title = QRect(left, cardTop + 68, inner, 26);
        layout.message = QRect(left, cardTop + 98, inner, 64);
        layout.emailField = QRect(left, cardTop + 168, inner, 28);
        layout.passwordField = QRect(left, cardTop + 202, inner, 28);
        layout.signInButton = QRect(left, cardTop + 240, inner, 32);
        layout.forgotLink = QRect(left, cardTop + 280, inner, 20);
        return layout;
    }
    layout.navigationBar = QRect(0, 30, width + 1, 48);
    layout.logo = QRect(16, 36, 72, 36);
    layout.companyName = QRect(16, 36, std::max(140, width - 16 - 276), 36);
    layout.navigationLinks = QRect(width - 16 - 252, 36, 252, 36);
    layout.footer = QRect(0, height - 40, width + 1, 41);
    layout.footerText = QRect(16, height - 38, width - 32, 36);
    layout.content = QRect(16, 94, width - 32, layout.footer.top() - 16 - 94);
    layout.pageTitle = QRect(36, 108, width - 72, 28);
    layout.link = QRect(36, 190, 200, 20);
    layout.primaryButton = QRect(36, 224, 120, 32);
    layout.secondaryButton = QRect(168, 224, 100, 32);
    return layout;
}

QSize logicalSizeOf(QSize size)
{
    const qreal scale = scaleFor(size);
    return {static_cast<int>(size.width() / scale), static_cast<int>(size.height() / scale)};
}

} // namespace

BrandPreviewRenderer::Layout BrandPreviewRenderer::layout(Page page, QSize size)
{
    if (size.isEmpty())
        return {};
    Layout layout = logicalLayout(page, logicalSizeOf(size));
    const QTransform transform = QTransform::fromScale(scaleFor(size), scaleFor(size));
    for (QRect Layout::*box : kBoxes) {
        if (!(layout.*box).isNull())
            layout.*box = transform.mapRect(QRectF(layout.*box)).toAlignedRect();
    }
    return layout;
}

QImage BrandPreviewRenderer::render(const BrandPreviewSpec &spec, Page page, Theme theme,
                                    QSize size)
{
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const Palette palette = paletteFor(theme);
    image.fill(palette.page);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    const qreal scale = scaleFor(size);
    painter.scale(scale, scale);
    const QSize logical = logicalSizeOf(size);
    const Layout layout = logicalLayout(page, logical);
    // One logical pixel more: the last column or row may be a fraction of one.
    const QRect pageArea(0, layout.browserBar.bottom() + 1, logical.width() + 1,
                         logical.height() - layout.browserBar.height() + 1);
    if (page == Page::Login)
        drawLoginPage(painter, layout, spec, palette, pageArea);
    else
        drawApplicationPage(painter, layout, spec, palette, pageArea);
    drawBrowserBar(painter, layout, spec, palette);
    return image;
}

QColor BrandPreviewRenderer::textColourOn(const QColor & /*background*/)
{
    return Qt::white;
}

QString BrandPreviewRenderer::singleLine(const QString &text)
{
    return withoutControls(capped(text), false);
}

} // namespace sphair::ui
