// Side by side: one captioned preview per company, one page and theme choice for all.
#include "ui/whitelabel/BrandComparisonView.h"
#include "ui/whitelabel/BrandPreviewWidget.h"

#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

using namespace sphair::ui;
using Page = BrandPreviewRenderer::Page;
using Theme = BrandPreviewRenderer::Theme;

namespace {

BrandPreviewSpec company(const QString &name, const QColor &primary)
{
    BrandPreviewSpec spec;
    spec.displayName = name;
    spec.primaryColour = primary;
    spec.secondaryColour = QColor(0x37, 0x47, 0x4F);
    spec.accentColour = QColor(0x00, 0x69, 0x5C);
    return spec;
}

QColor buttonColour(const QImage &image)
{
    const QRect button = BrandPreviewRenderer::layout(Page::Login, image.size()).signInButton;
    return image.pixelColor(button.left() + button.height() / 4, button.center().y());
}

} // namespace

class TestBrandComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void showsEachCompanyCaptioned()
    {
        BrandComparisonView view;
        const QList<BrandPreviewSpec> specs {
            company(QStringLiteral("Acme"), QColor(0xC2, 0x18, 0x5B)),
            company(QStringLiteral("Nordic Freight AB"), QColor(0x1F, 0x4E, 0x79)),
            company(QStringLiteral("<b>Bold</b>\nSecond line ") + QString(5000, u'x'),
                    QColor(0x2E, 0x7D, 0x32)),
        };
        view.setSpecs(specs);
        view.resize(1300, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.count(), 3);
        QCOMPARE(view.caption(0), QStringLiteral("Acme"));
        QCOMPARE(view.caption(1), QStringLiteral("Nordic Freight AB"));
        // Plain text on one line, elided to the column: the markup shows as typed.
        const QString hostile = view.caption(2);
        QVERIFY(hostile.startsWith(QStringLiteral("<b>Bold</b> Second line x")));
        QVERIFY(!hostile.contains(u'\n'));
        QVERIFY(hostile.endsWith(QChar(0x2026)));
        const auto captions = view.findChildren<QLabel *>(QStringLiteral("brandComparisonCaption"));
        QCOMPARE(captions.size(), 3);
        for (QLabel *caption : captions) {
            QCOMPARE(caption->textFormat(), Qt::PlainText);
            QVERIFY(caption->width() <= BrandComparisonView::kColumnWidth);
        }
        for (qsizetype i = 0; i < view.count(); ++i) {
            QTRY_VERIFY(!view.preview(i)->image(Theme::Light).isNull());
            QCOMPARE(buttonColour(view.preview(i)->image(Theme::Light)), specs.at(i).primaryColour);
        }
        // Ten columns do not fit: the row scrolls.
        QList<BrandPreviewSpec> many;
        for (int i = 0; i < 10; ++i)
            many.append(company(QStringLiteral("Company %1").arg(i), QColor(0x10 * i, 0x40, 0x80)));
        view.setSpecs(many);
        QCOMPARE(view.count(), 10);
        auto *scroll = view.findChild<QScrollArea *>(QStringLiteral("brandComparisonScrollArea"));
        QTRY_VERIFY(scroll->horizontalScrollBar()->maximum() > 0);
        scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
        QTRY_VERIFY(!view.preview(9)->image(Theme::Light).isNull());
        QCOMPARE(buttonColour(view.preview(9)->image(Theme::Light)), QColor(0x90, 0x40, 0x80));
    }

    void oneChoiceForAll()
    {
        BrandComparisonView view;
        view.setSpecs({company(QStringLiteral("A"), QColor(0xC2, 0x18, 0x5B)),
                       company(QStringLiteral("B"), QColor(0x1F, 0x4E, 0x79))});
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(
            view.findChild<QToolButton *>(QStringLiteral("previewApplicationPageButton")),
            Qt::LeftButton);
        QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("previewBothThemesButton")),
                          Qt::LeftButton);
        for (qsizetype i = 0; i < view.count(); ++i) {
            BrandPreviewWidget *preview = view.preview(i);
            QCOMPARE(preview->page(), Page::Application);
            QCOMPARE(preview->themes(), PreviewThemes::Both);
            QTRY_VERIFY(!preview->image(Theme::Dark).isNull());
            // Stacked in the narrow column: both pages as wide as it.
            QCOMPARE(preview->image(Theme::Dark).width(), preview->image(Theme::Light).width());
            QVERIFY(preview->height() > preview->width());
        }
        // The previews' own buttons are hidden; a new set of specs keeps the choice.
        QVERIFY(!view.preview(0)
                     ->findChild<QToolButton *>(QStringLiteral("previewLightButton"))
                     ->isVisible());
        QPointer<BrandPreviewWidget> old = view.preview(0);
        view.setSpecs({company(QStringLiteral("C"), QColor(0x2E, 0x7D, 0x32))});
        QVERIFY(old.isNull());
        QCOMPARE(view.count(), 1);
        QCOMPARE(view.preview(0)->page(), Page::Application);
        QCOMPARE(view.preview(0)->themes(), PreviewThemes::Both);
    }
};

QTEST_MAIN(TestBrandComparisonView)
#include "tst_brandcomparisonview.moc"
