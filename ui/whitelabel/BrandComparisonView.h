#pragma once

#include "ui/whitelabel/BrandPreviewControls.h"
#include "ui/whitelabel/BrandPreviewSpec.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace sphair::ui {

class BrandPreviewWidget;

// Several companies' previews side by side in a row that scrolls, each captioned with the
// company's display name, with one page and theme choice for all: to see that two brands are
// not confusingly alike, or to review a batch.
class BrandComparisonView : public QWidget
{
    Q_OBJECT

public:
    // The width of one preview column, in pixels.
    static constexpr int kColumnWidth = 360;

    explicit BrandComparisonView(QWidget *parent = nullptr);

    // Replaces the previews; the page and theme choice stays.
    void setSpecs(const QList<BrandPreviewSpec> &specs);
    qsizetype count() const { return m_previews.size(); }
    BrandPreviewWidget *preview(qsizetype index) const { return m_previews.at(index); }
    // The caption above a preview: the display name on one line, elided to the column.
    QString caption(qsizetype index) const;

    void setPage(BrandPreviewRenderer::Page page);
    void setThemes(PreviewThemes themes);

private:
    BrandPreviewControls *m_controls;
    QScrollArea *m_scrollArea;
    QWidget *m_row;
    QHBoxLayout *m_rowLayout;
    QList<QWidget *> m_columns;
    QList<QLabel *> m_captions;
    QList<BrandPreviewWidget *> m_previews;
    BrandPreviewRenderer::Page m_page = BrandPreviewRenderer::Page::Login;
    PreviewThemes m_themes = PreviewThemes::Light;
};

} // namespace sphair::ui
