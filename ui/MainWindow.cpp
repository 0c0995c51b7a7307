#include "ui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sphair::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SPHAiR Admin Console"));
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));

    struct Page
    {
        const char *objectName;
        QString title;
        QString summary;
    };
    const Page pages[] = {
        {"companiesPage", tr("&Companies"),
         tr("Companies: every tenant with its tier, users and license status.")},
        {"licensesPage", tr("&Licenses"),
         tr("Licenses: issue, renew, revoke and import signed licenses.")},
        {"whiteLabelPage", tr("&White-label"),
         tr("White-label: each tenant's branding with a live preview.")},
        {"featuresPage", tr("&Features"),
         tr("Features: the tenant × feature matrix with staged edits.")},
        {"usagePage", tr("&Usage"), tr("Usage: charts of users and activity per tenant.")},
        {"deploymentsPage", tr("&Deployments"),
         tr("Deployments: maintenance windows, blue-green deployments and history.")},
    };
    for (const Page &page : pages) {
        QWidget *widget = makeComingSoonPage(page.summary);
        widget->setObjectName(QLatin1String(page.objectName));
        m_tabs->addTab(widget, page.title);
    }
    setCentralWidget(m_tabs);
    statusBar()->showMessage(tr("Not connected"));
    resize(1100, 720);
}

QWidget *MainWindow::makeComingSoonPage(const QString &summary)
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(summary + QLatin1Char('\n') + tr("This tab is not built yet."), page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    return page;
}

} // namespace sphair::ui
