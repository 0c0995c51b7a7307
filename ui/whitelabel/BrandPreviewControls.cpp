#include "ui/whitelabel/BrandPreviewControls.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace sphair::ui {

BrandPreviewControls::BrandPreviewControls(QWidget *parent)
    : QWidget(parent)
    , m_pageButtons(new QButtonGroup(this))
    , m_themeButtons(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [&](QButtonGroup *group, int id, const QString &objectName,
                               const QString &text) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button, id);
        layout->addWidget(button);
    };
    using Page = BrandPreviewRenderer::Page;
    addButton(m_pageButtons, static_cast<int>(Page::Login),
              QStringLiteral("previewLoginPageButton"), tr("Login page"));
    addButton(m_pageButtons, static_cast<int>(Page::Application),
              QStringLiteral("previewApplicationPageButton"), tr("Application"));
    layout->addStretch();
    addButton(m_themeButtons, static_cast<int>(PreviewThemes::Light),
              QStringLiteral("previewLightButton"), tr("Light"));
    addButton(m_themeButtons, static_cast<int>(PreviewThemes::Dark),
              QStringLiteral("previewDarkButton"), tr("Dark"));
    addButton(m_themeButtons, static_cast<int>(PreviewThemes::Both),
              QStringLiteral("previewBothThemesButton"), tr("Light and dark"));
    connect(m_pageButtons, &QButtonGroup::idClicked, this,
            [this](int id) { emit pageClicked(static_cast<Page>(id)); });
    connect(m_themeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { emit themesClicked(static_cast<PreviewThemes>(id)); });
}

void BrandPreviewControls::setPage(BrandPreviewRenderer::Page page)
{
    m_pageButtons->button(static_cast<int>(page))->setChecked(true);
}

void BrandPreviewControls::setThemes(PreviewThemes themes)
{
    m_themeButtons->button(static_cast<int>(themes))->setChecked(true);
}

} // namespace sphair::ui
