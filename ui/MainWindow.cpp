#include "ui/MainWindow.h"

#include "ui/shell/MaintenanceBanner.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QColor>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sphair::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kTabKey = QStringLiteral("window/currentTab");

// Black or white, whichever reads better on `background` (WCAG relative luminance).
QString textColourOn(const QColor &background)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF()) + 0.0722 * channel(background.blueF());
    // The luminance where contrast against black equals contrast against white.
    return luminance > 0.179 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The title names the connection; the window system adds the application's display name
    // ("Sandbox — SPHAiR Admin Console") where its windows show one.
    setWindowTitle(tr("Not connected"));
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

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("environmentBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(4);
    layout->addWidget(m_banner);
    m_maintenanceBanner = new shell::MaintenanceBanner(central);
    layout->addWidget(m_maintenanceBanner);
    m_messageBar = new shell::MessageBar(central);
    layout->addWidget(m_messageBar);
    auto *tabsLayout = new QVBoxLayout;
    tabsLayout->setContentsMargins(6, 6, 6, 0);
    tabsLayout->addWidget(m_tabs);
    layout->addLayout(tabsLayout, 1);
    setCentralWidget(central);

    m_connectionState = new QLabel(central);
    m_connectionState->setObjectName(QStringLiteral("connectionStateLabel"));
    statusBar()->addPermanentWidget(m_connectionState);
    m_sessionLabel = new QLabel(central);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addPermanentWidget(m_sessionLabel);
    m_busy = new QProgressBar(central);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // indeterminate: we never know how long a call takes
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Waiting for the server"));
    m_busy->setVisible(false);
    statusBar()->addPermanentWidget(m_busy);
    m_environment = new QLabel(central);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_environment->setMargin(2);
    statusBar()->addPermanentWidget(m_environment);

    createMenus();
    clearEnvironment();
    setConnectionState(client::PlatformClient::ConnectionState::Unknown);
    setSignedInUser({});
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    auto makeAction = [this](const QString &text, const char *objectName) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(objectName));
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = makeAction(tr("&Connect…"), "connectAction");
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    file->addAction(connectAction);
    QAction *profiles = makeAction(tr("Connection &profiles…"), "profilesAction");
    connect(profiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    file->addAction(profiles);
    m_signOut = makeAction(tr("&Sign out"), "signOutAction");
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addAction(m_signOut);
    file->addSeparator();
    QAction *quit = makeAction(tr("&Quit"), "quitAction");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = makeAction(tr("&Refresh"), "refreshAction");
    // F5 everywhere, plus the platform's own refresh keys (Ctrl+R on some desktops).
    QList<QKeySequence> refreshKeys {QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys.append(key);
    }
    refresh->setShortcuts(refreshKeys);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    view->addAction(refresh);
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *show = new QAction(this);
        show->setObjectName(QStringLiteral("showTabAction%1").arg(i + 1));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        // The tab title without its mnemonic marker.
        show->setText(QString(m_tabs->tabText(i)).remove(QLatin1Char('&')));
        connect(show, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        view->addAction(show);
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *keys = makeAction(tr("&Key manager…"), "keyManagerAction");
    keys->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(keys, &QAction::triggered, this, &MainWindow::keyManagerRequested);
    tools->addAction(keys);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = makeAction(tr("&About SPHAiR Admin Console"), "aboutAction");
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(about);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About SPHAiR Admin Console"),
                                tr("<b>SPHAiR Admin Console</b> %1<br>"
                                   "Companies, licenses, white-label branding, features, usage "
                                   "and deployments of the SPHAiR platform.<br>"
                                   "BRIGHTSTEP TECHNOLOGIES")
                                    .arg(QApplication::applicationVersion().toHtmlEscaped()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::setPage(const QString &objectName, QWidget *page)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *old = m_tabs->widget(i);
        if (old->objectName() != objectName)
            continue;
        const QString title = m_tabs->tabText(i);
        const bool current = m_tabs->currentIndex() == i;
        page->setObjectName(objectName);
        // Blocked so that pages do not see a spurious currentChanged while they are swapped.
        const QSignalBlocker blocker(m_tabs);
        m_tabs->removeTab(i);
        m_tabs->insertTab(i, page, title);
        if (current)
            m_tabs->setCurrentIndex(i);
        old->deleteLater();
        return true;
    }
    return false;
}

QString MainWindow::badgeText(const QString &profileName, const QString &environmentName)
{
    if (profileName.trimmed().compare(environmentName.trimmed(), Qt::CaseInsensitive) == 0)
        return environmentName.toUpper();
    return tr("%1 — %2").arg(environmentName.toUpper(), profileName);
}

void MainWindow::showEnvironment(const QString &profileName, const QString &environmentName,
                                 const QString &colour)
{
    const QColor background(colour);
    const QString text = textColourOn(background.isValid() ? background : QColor(Qt::gray));
    const QString badge = badgeText(profileName, environmentName);
    m_environment->setText(badge);
    m_environment->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                       "padding: 2px 8px; }")
            .arg(colour, text));
    m_banner->setText(badge);
    m_banner->setToolTip(tr("Connected through the profile “%1” to the %2 environment.")
                             .arg(profileName, environmentName));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; "
                                           "font-weight: bold; font-size: 12pt; }")
                                .arg(colour, text));
    m_banner->setAccessibleName(badge);
    if (profileName.trimmed().compare(environmentName.trimmed(), Qt::CaseInsensitive) == 0)
        setWindowTitle(environmentName);
    else
        setWindowTitle(tr("%1 (%2)").arg(profileName, environmentName));
}

void MainWindow::clearEnvironment()
{
    m_environment->setText(tr("No connection"));
    m_environment->setStyleSheet(QStringLiteral("QLabel { padding: 2px 8px; }"));
    m_banner->setText(tr("Not connected to a platform"));
    m_banner->setToolTip({});
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #616161; color: #ffffff; font-weight: bold; }"));
    setWindowTitle(tr("Not connected"));
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::setConnectionState(client::PlatformClient::ConnectionState state)
{
    using State = client::PlatformClient::ConnectionState;
    QString text;
    QString tip;
    switch (state) {
    case State::Unknown:
        text = tr("Not connected");
        tip = tr("Nothing has been sent to the server yet.");
        break;
    case State::Connected:
        text = tr("Connected");
        tip = tr("The last call was answered by the trusted server.");
        break;
    case State::Unreachable:
        text = tr("Server unreachable");
        tip = tr("The last call could not reach the server or timed out.");
        break;
    case State::Untrusted:
        text = tr("Not trusted");
        tip = tr("The server's certificate was refused: it is not the one this profile trusts.");
        break;
    }
    m_connectionState->setText(text);
    m_connectionState->setToolTip(tip);
}

void MainWindow::setSignedInUser(const QString &username)
{
    m_sessionLabel->setText(username.isEmpty() ? tr("Not signed in")
                                               : tr("Signed in as %1").arg(username));
    m_signOut->setEnabled(!username.isEmpty());
}

void MainWindow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kTabKey, m_tabs->currentIndex());
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    if (settings.contains(kGeometryKey))
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (settings.contains(kStateKey))
        restoreState(settings.value(kStateKey).toByteArray());
    const int tab = settings.value(kTabKey, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit closing();
    QMainWindow::closeEvent(event);
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
