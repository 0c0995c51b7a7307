#include "ui/deployments/DeploymentsPage.h"

#include "ui/common/ConsoleContext.h"
#include "ui/deployments/WindowsView.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sphair::ui {

namespace {

QWidget *placeholder(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

DeploymentsPage::DeploymentsPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("deploymentsViewTabs"));
    m_windows = new WindowsView(context, m_views);
    m_views->addTab(m_windows, tr("W&indows"));
    m_views->addTab(placeholder(tr("Blue-green deployments and their history."),
                                "deploymentsPlaceholder", m_views),
                    tr("Deplo&yments"));
    m_views->addTab(
        placeholder(tr("Notices sent to company admins."), "noticesPlaceholder", m_views),
        tr("Notices"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    connect(m_windows, &WindowsView::maintenanceStateChanged, this,
            &DeploymentsPage::maintenanceStateChanged);
}

void DeploymentsPage::reload()
{
    m_windows->reload();
}

} // namespace sphair::ui
