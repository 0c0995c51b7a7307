#pragma once

#include "client/ConnectionProfile.h"
#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"
#include "tests/support/PlatformFixture.h"

#include <QTemporaryDir>
#include <QtCore/qtestsupport_core.h>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace sphair::client {
class PlatformClient;
}
namespace sphair::ui {
class ConsoleContext;
}

namespace sphair::tests {

// What a console widget test needs: a real PlatformServer over TLS (PlatformFixture), a
// PlatformClient pinned to it and signed in, user settings in a temporary INI file (never the
// user's own), and a ConsoleContext over them. The client keeps its session in memory only;
// the keychain tests use the with-keyring wrapper and their own KeyVault.
class ConsoleFixture
{
public:
    ConsoleFixture();
    ~ConsoleFixture();

    // Call from initTestCase(): starts the platform and signs the client in as the superadmin
    // "console" (a role of your choice with signInAs()).
    models::Status start(PlatformFixture::Backend backend = PlatformFixture::Backend::Sqlite);
    // Signs the client in as a new admin `username` with `role` (waits for the answer).
    models::Status signInAs(const QString &username, models::AdminRole role);

    PlatformFixture &platform() { return m_platform; }
    client::PlatformClient *client() const { return m_client; }
    QSettings *settings() const { return m_settings.get(); }
    ui::ConsoleContext *context() const { return m_context; }
    // The profile the client uses: the platform's URL, its pin, environment Development.
    client::ConnectionProfile profile() const;
    // The password signInAs() gave `username`.
    static QString passwordFor(const QString &username);

private:
    QTemporaryDir m_dir;
    PlatformFixture m_platform;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager *m_network = nullptr;
    client::PlatformClient *m_client = nullptr;
    ui::ConsoleContext *m_context = nullptr;
    std::unique_ptr<QObject> m_owner; // parent of the network manager, client and context
};

// Starts a client call with `start(done)` and waits for its answer: the value, or nullopt (the
// error printed) when the call failed or took longer than `timeoutMs`.
template<typename T, typename Start>
std::optional<T> fetchValue(Start start, int timeoutMs = 60000)
{
    std::optional<T> value;
    bool done = false;
    start([&](models::Result<T> result) {
        if (result)
            value = result.value();
        else
            qWarning("%s", qPrintable(result.error().message));
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return std::nullopt;
    return value;
}

} // namespace sphair::tests
