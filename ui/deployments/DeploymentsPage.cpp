#include "ui/deployments/DeploymentsPage.h"

#include "ui/common/ConsoleContext.h"
#include "ui/deployments/DeploymentsView.h"
#include "ui/deployments/NoticesView.h"
#include "ui/deployments/WindowsView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace sphair::ui {

DeploymentsPage::DeploymentsPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("deploymentsViewTabs"));
    m_windows = new WindowsView(context, m_views);
    m_views->addTab(m_windows, tr("W&indows"));
    m_deploymentsView = new DeploymentsView(context, m_views);
    m_views->addTab(m_deploymentsView, tr("Deplo&yments"));
    m_notices = new NoticesView(context, m_views);
    m_views->addTab(m_notices, tr("N&otices"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    connect(m_windows, &WindowsView::maintenanceStateChanged, this,
            &DeploymentsPage::maintenanceStateChanged);
}

void DeploymentsPage::reload()
{
    m_windows->reload();
    m_deploymentsView->reload();
    m_notices->reload();
}

} // namespace sphair::ui
