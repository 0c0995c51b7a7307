#include "ui/whitelabel/BrandComparisonView.h"

#include "ui/whitelabel/BrandPreviewWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sphair::ui {

namespace {

// A preview's height for the column width: one page, or two stacked.
int previewHeight(PreviewThemes themes)
{
    const QSize page = BrandPreviewRenderer::kReferenceSize.scaled(
        BrandComparisonView::kColumnWidth, BrandComparisonView::kColumnWidth, Qt::KeepAspectRatio);
    return themes == PreviewThemes::Both ? 2 * page.height() + 8 : page.height();
}

} // namespace

BrandComparisonView::BrandComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_controls(new BrandPreviewControls(this))
    , m_scrollArea(new QScrollArea(this))
    , m_row(new QWidget)
    , m_rowLayout(new QHBoxLayout(m_row))
{
    m_controls->setPage(m_page);
    m_controls->setThemes(m_themes);
    connect(m_controls, &BrandPreviewControls::pageClicked, this, &BrandComparisonView::setPage);
    connect(m_controls, &BrandPreviewControls::themesClicked, this,
            &BrandComparisonView::setThemes);

    m_rowLayout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    m_rowLayout->setSpacing(16);
    m_rowLayout->addStretch();
    m_scrollArea->setObjectName(QStringLiteral("brandComparisonScrollArea"));
    m_scrollArea->setWidget(m_row);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_controls);
    layout->addWidget(m_scrollArea, 1);
}

void BrandComparisonView::setSpecs(const QList<BrandPreviewSpec> &specs)
{
    qDeleteAll(m_columns);
    m_columns.clear();
    m_captions.clear();
    m_previews.clear();
    for (const BrandPreviewSpec &spec : specs) {
        auto *column = new QWidget(m_row);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto *caption = new QLabel(column);
        caption->setObjectName(QStringLiteral("brandComparisonCaption"));
        // Plain text, one line, elided: a display name is the company's input.
        caption->setTextFormat(Qt::PlainText);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        caption->setText(caption->fontMetrics().elidedText(
            BrandPreviewRenderer::singleLine(spec.displayName), Qt::ElideRight, kColumnWidth));
        caption->setFixedWidth(kColumnWidth);
        auto *preview = new BrandPreviewWidget(column);
        preview->setControlsVisible(false);
        preview->setPage(m_page);
        preview->setThemes(m_themes);
        preview->setSpec(spec);
        preview->setFixedSize(kColumnWidth, previewHeight(m_themes));
        columnLayout->addWidget(caption);
        columnLayout->addWidget(preview);
        columnLayout->addStretch();
        m_rowLayout->insertWidget(m_rowLayout->count() - 1, column);
        m_columns.append(column);
        m_captions.append(caption);
        m_previews.append(preview);
    }
}

QString BrandComparisonView::caption(qsizetype index) const
{
    return m_captions.at(index)->text();
}

void BrandComparisonView::setPage(BrandPreviewRenderer::Page page)
{
    m_page = page;
    m_controls->setPage(page);
    for (BrandPreviewWidget *preview : std::as_const(m_previews))
        preview->setPage(page);
}

void BrandComparisonView::setThemes(PreviewThemes themes)
{
    m_themes = themes;
    m_controls->setThemes(themes);
    for (BrandPreviewWidget *preview : std::as_const(m_previews)) {
        preview->setThemes(themes);
        preview->setFixedSize(kColumnWidth, previewHeight(themes));
    }
}

} // namespace sphair::ui
