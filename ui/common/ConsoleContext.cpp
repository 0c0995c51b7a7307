#include "ui/common/ConsoleContext.h"

#include "client/PlatformClient.h"
#include "licensing/vault/KeyVault.h"

namespace sphair::ui {

ConsoleContext::ConsoleContext(client::PlatformClient *client, QSettings *settings,
                               licensing::KeyVault *vault, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_vault(vault)
{ }

client::PlatformClient *ConsoleContext::client() const
{
    return m_client;
}

client::CompaniesClient ConsoleContext::companies() const
{
    return client::CompaniesClient(m_client);
}

client::LicensingClient ConsoleContext::licensing() const
{
    return client::LicensingClient(m_client);
}

client::StatsClient ConsoleContext::stats() const
{
    return client::StatsClient(m_client);
}

client::OperationsClient ConsoleContext::operations() const
{
    return client::OperationsClient(m_client);
}

QSettings *ConsoleContext::settings() const
{
    return m_settings;
}

licensing::KeyVault *ConsoleContext::vault() const
{
    return m_vault;
}

void ConsoleContext::reportError(const QString &what, const models::Error &error)
{
    emit errorReported(what, error);
}

void ConsoleContext::reportInfo(const QString &message)
{
    emit infoReported(message);
}

} // namespace sphair::ui
