#include "tests/support/ConsoleFixture.h"

#include "client/PlatformClient.h"
#include "ui/common/ConsoleContext.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

namespace sphair::tests {

namespace {
constexpr int kWaitMs = 30000;
}

ConsoleFixture::ConsoleFixture()
    : m_owner(std::make_unique<QObject>())
{ }

ConsoleFixture::~ConsoleFixture()
{
    m_owner.reset();
    m_platform.stop();
}

QString ConsoleFixture::passwordFor(const QString &username)
{
    // The same rule as PlatformFixture::signIn().
    return QStringLiteral("test password for ") + username;
}

client::ConnectionProfile ConsoleFixture::profile() const
{
    client::ConnectionProfile profile;
    profile.name = QStringLiteral("Test platform");
    profile.baseUrl = QUrl(m_platform.baseUrl());
    profile.environment = client::Environment::Development;
    profile.pin = m_platform.pin();
    return profile;
}

models::Status ConsoleFixture::start(PlatformFixture::Backend backend)
{
    if (!m_dir.isValid())
        return models::Error {
            QStringLiteral("no_temp_dir"), QStringLiteral("cannot create a temporary folder"), {}};
    if (auto started = m_platform.start(backend); !started)
        return started;
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")),
                                             QSettings::IniFormat);
    m_network = new QNetworkAccessManager(m_owner.get());
    client::PlatformClient::Options options;
    options.rememberSessions = false;
    m_client = new client::PlatformClient(m_network, options, m_owner.get());
    m_client->setProfile(profile());
    m_context = new ui::ConsoleContext(m_client, m_settings.get(), nullptr, m_owner.get());
    return signInAs(QStringLiteral("console"), models::AdminRole::Superadmin);
}

models::Status ConsoleFixture::signInAs(const QString &username, models::AdminRole role)
{
    auto created = m_platform.signIn(username, role);
    if (!created)
        return created.error();
    std::optional<models::Result<models::AdminSession>> outcome;
    m_client->login(
        username, passwordFor(username),
        [&outcome](models::Result<models::AdminSession> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kWaitMs))
        return models::Error {QStringLiteral("timeout"),
                              QStringLiteral("the sign-in as %1 did not answer").arg(username),
                              {}};
    if (!*outcome)
        return outcome->error();
    return models::Status::success();
}

} // namespace sphair::tests
