#pragma once

#include "ui/whitelabel/BrandPreviewControls.h"
#include "ui/whitelabel/BrandPreviewRenderer.h"
#include "ui/whitelabel/BrandPreviewSpec.h"

#include <QImage>
#include <QWidget>

#include <array>

namespace sphair::ui {

// The white-label preview: one company's login page or application page, light, dark or both
// side by side, drawn by BrandPreviewRenderer. setSpec() is cheap enough for every keystroke:
// it only marks the images out of date; the next paint renders the ones shown, once, and
// keeps them until the spec, the page or the size changes.
class BrandPreviewWidget : public QWidget
{
    Q_OBJECT

public:
    using Themes = PreviewThemes;

    explicit BrandPreviewWidget(QWidget *parent = nullptr);

    void setSpec(const BrandPreviewSpec &spec);
    const BrandPreviewSpec &spec() const { return m_spec; }

    void setPage(BrandPreviewRenderer::Page page);
    BrandPreviewRenderer::Page page() const { return m_page; }
    void setThemes(Themes themes);
    Themes themes() const { return m_themes; }
    // The page and theme buttons above the preview; BrandComparisonView hides them and offers
    // one set for all its previews.
    void setControlsVisible(bool visible);

    // Images rendered so far: grows by one for each image a paint had to render.
    int renderCount() const { return m_renderCount; }
    // The image last rendered for the current page in `theme`; null before the first paint
    // that showed it and after a change, until the next paint.
    QImage image(BrandPreviewRenderer::Theme theme) const;

signals:
    void pageChanged(sphair::ui::BrandPreviewRenderer::Page page);
    void themesChanged(sphair::ui::PreviewThemes themes);
    // After a paint rendered new images, with the new renderCount().
    void rendered(int renderCount);

private:
    class Canvas;

    // The current page's image in `theme` at `size` device pixels, rendered when out of date.
    const QImage &imageAt(BrandPreviewRenderer::Theme theme, QSize size, bool *renderedNow);
    void invalidate();
    void finishPaint(int renderedNow);

    BrandPreviewSpec m_spec;
    BrandPreviewRenderer::Page m_page = BrandPreviewRenderer::Page::Login;
    Themes m_themes = Themes::Both;
    std::array<QImage, 2> m_images; // by theme, for m_page
    int m_renderCount = 0;
    BrandPreviewControls *m_controls = nullptr;
    Canvas *m_canvas = nullptr;
};

} // namespace sphair::ui
