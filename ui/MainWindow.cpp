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
    m_environment = new QLabel(tr("Not connected"), this);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_environment->setMargin(2);
    statusBar()->addPermanentWidget(m_environment);
    resize(1100, 720);
}

void MainWindow::showEnvironment(const QString &profileName, const QString &environmentName,
                                 const QString &colour)
{
    m_environment->setText(tr("%1 — %2").arg(environmentName.toUpper(), profileName));
    m_environment->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                       "padding: 2px 8px; }")
            .arg(colour));
    setWindowTitle(tr("SPHAiR Admin Console — %1 (%2)").arg(profileName, environmentName));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message);
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
