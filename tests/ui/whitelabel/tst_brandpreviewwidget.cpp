// The preview widget: shows the renderer's images, renders again when the spec, page or size
// changes (once per paint, however many changes came before it), and never otherwise.
#include "ui/whitelabel/BrandPreviewWidget.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sphair::ui;
using Page = BrandPreviewRenderer::Page;
using Theme = BrandPreviewRenderer::Theme;

namespace {

BrandPreviewSpec specWith(const QColor &primary)
{
    BrandPreviewSpec spec;
    spec.displayName = QStringLiteral("Acme");
    spec.primaryColour = primary;
    spec.secondaryColour = QColor(0x37, 0x47, 0x4F);
    spec.accentColour = QColor(0x00, 0x69, 0x5C);
    spec.loginTitle = QStringLiteral("Welcome");
    return spec;
}

// The primary colour where the renderer puts the sign-in button, in an image the widget shows.
QColor buttonColour(const QImage &image)
{
    const QRect button = BrandPreviewRenderer::layout(Page::Login, image.size()).signInButton;
    return image.pixelColor(button.left() + button.height() / 4, button.center().y());
}

// Pixels of `colour` in a grab of the widget.
int pixelsOf(QWidget &widget, const QColor &colour)
{
    const QImage image = widget.grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == colour ? 1 : 0;
    }
    return count;
}

// Shows a preview 900 pixels wide (light and dark side by side) and waits for its first paint.
bool shownWithBothThemes(BrandPreviewWidget &widget, const QColor &primary)
{
    widget.setSpec(specWith(primary));
    widget.resize(900, 360);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget)
        && QTest::qWaitFor([&] { return widget.renderCount() == 2; });
}

} // namespace

class TestBrandPreviewWidget : public QObject
{
    Q_OBJECT

private slots:
    void showsBothThemes()
    {
        BrandPreviewWidget widget;
        QVERIFY(shownWithBothThemes(widget, QColor(0xC2, 0x18, 0x5B)));
        const QImage light = widget.image(Theme::Light);
        const QImage dark = widget.image(Theme::Dark);
        QVERIFY(!light.isNull() && !dark.isNull());
        QCOMPARE(buttonColour(light), QColor(0xC2, 0x18, 0x5B));
        QCOMPARE(buttonColour(dark), QColor(0xC2, 0x18, 0x5B));
        QVERIFY(light.pixelColor(4, light.height() / 2) != dark.pixelColor(4, dark.height() / 2));
        // Side by side in a wide widget, each page of the reference aspect.
        QVERIFY(light.width() > light.height());
        QVERIFY(std::abs(light.width() * 10 / light.height() - 16) <= 1);
        QVERIFY(pixelsOf(widget, QColor(0xC2, 0x18, 0x5B)) > 500);
    }

    void updatesWhenTheSpecChanges()
    {
        BrandPreviewWidget widget;
        QVERIFY(shownWithBothThemes(widget, QColor(0xC2, 0x18, 0x5B)));
        QSignalSpy rendered(&widget, &BrandPreviewWidget::rendered);

        // As on every keystroke of a hex field: many changes, one paint, one render a theme.
        for (int blue = 0; blue <= 0xF0; blue += 0x10)
            widget.setSpec(specWith(QColor(0x10, 0x80, blue)));
        QVERIFY(widget.image(Theme::Light).isNull()); // out of date until the next paint
        QTRY_COMPARE(rendered.count(), 1);
        QCOMPARE(widget.renderCount(), 4);
        QCOMPARE(rendered.at(0).at(0).toInt(), 4);
        QCOMPARE(buttonColour(widget.image(Theme::Light)), QColor(0x10, 0x80, 0xF0));
        QCOMPARE(buttonColour(widget.image(Theme::Dark)), QColor(0x10, 0x80, 0xF0));
        QVERIFY(pixelsOf(widget, QColor(0x10, 0x80, 0xF0)) > 500);

        // A paint with nothing changed renders nothing.
        widget.repaint();
        QCOMPARE(widget.renderCount(), 4);
        // A new size does.
        widget.resize(700, 360);
        QTRY_COMPARE(widget.renderCount(), 6);
    }

    void pageAndThemeButtons()
    {
        BrandPreviewWidget widget;
        QVERIFY(shownWithBothThemes(widget, QColor(0xC2, 0x18, 0x5B)));
        QSignalSpy pages(&widget, &BrandPreviewWidget::pageChanged);
        QSignalSpy themes(&widget, &BrandPreviewWidget::themesChanged);

        auto *application =
            widget.findChild<QToolButton *>(QStringLiteral("previewApplicationPageButton"));
        QVERIFY(application);
        QTest::mouseClick(application, Qt::LeftButton);
        QCOMPARE(widget.page(), Page::Application);
        QCOMPARE(pages.count(), 1);
        QTRY_COMPARE(widget.renderCount(), 4);
        // The header in the primary colour along the top of the application page.
        const QImage page = widget.image(Theme::Light);
        const QRect bar =
            BrandPreviewRenderer::layout(Page::Application, page.size()).navigationBar;
        QCOMPARE(page.pixelColor(bar.left() + 2, bar.top() + 2), QColor(0xC2, 0x18, 0x5B));

        auto *dark = widget.findChild<QToolButton *>(QStringLiteral("previewDarkButton"));
        QTest::mouseClick(dark, Qt::LeftButton);
        QCOMPARE(widget.themes(), PreviewThemes::Dark);
        QCOMPARE(themes.count(), 1);
        QVERIFY(dark->isChecked());
        // One page, larger: the dark one alone is rendered again at its new size.
        QTRY_COMPARE(widget.renderCount(), 5);
        QVERIFY(widget.image(Theme::Dark).width() > page.width());

        widget.setPage(Page::Login); // from code: the buttons follow
        QVERIFY(
            widget.findChild<QToolButton *>(QStringLiteral("previewLoginPageButton"))->isChecked());
        QTRY_COMPARE(widget.renderCount(), 6);
        QCOMPARE(pages.count(), 2);

        widget.setControlsVisible(false);
        QVERIFY(!application->isVisible());
    }
};

QTEST_MAIN(TestBrandPreviewWidget)
#include "tst_brandpreviewwidget.moc"
