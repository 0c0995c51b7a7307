#include "ui/Console.h"

#include "client/PlatformClient.h"
#include "licensing/vault/KeyVault.h"
#include "ui/MainWindow.h"
#include "ui/SandboxSession.h"
#include "ui/common/ConsoleContext.h"
#include "ui/companies/CompaniesPage.h"
#include "ui/deployments/DeploymentsPage.h"
#include "ui/features/FeaturesPage.h"
#include "ui/keys/KeyManagerDialog.h"
#include "ui/licenses/LicensesPage.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/MaintenanceBanner.h"
#include "ui/usage/UsagePage.h"
#include "ui/whitelabel/WhiteLabelPage.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>

namespace sphair::ui {

Console::Console(QSettings *settings, const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
{
    m_network = new QNetworkAccessManager(this);
    client::PlatformClient::Options clientOptions;
    // The sandbox prints a fresh one-time password at every start: nothing to remember.
    clientOptions.rememberSessions = !options.sandbox;
    clientOptions.keychainService = options.sessionKeychainService;
    m_client = new client::PlatformClient(m_network, clientOptions, this);
    const QString vaultService = options.vaultKeychainService.isEmpty()
        ? licensing::KeyVault::defaultKeychainService()
        : options.vaultKeychainService;
    m_vault = new licensing::KeyVault(settings, vaultService, this);
    m_context = new ConsoleContext(m_client, settings, m_vault, this);

    m_window = std::make_unique<MainWindow>();
    m_controller = new shell::ConsoleController(m_window.get(), m_context);
    m_companies = new CompaniesPage(m_context);
    m_window->setPage(QStringLiteral("companiesPage"), m_companies);
    m_licenses = new LicensesPage(m_context);
    m_window->setPage(QStringLiteral("licensesPage"), m_licenses);
    m_features = new FeaturesPage(m_context);
    m_window->setPage(QStringLiteral("featuresPage"), m_features);
    m_whiteLabel = new WhiteLabelPage(m_context);
    m_window->setPage(QStringLiteral("whiteLabelPage"), m_whiteLabel);
    m_usage = new UsagePage(m_context);
    m_window->setPage(QStringLiteral("usagePage"), m_usage);
    // A bar of the utilisation chart: the company in the Companies tab.
    connect(m_usage, &UsagePage::companyRequested, this, [this](const QUuid &id) {
        m_window->tabs()->setCurrentWidget(m_companies);
        if (!m_companies->selectCompany(id))
            m_context->reportInfo(tr("That company is not in the Companies list as it is "
                                     "filtered now; clear the search to see it."));
    });

    m_deployments = new DeploymentsPage(m_context);
    m_window->setPage(QStringLiteral("deploymentsPage"), m_deployments);
    // Maintenance mode as the Deployments tab last heard it: always in the banner.
    connect(m_deployments, &DeploymentsPage::maintenanceStateChanged, m_window->maintenanceBanner(),
            &shell::MaintenanceBanner::showMode);

    connect(m_window.get(), &MainWindow::refreshRequested, this, &Console::refreshCurrentPage);
    // Signed in to another platform or as someone else: what the pages show is not theirs.
    connect(m_client, &client::PlatformClient::sessionChanged, this, [this] {
        if (!m_client->isSignedIn())
            return;
        const QString who = m_client->profile().name + u'\n' + m_client->session()->username;
        if (who == m_shownSession)
            return;
        const bool first = m_shownSession.isEmpty();
        m_shownSession = who;
        if (!first) // the Companies tab loads by itself on the first sign-in
            m_companies->refresh();
        m_licenses->refresh();
        m_features->refresh();
        m_usage->reload();
        m_deployments->reload();
    });
    connect(m_window.get(), &MainWindow::keyManagerRequested, this, &Console::openKeyManager);
}

Console::~Console()
{
    // The sandbox child stops first; then the window (and its pages) before the context.
    m_sandbox.reset();
    m_window.reset();
}

void Console::start()
{
    m_window->show();
    if (!m_options.sandbox) {
        m_controller->start();
        return;
    }
    m_sandbox = std::make_unique<SandboxSession>(m_client);
    connect(m_sandbox.get(), &SandboxSession::progress, m_window.get(),
            [this](const QString &message) { m_window->showStatus(message); });
    connect(m_sandbox.get(), &SandboxSession::failed, m_context,
            [this](const models::Error &error) {
                m_context->reportError(tr("Starting the sandbox platform"), error);
            });
    connect(m_sandbox.get(), &SandboxSession::connected, m_window.get(),
            [this](const client::ConnectionProfile &, const QString &user) {
                m_window->showStatus(tr("Signed in to the sandbox as %1.").arg(user), 10000);
            });
    m_sandbox->start(m_options.platformdPath, m_options.sandboxDir);
}

KeyManagerDialog *Console::openKeyManager()
{
    if (!m_keyManager) {
        m_keyManager = new KeyManagerDialog(m_context, m_window.get());
        // The Licenses tab lists the vault's keys in its issue dialog and checks imports
        // against them: bring it up to date when the key manager closes.
        connect(m_keyManager, &QDialog::finished, m_licenses, &LicensesPage::refresh);
    }
    m_keyManager->show();
    m_keyManager->raise();
    m_keyManager->activateWindow();
    return m_keyManager;
}

void Console::refreshCurrentPage()
{
    QWidget *current = m_window->tabs()->currentWidget();
    if (current == m_companies)
        m_companies->refresh();
    else if (current == m_licenses)
        m_licenses->refresh();
    else if (current == m_features)
        m_features->refresh();
    else if (current == m_whiteLabel)
        m_whiteLabel->refresh();
    else if (current == m_usage)
        m_usage->reload();
    else if (current == m_deployments)
        m_deployments->reload();
}

} // namespace sphair::ui
