// The white-label preview's pages, rendered offscreen and read back pixel by pixel: the brand
// colours, images and texts are where the tenant's pages put them, and no text, however
// hostile, is read as markup or gets out of its box.
#include "ui/whitelabel/BrandPreviewRenderer.h"
#include "ui/whitelabel/BrandPreviewSpec.h"

#include "models/domain/CompanySettings.h"

#include <QPainter>
#include <QRegion>
#include <QTest>

using namespace sphair::ui;
using Page = BrandPreviewRenderer::Page;
using Theme = BrandPreviewRenderer::Theme;

namespace {

const QSize kSize = BrandPreviewRenderer::kReferenceSize;
const QColor kPrimary(0xC2, 0x18, 0x5B);
const QColor kSecondary(0x2E, 0x7D, 0x32);
const QColor kAccent(0x15, 0x65, 0xC0);

BrandPreviewSpec sampleSpec()
{
    BrandPreviewSpec spec;
    spec.displayName = QStringLiteral("Nordic Freight AB");
    spec.primaryColour = kPrimary;
    spec.secondaryColour = kSecondary;
    spec.accentColour = kAccent;
    spec.loginTitle = QStringLiteral("Welcome aboard");
    spec.welcomeMessage = QStringLiteral("Sign in with your company account.");
    spec.footerText = QStringLiteral("Nordic Freight AB, Stockholm");
    spec.subdomain = QStringLiteral("nordic");
    return spec;
}

QImage solid(QSize size, const QColor &colour)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(colour);
    return image;
}

// Pixels in `box` within `tolerance` of `colour` in every channel.
int countNear(const QImage &image, const QRect &box, const QColor &colour, int tolerance = 0)
{
    int count = 0;
    const QRect area = box.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) <= tolerance
                && std::abs(pixel.green() - colour.green()) <= tolerance
                && std::abs(pixel.blue() - colour.blue()) <= tolerance) {
                ++count;
            }
        }
    }
    return count;
}

// Pixels that differ between two images of one size, outside `allowed`.
int differencesOutside(const QImage &first, const QImage &second, const QRegion &allowed)
{
    int count = 0;
    for (int y = 0; y < first.height(); ++y) {
        for (int x = 0; x < first.width(); ++x) {
            if (first.pixel(x, y) != second.pixel(x, y) && !allowed.contains(QPoint(x, y)))
                ++count;
        }
    }
    return count;
}

// The columns in `box` where two images differ: the width of what was drawn differently.
int inkedWidth(const QImage &first, const QImage &second, const QRect &box)
{
    int left = box.right() + 1;
    int right = box.left() - 1;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            if (first.pixel(x, y) != second.pixel(x, y)) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return right >= left ? right - left + 1 : 0;
}

QColor at(const QImage &image, QPoint point)
{
    return image.pixelColor(point);
}

} // namespace

class TestBrandPreviewRenderer : public QObject
{
    Q_OBJECT

private slots:
    void loginPageShowsTheBrandColours()
    {
        const auto layout = BrandPreviewRenderer::layout(Page::Login, kSize);
        const QImage image =
            BrandPreviewRenderer::render(sampleSpec(), Page::Login, Theme::Light, kSize);
        QCOMPARE(image.size(), kSize);
        const QRect button = layout.signInButton;
        QCOMPARE(at(image, {button.left() + 6, button.center().y()}), kPrimary);
        QCOMPARE(at(image, {button.right() - 6, button.top() + 4}), kPrimary);
        // The label: white, the tenant pages' text on the primary colour.
        QVERIFY(countNear(image, button, Qt::white, 8) > 20);
        QVERIFY(countNear(image, layout.forgotLink, kAccent, 16) > 8);
        QCOMPARE(countNear(image, layout.forgotLink, kPrimary, 8), 0);
    }

    void applicationPageShowsTheBrandColours()
    {
        const auto layout = BrandPreviewRenderer::layout(Page::Application, kSize);
        const QImage image =
            BrandPreviewRenderer::render(sampleSpec(), Page::Application, Theme::Light, kSize);
        const QRect bar = layout.navigationBar;
        QCOMPARE(at(image, {bar.left() + 2, bar.top() + 2}), kPrimary);
        QCOMPARE(at(image, {bar.right() - 2, bar.bottom() - 1}), kPrimary);
        QVERIFY(countNear(image, layout.navigationLinks, Qt::white, 8) > 50);
        QVERIFY(countNear(image, layout.companyName.united(layout.logo), Qt::white, 8) > 50);
        // Antialiased 12 px text: its stems come within a few levels of the colour.
        QVERIFY(countNear(image, layout.link, kAccent, 16) > 8);
        const QRect secondary = layout.secondaryButton;
        QCOMPARE(at(image, {secondary.left() + 6, secondary.center().y()}), kSecondary);
        QVERIFY(countNear(image, secondary, Qt::white, 8) > 20);
        const QRect primary = layout.primaryButton;
        QCOMPARE(at(image, {primary.left() + 6, primary.center().y()}), kPrimary);
        // Nowhere else on the page: the accent only in the link, the secondary colour only in
        // its button.
        const QRegion rest = QRegion(image.rect()) - layout.link;
        int accentElsewhere = 0;
        for (const QRect &part : rest)
            accentElsewhere += countNear(image, part, kAccent, 16);
        QCOMPARE(accentElsewhere, 0);
    }

    void textsAreDrawnInTheirBoxes_data()
    {
        QTest::addColumn<Page>("page");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("boxes");
        QTest::newRow("login title")
            << Page::Login << QStringLiteral("loginTitle") << QStringList {QStringLiteral("title")};
        QTest::newRow("welcome message") << Page::Login << QStringLiteral("welcomeMessage")
                                         << QStringList {QStringLiteral("message")};
        QTest::newRow("footer") << Page::Application << QStringLiteral("footerText")
                                << QStringList {QStringLiteral("footerText")};
        QTest::newRow("host") << Page::Application << QStringLiteral("subdomain")
                              << QStringList {QStringLiteral("host")};
        // Without a logo the name is the login card's word mark and the header's title.
        QTest::newRow("name, login")
            << Page::Login << QStringLiteral("displayName")
            << QStringList {QStringLiteral("tabTitle"), QStringLiteral("logo")};
        QTest::newRow("name, application")
            << Page::Application << QStringLiteral("displayName")
            << QStringList {QStringLiteral("tabTitle"), QStringLiteral("logo"),
                            QStringLiteral("companyName")};
    }
    // With and without the text: the page differs in the text's boxes and nowhere else.
    void textsAreDrawnInTheirBoxes()
    {
        QFETCH(Page, page);
        QFETCH(QString, field);
        QFETCH(QStringList, boxes);
        BrandPreviewSpec without = sampleSpec();
        text(without, field).clear();
        const QImage empty = BrandPreviewRenderer::render(without, page, Theme::Light, kSize);
        const QImage drawn = BrandPreviewRenderer::render(sampleSpec(), page, Theme::Light, kSize);
        const QRegion allowed = region(BrandPreviewRenderer::layout(page, kSize), boxes);
        QCOMPARE(differencesOutside(drawn, empty, allowed), 0);
        QVERIFY(differencesOutside(drawn, empty, QRegion()) > 30);
    }

    void hostileTextStaysPlainAndInItsBox_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::newRow("html") << QStringLiteral("<h1 style=\"font-size:200px\">Big</h1><hr>");
        QTest::newRow("script") << QStringLiteral("<script>alert('x')</script><img src=x>");
        QTest::newRow("100 kB") << QString(100 * 1024, u'W');
        QTest::newRow("100 kB of words")
            << QStringLiteral("lorem ipsum dolor ").repeated(100 * 1024 / 18);
        QTest::newRow("newlines")
            << QStringLiteral("a\n\n\n\n\n\n\n\n\n\n\nb\r\nc\rd\u2028e\u2029f").repeated(200);
        QTest::newRow("right-to-left override")
            << QStringLiteral("\u202Etxet desrever\u202C then \u202Bمرحبا بالعالم\u202C")
                   .repeated(50);
        QTest::newRow("emoji")
            << QStringLiteral("😀👍🏽👨‍👩‍👧‍👦🏳️‍🌈").repeated(300);
        QTest::newRow("controls") << QStringLiteral("tab\there\u0000nul\u001b[31mred\u0007");
        QTest::newRow("lone surrogates")
            << (QString(QChar(0xD83D)) + QStringLiteral("x") + QString(QChar(0xDE00)))
                   .repeated(2000);
        QTest::newRow("everything")
            << QStringLiteral("<b>x</b>\n<script>1</script>\u202E😀\n") + QString(100000, u'x');
    }
    void hostileTextStaysPlainAndInItsBox()
    {
        QFETCH(QString, hostile);
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            // The welcome message on the login page.
            BrandPreviewSpec spec = sampleSpec();
            spec.welcomeMessage.clear();
            const QImage empty = BrandPreviewRenderer::render(spec, Page::Login, theme, kSize);
            spec.welcomeMessage = hostile;
            const QImage drawn = BrandPreviewRenderer::render(spec, Page::Login, theme, kSize);
            const auto login = BrandPreviewRenderer::layout(Page::Login, kSize);
            QCOMPARE(differencesOutside(drawn, empty, QRegion(login.message)), 0);
            QVERIFY(differencesOutside(drawn, empty, QRegion()) > 0);

            // Every other text of both pages.
            BrandPreviewSpec all = sampleSpec();
            all.loginTitle = all.footerText = all.displayName = all.customDomain = hostile;
            for (const Page page : {Page::Login, Page::Application}) {
                const QImage plain = BrandPreviewRenderer::render(emptyTexts(), page, theme, kSize);
                const QImage hostileImage = BrandPreviewRenderer::render(all, page, theme, kSize);
                const auto layout = BrandPreviewRenderer::layout(page, kSize);
                const QRegion boxes =
                    region(layout,
                           {QStringLiteral("title"), QStringLiteral("footerText"),
                            QStringLiteral("tabTitle"), QStringLiteral("host"),
                            QStringLiteral("logo"), QStringLiteral("companyName")});
                QCOMPARE(differencesOutside(hostileImage, plain, boxes), 0);
            }
        }
    }

    void markupIsDrawnAsItsCharacters()
    {
        const auto box = BrandPreviewRenderer::layout(Page::Login, kSize).message;
        const auto width = [&](const QString &message) {
            BrandPreviewSpec spec = sampleSpec();
            spec.welcomeMessage.clear();
            const QImage empty =
                BrandPreviewRenderer::render(spec, Page::Login, Theme::Light, kSize);
            spec.welcomeMessage = message;
            return inkedWidth(BrandPreviewRenderer::render(spec, Page::Login, Theme::Light, kSize),
                              empty, box);
        };
        const int x = width(QStringLiteral("x"));
        QVERIFY(x > 0);
        // "<b>x</b>" is eight characters wide, not a bold x.
        QVERIFY2(
            width(QStringLiteral("<b>x</b>")) > 5 * x,
            qPrintable(QStringLiteral("%1 vs %2").arg(width(QStringLiteral("<b>x</b>"))).arg(x)));
        // An entity stays five characters.
        QVERIFY(width(QStringLiteral("&amp;")) > 3 * width(QStringLiteral("&")));
    }

    void longTextIsCutToItsLines()
    {
        const QRect box = BrandPreviewRenderer::layout(Page::Login, kSize).message;
        const auto render = [](const QString &message) {
            BrandPreviewSpec spec = sampleSpec();
            spec.welcomeMessage = message;
            return BrandPreviewRenderer::render(spec, Page::Login, Theme::Light, kSize);
        };
        const int lines = BrandPreviewRenderer::kMaxMessageLines;
        const QImage fitting =
            render(QStringLiteral("line\n").repeated(lines - 1) + QStringLiteral("line"));
        // The same lines, the last one ending in "…" where text is left over.
        const QImage many = render(QStringLiteral("line\n").repeated(100));
        QVERIFY(inkedWidth(many, fitting, box) > 0);
        QVERIFY(inkedWidth(many, fitting, box) < box.width() / 4);
        // A trailing line break leaves nothing over.
        QCOMPARE(inkedWidth(render(QStringLiteral("line\n").repeated(lines)), fitting, box), 0);
    }

    void lightAndDarkDiffer()
    {
        for (const Page page : {Page::Login, Page::Application}) {
            const QImage light =
                BrandPreviewRenderer::render(sampleSpec(), page, Theme::Light, kSize);
            const QImage dark =
                BrandPreviewRenderer::render(sampleSpec(), page, Theme::Dark, kSize);
            const QPoint background(4, kSize.height() / 2); // left of the card and content
            QVERIFY(at(light, background).lightness() > 200);
            QVERIFY(at(dark, background).lightness() < 50);
            // Text stays readable: light text on the dark page.
            const auto layout = BrandPreviewRenderer::layout(page, kSize);
            const QRect heading = page == Page::Login ? layout.title : layout.pageTitle;
            QVERIFY(countNear(dark, heading, QColor(0xE8, 0xE8, 0xE8), 24) > 30);
            QVERIFY(countNear(light, heading, QColor(0x1F, 0x23, 0x28), 24) > 30);
            // The brand colours stay.
            const QRect button = page == Page::Login ? layout.signInButton : layout.primaryButton;
            QCOMPARE(at(dark, {button.left() + 6, button.center().y()}), kPrimary);
        }
    }

    void imagesAreDrawn()
    {
        BrandPreviewSpec spec = sampleSpec();
        const QColor logoColour(0x00, 0xFF, 0x00);
        const QColor backgroundColour(0xFF, 0x80, 0x00);
        const QColor faviconColour(0x80, 0x00, 0xFF);
        spec.logo = solid({300, 100}, logoColour); // wider than its box: fitted, not cut
        spec.loginBackground = solid({50, 50}, backgroundColour);
        spec.favicon = solid({64, 64}, faviconColour);
        const auto login = BrandPreviewRenderer::layout(Page::Login, kSize);
        const QImage image = BrandPreviewRenderer::render(spec, Page::Login, Theme::Dark, kSize);
        QCOMPARE(at(image, login.logo.center()), logoColour);
        QCOMPARE(at(image, {4, kSize.height() - 4}), backgroundColour);
        QCOMPARE(at(image, login.favicon.center()), faviconColour);
        const auto app = BrandPreviewRenderer::layout(Page::Application, kSize);
        const QImage page =
            BrandPreviewRenderer::render(spec, Page::Application, Theme::Light, kSize);
        QCOMPARE(at(page, app.logo.center()), logoColour);
        // Fitted, its 3:1 shape kept: as wide as the box, a third of that high.
        const int expected = app.logo.width() * app.logo.width() / 3;
        const int drawn = countNear(page, app.logo, logoColour);
        QVERIFY2(drawn > expected * 8 / 10 && drawn < expected * 11 / 10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(drawn).arg(expected)));
    }

    void scalesWithTheImage()
    {
        const QSize twice = kSize * 2;
        const auto small = BrandPreviewRenderer::layout(Page::Login, kSize);
        const auto large = BrandPreviewRenderer::layout(Page::Login, twice);
        QCOMPARE(large.signInButton,
                 QRect(small.signInButton.topLeft() * 2, small.signInButton.size() * 2));
        const QImage image =
            BrandPreviewRenderer::render(sampleSpec(), Page::Login, Theme::Light, twice);
        QCOMPARE(image.size(), twice);
        QCOMPARE(at(image, {large.signInButton.left() + 12, large.signInButton.center().y()}),
                 kPrimary);
        // A wider image shows a wider page, the card centred in it.
        const QSize wide(1200, 400);
        const auto wideLayout = BrandPreviewRenderer::layout(Page::Login, wide);
        QVERIFY(std::abs(wideLayout.card.center().x() - 600) <= 1);
        QCOMPARE(wideLayout.card.size(), small.card.size());
        QVERIFY(BrandPreviewRenderer::render(sampleSpec(), Page::Login, Theme::Light, {}).isNull());
    }

    void unsetColoursAreNeutral()
    {
        BrandPreviewSpec spec = sampleSpec();
        spec.primaryColour = QColor();
        const auto layout = BrandPreviewRenderer::layout(Page::Login, kSize);
        const QImage image = BrandPreviewRenderer::render(spec, Page::Login, Theme::Light, kSize);
        const QColor fill =
            at(image, {layout.signInButton.left() + 6, layout.signInButton.center().y()});
        QCOMPARE(fill.saturation(), 0);
    }

    void specFromSettings()
    {
        auto settings = sphair::models::CompanySettings::defaults(QStringLiteral("Acme"));
        settings.loginTitle = QStringLiteral("Hello");
        settings.loginMessage = QStringLiteral("Line one\nLine two");
        settings.customDomain = QStringLiteral("portal.acme.example");
        settings.accentColor = QStringLiteral("#12"); // half typed
        const BrandPreviewSpec spec = BrandPreviewSpec::fromSettings(settings);
        QCOMPARE(spec.displayName, QStringLiteral("Acme"));
        QCOMPARE(spec.primaryColour, QColor(settings.primaryColor));
        QCOMPARE(spec.secondaryColour, QColor(settings.secondaryColor));
        QVERIFY(!spec.accentColour.isValid());
        QCOMPARE(spec.loginTitle, settings.loginTitle);
        QCOMPARE(spec.welcomeMessage, settings.loginMessage);
        QCOMPARE(spec.host(), QStringLiteral("portal.acme.example"));
        QVERIFY(spec.logo.isNull());
        // "red" is a QColor but not a platform colour.
        settings.primaryColor = QStringLiteral("red");
        QVERIFY(!BrandPreviewSpec::fromSettings(settings).primaryColour.isValid());

        BrandPreviewSpec bare;
        QCOMPARE(bare.host(), QString());
        bare.subdomain = QStringLiteral("acme");
        QCOMPARE(bare.host(), QStringLiteral("acme.sphair.app"));
    }

    void singleLine()
    {
        QCOMPARE(BrandPreviewRenderer::singleLine(QStringLiteral("a\nb\r\nc\td")),
                 QStringLiteral("a b  c d"));
        const QString longText = QString(BrandPreviewRenderer::kMaxCharacters - 1, u'x')
            + QStringLiteral("😀") + QStringLiteral("tail");
        const QString cut = BrandPreviewRenderer::singleLine(longText);
        QCOMPARE(cut.size(), BrandPreviewRenderer::kMaxCharacters - 1); // not half the emoji
        QCOMPARE(BrandPreviewRenderer::singleLine(QStringLiteral("\u202Eabc")),
                 QStringLiteral("\u202Eabc"));
    }

private:
    static QString &text(BrandPreviewSpec &spec, const QString &field)
    {
        if (field == QLatin1String("loginTitle"))
            return spec.loginTitle;
        if (field == QLatin1String("welcomeMessage"))
            return spec.welcomeMessage;
        if (field == QLatin1String("footerText"))
            return spec.footerText;
        if (field == QLatin1String("subdomain"))
            return spec.subdomain;
        return spec.displayName;
    }

    static BrandPreviewSpec emptyTexts()
    {
        BrandPreviewSpec spec = sampleSpec();
        spec.loginTitle.clear();
        spec.footerText.clear();
        spec.displayName.clear();
        spec.subdomain.clear();
        return spec;
    }

    static QRegion region(const BrandPreviewRenderer::Layout &layout, const QStringList &names)
    {
        const QHash<QString, QRect> boxes {
            {QStringLiteral("title"), layout.title},
            {QStringLiteral("message"), layout.message},
            {QStringLiteral("footerText"), layout.footerText},
            {QStringLiteral("tabTitle"), layout.tabTitle},
            {QStringLiteral("host"), layout.host},
            {QStringLiteral("logo"), layout.logo},
            {QStringLiteral("companyName"), layout.companyName},
        };
        QRegion region;
        for (const QString &name : names)
            region += boxes.value(name);
        return region;
    }
};

QTEST_MAIN(TestBrandPreviewRenderer)
#include "tst_brandpreviewrenderer.moc"
