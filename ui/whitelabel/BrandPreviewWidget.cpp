#include "ui/whitelabel/BrandPreviewWidget.h"

#include <QPainter>
#include <QVBoxLayout>

namespace sphair::ui {

namespace {

using Page = BrandPreviewRenderer::Page;
using Theme = BrandPreviewRenderer::Theme;

constexpr int kGap = 8;

std::size_t indexOf(Theme theme)
{
    return theme == Theme::Light ? 0 : 1;
}

// The largest rectangle of the page's aspect that fits `area`, centred.
QRect fitted(const QRect &area)
{
    const QSize size =
        BrandPreviewRenderer::kReferenceSize.scaled(area.size(), Qt::KeepAspectRatio);
    return {area.center() - QPoint(size.width() / 2, size.height() / 2), size};
}

} // namespace

// Where the images are painted: one or two pages of the reference aspect, as large as fit.
class BrandPreviewWidget::Canvas : public QWidget
{
public:
    explicit Canvas(BrandPreviewWidget *owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setObjectName(QStringLiteral("brandPreviewCanvas"));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMinimumSize(160, 100);
    }

    QSize sizeHint() const override
    {
        const QSize one = BrandPreviewRenderer::kReferenceSize * 0.6;
        return m_owner->themes() == Themes::Both ? QSize(2 * one.width() + kGap, one.height())
                                                 : one;
    }

    // The rectangle each shown theme is painted in.
    QList<std::pair<Theme, QRect>> placements() const
    {
        const QRect area = rect();
        switch (m_owner->themes()) {
        case Themes::Light:
            return {{Theme::Light, fitted(area)}};
        case Themes::Dark:
            return {{Theme::Dark, fitted(area)}};
        case Themes::Both:
            break;
        }
        // Side by side or one above the other, whichever shows the pages larger.
        const QRect left(area.left(), area.top(), (area.width() - kGap) / 2, area.height());
        const QRect top(area.left(), area.top(), area.width(), (area.height() - kGap) / 2);
        const QRect beside = fitted(left);
        const QRect above = fitted(top);
        if (beside.width() >= above.width()) {
            return {{Theme::Light, beside},
                    {Theme::Dark, fitted(left.translated(left.width() + kGap, 0))}};
        }
        return {{Theme::Light, above},
                {Theme::Dark, fitted(top.translated(0, top.height() + kGap))}};
    }

protected:
    void paintEvent(QPaintEvent * /*event*/) override
    {
        QPainter painter(this);
        int renderedNow = 0;
        for (const auto &[theme, target] : placements()) {
            if (target.isEmpty())
                continue;
            const QSize device = (QSizeF(target.size()) * devicePixelRatioF()).toSize();
            bool fresh = false;
            const QImage &image = m_owner->imageAt(theme, device, &fresh);
            renderedNow += fresh ? 1 : 0;
            painter.drawImage(QRectF(target), image);
            painter.setPen(palette().color(QPalette::Mid));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(target).adjusted(-0.5, -0.5, 0.5, 0.5));
        }
        painter.end();
        m_owner->finishPaint(renderedNow);
    }

private:
    BrandPreviewWidget *m_owner;
};

BrandPreviewWidget::BrandPreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_controls(new BrandPreviewControls(this))
    , m_canvas(new Canvas(this))
{
    m_controls->setPage(m_page);
    m_controls->setThemes(m_themes);
    connect(m_controls, &BrandPreviewControls::pageClicked, this, &BrandPreviewWidget::setPage);
    connect(m_controls, &BrandPreviewControls::themesClicked, this, &BrandPreviewWidget::setThemes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_controls);
    layout->addWidget(m_canvas, 1);
}

void BrandPreviewWidget::setSpec(const BrandPreviewSpec &spec)
{
    m_spec = spec;
    invalidate();
}

void BrandPreviewWidget::setPage(Page page)
{
    m_controls->setPage(page);
    if (page == m_page)
        return;
    m_page = page;
    invalidate();
    emit pageChanged(page);
}

void BrandPreviewWidget::setThemes(Themes themes)
{
    m_controls->setThemes(themes);
    if (themes == m_themes)
        return;
    m_themes = themes;
    m_canvas->updateGeometry();
    m_canvas->update();
    emit themesChanged(themes);
}

void BrandPreviewWidget::setControlsVisible(bool visible)
{
    m_controls->setVisible(visible);
}

QImage BrandPreviewWidget::image(Theme theme) const
{
    return m_images.at(indexOf(theme));
}

const QImage &BrandPreviewWidget::imageAt(Theme theme, QSize size, bool *renderedNow)
{
    QImage &image = m_images.at(indexOf(theme));
    *renderedNow = image.size() != size;
    if (*renderedNow) {
        image = BrandPreviewRenderer::render(m_spec, m_page, theme, size);
        ++m_renderCount;
    }
    return image;
}

void BrandPreviewWidget::invalidate()
{
    for (QImage &image : m_images)
        image = QImage();
    m_canvas->update();
}

void BrandPreviewWidget::finishPaint(int renderedNow)
{
    if (renderedNow > 0)
        emit rendered(m_renderCount);
}

} // namespace sphair::ui
