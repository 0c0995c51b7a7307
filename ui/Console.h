#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace sphair::client {
class PlatformClient;
}
namespace sphair::licensing {
class KeyVault;
}

namespace sphair::ui {

class CompaniesPage;
class ConsoleContext;
class DeploymentsPage;
class FeaturesPage;
class KeyManagerDialog;
class LicensesPage;
class MainWindow;
class SandboxSession;
class UsagePage;
class WhiteLabelPage;
namespace shell {
class ConsoleController;
}

// The whole console put together: one network manager and platform client, the issuer-key
// vault, the context every page shares, the main window with its pages and the controller
// that wires them; with `sandbox`, the local sandbox platform as a child process. main()
// only parses the command line and creates one; the end-to-end test creates one too.
class Console : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool sandbox = false; // start sphair-platformd --sandbox and sign in to it
        QString platformdPath; // empty: next to the console
        QString sandboxDir; // empty: the user's data folder
        QString sessionKeychainService; // empty: the client's default
        QString vaultKeychainService; // empty: KeyVault's default
    };

    // `settings` is not owned and must outlive the console.
    Console(QSettings *settings, const Options &options, QObject *parent = nullptr);
    ~Console() override;

    // Shows the window, then either starts the sandbox or asks the user to sign in.
    void start();

    MainWindow *window() const { return m_window.get(); }
    ConsoleContext *context() const { return m_context; }
    client::PlatformClient *client() const { return m_client; }
    licensing::KeyVault *vault() const { return m_vault; }
    CompaniesPage *companiesPage() const { return m_companies; }
    LicensesPage *licensesPage() const { return m_licenses; }
    FeaturesPage *featuresPage() const { return m_features; }
    WhiteLabelPage *whiteLabelPage() const { return m_whiteLabel; }
    UsagePage *usagePage() const { return m_usage; }
    DeploymentsPage *deploymentsPage() const { return m_deployments; }
    SandboxSession *sandbox() const { return m_sandbox.get(); }
    // Opens (or raises) the key manager.
    KeyManagerDialog *openKeyManager();

private:
    void refreshCurrentPage();

    Options m_options;
    QSettings *m_settings;
    QNetworkAccessManager *m_network = nullptr;
    client::PlatformClient *m_client = nullptr;
    licensing::KeyVault *m_vault = nullptr;
    ConsoleContext *m_context = nullptr;
    // Declared after what it uses, so it goes first: the pages and dialogs in it still
    // talk to the context and the client while they close.
    std::unique_ptr<MainWindow> m_window;
    shell::ConsoleController *m_controller = nullptr;
    CompaniesPage *m_companies = nullptr;
    LicensesPage *m_licenses = nullptr;
    FeaturesPage *m_features = nullptr;
    WhiteLabelPage *m_whiteLabel = nullptr;
    UsagePage *m_usage = nullptr;
    DeploymentsPage *m_deployments = nullptr;
    QPointer<KeyManagerDialog> m_keyManager;
    QString m_shownSession; // profile and user the pages were loaded for
    std::unique_ptr<SandboxSession> m_sandbox;
};

} // namespace sphair::ui
