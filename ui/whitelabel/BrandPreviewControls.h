#pragma once

#include "ui/whitelabel/BrandPreviewRenderer.h"

#include <QWidget>

class QButtonGroup;

namespace sphair::ui {

// Which themes a preview shows.
enum class PreviewThemes { Light, Dark, Both };

// The buttons that choose a preview's page (login or application) and themes (light, dark or
// both), shared by BrandPreviewWidget and BrandComparisonView.
class BrandPreviewControls : public QWidget
{
    Q_OBJECT

public:
    explicit BrandPreviewControls(QWidget *parent = nullptr);

    // Checks the buttons; emits nothing.
    void setPage(BrandPreviewRenderer::Page page);
    void setThemes(PreviewThemes themes);

signals:
    // When a button is clicked.
    void pageClicked(sphair::ui::BrandPreviewRenderer::Page page);
    void themesClicked(sphair::ui::PreviewThemes themes);

private:
    QButtonGroup *m_pageButtons;
    QButtonGroup *m_themeButtons;
};

} // namespace sphair::ui
