#pragma once

#include "client/CompaniesClient.h"
#include "client/LicensingClient.h"
#include "client/OperationsClient.h"
#include "client/StatsClient.h"
#include "models/domain/Result.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

namespace sphair::licensing {
class KeyVault;
}

namespace sphair::ui {

// What every tab and dialog of the console shares: the platform client, the user's settings,
// the issuer-key vault, and one place to report to. The window shows reported errors in its
// message bar and information in its status bar; pages never pop up their own error boxes
// for failed calls.
class ConsoleContext : public QObject
{
    Q_OBJECT
public:
    // None of the pointers is owned; all must outlive this object. `vault` may be null when
    // the console runs without issuer keys (then licensing actions say so).
    ConsoleContext(client::PlatformClient *client, QSettings *settings, licensing::KeyVault *vault,
                   QObject *parent = nullptr);

    client::PlatformClient *client() const;
    // The per-area clients on it, for the calls of one area.
    client::CompaniesClient companies() const;
    client::LicensingClient licensing() const;
    client::StatsClient stats() const;
    client::OperationsClient operations() const;
    QSettings *settings() const;
    licensing::KeyVault *vault() const;

    // `what` says what was being done ("Saving company NORDIC"); the error's message says
    // what went wrong.
    void reportError(const QString &what, const models::Error &error);
    void reportInfo(const QString &message);

signals:
    void errorReported(const QString &what, const sphair::models::Error &error);
    void infoReported(const QString &message);

private:
    QPointer<client::PlatformClient> m_client;
    QPointer<QSettings> m_settings;
    QPointer<licensing::KeyVault> m_vault;
};

} // namespace sphair::ui
