#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "client/SessionKeychain.h"
#include "tests/support/PlatformFixture.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace sphair;
using namespace std::chrono_literals;
using client::ConnectionProfile;
using client::PlatformClient;
using tests::PlatformFixture;

namespace {

constexpr int kWaitMs = 20000;

template<typename T>
struct Outcome
{
    std::optional<models::Result<T>> result;

    std::function<void(models::Result<T>)> callback()
    {
        return [this](models::Result<T> answer) {
            result.emplace(std::move(answer));
        };
    }
    bool arrived() const { return result.has_value(); }
    QString code() const { return result->ok() ? QStringLiteral("ok") : result->error().code; }
};

struct Harness
{
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<PlatformClient> client;
};

// What the OS keychain holds for a profile, read with QtKeychain itself (not through the
// class under test): the service and key names are part of the contract.
struct KeychainEntry
{
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data;
};

KeychainEntry readEntry(const QString &profileName)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("SPHAiR admin sessions"));
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(profileName);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(kWaitMs))
        qFatal("the keychain did not answer");
    return {job.error(), job.binaryData()};
}

} // namespace

// The admin session in the real OS keychain (gnome-keyring under a private D-Bus session,
// tests/support/with-keyring.sh): saved on sign-in, restored by a new client, per profile,
// removed on logout; never anywhere else.
class TestSessionKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start(PlatformFixture::Backend::Sqlite);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run under tests/support/with-keyring.sh (ctest -L keychain)");
    }

    void cleanup() { m_harnesses.clear(); }

    void savedOnSignInRestoredAndClearedOnLogout()
    {
        const ConnectionProfile sandbox = profile(QStringLiteral("Keychain sandbox"));
        PlatformClient *first = newClient();
        QSignalSpy restored(first, &PlatformClient::sessionRestored);
        first->setProfile(sandbox);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kWaitMs);
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(readEntry(sandbox.name).error, QKeychain::EntryNotFound);

        QSignalSpy saved(first, &PlatformClient::sessionSaved);
        QSignalSpy failed(first, &PlatformClient::keychainFailed);
        QVERIFY(signIn(first));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(failed.count(), 0);
        const KeychainEntry entry = readEntry(sandbox.name);
        QCOMPARE(entry.error, QKeychain::NoError);
        const QJsonObject stored = QJsonDocument::fromJson(entry.data).object();
        QVERIFY(
            stored.value(QStringLiteral("token")).toString().startsWith(QStringLiteral("sphs_")));
        QVERIFY(stored.value(QStringLiteral("refresh_token"))
                    .toString()
                    .startsWith(QStringLiteral("sphr_")));
        // The session as the Session schema shapes it, without its tokens (AdminSession).
        QCOMPARE(stored.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("admin"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("root"));

        // A new client (the console started again) is signed in from the keychain, and a call
        // made before the keychain has answered waits for it.
        PlatformClient *second = newClient();
        QSignalSpy restoredAgain(second, &PlatformClient::sessionRestored);
        second->setProfile(sandbox);
        QVERIFY(second->isRestoringSession());
        Outcome<models::Page<models::Company>> page;
        client::CompaniesClient(second).list(client::CompanyQuery {}, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
        QVERIFY2(page.result->ok(), qPrintable(page.result->error().message));
        QCOMPARE(restoredAgain.count(), 1);
        QCOMPARE(restoredAgain.first().first().toBool(), true);
        QVERIFY(second->isSignedIn());
        QCOMPARE(second->session()->username, QStringLiteral("root"));

        // Logout ends the session on the server and removes it from the keychain.
        QSignalSpy forgotten(second, &PlatformClient::sessionForgotten);
        Outcome<void> loggedOut;
        second->logout(loggedOut.callback());
        QTRY_VERIFY_WITH_TIMEOUT(loggedOut.arrived(), kWaitMs);
        QVERIFY(loggedOut.result->ok());
        QVERIFY(!second->isSignedIn());
        QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, kWaitMs);
        QCOMPARE(readEntry(sandbox.name).error, QKeychain::EntryNotFound);

        PlatformClient *third = newClient();
        QSignalSpy restoredNone(third, &PlatformClient::sessionRestored);
        third->setProfile(sandbox);
        QTRY_COMPARE_WITH_TIMEOUT(restoredNone.count(), 1, kWaitMs);
        QCOMPARE(restoredNone.first().first().toBool(), false);

        // The first client still holds the ended session in memory: the server refuses it.
        QSignalSpy expired(first, &PlatformClient::sessionExpired);
        Outcome<models::Page<models::Company>> stale;
        client::CompaniesClient(first).list(client::CompanyQuery {}, stale.callback());
        QTRY_VERIFY_WITH_TIMEOUT(stale.arrived(), kWaitMs);
        QCOMPARE(stale.code(), QStringLiteral("unauthorized"));
        QCOMPARE(expired.count(), 1);
    }

    void sessionsArePerProfile()
    {
        const ConnectionProfile staging = profile(QStringLiteral("Keychain staging"));
        const ConnectionProfile other = profile(QStringLiteral("Keychain other"));
        PlatformClient *client = newClient();
        QSignalSpy restored(client, &PlatformClient::sessionRestored);
        client->setProfile(staging);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kWaitMs);
        QSignalSpy saved(client, &PlatformClient::sessionSaved);
        QVERIFY(signIn(client));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);

        client->setProfile(other);
        QVERIFY(!client->isSignedIn());
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 2, kWaitMs);
        QCOMPARE(restored.last().first().toBool(), false);
        client->setProfile(staging);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 3, kWaitMs);
        QCOMPARE(restored.last().first().toBool(), true);

        // Deleting a profile forgets its session.
        Outcome<void> forgotten;
        client->forgetSession(staging.name, forgotten.callback());
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.arrived(), kWaitMs);
        QVERIFY(forgotten.result->ok());
        QCOMPARE(readEntry(staging.name).error, QKeychain::EntryNotFound);
    }

    void sessionKeychainDirectly()
    {
        client::SessionKeychain keychain;
        QCOMPARE(keychain.service(), QStringLiteral("SPHAiR admin sessions"));
        Outcome<QByteArray> missing;
        keychain.read(QStringLiteral("Keychain nobody"), missing.callback());
        QTRY_VERIFY_WITH_TIMEOUT(missing.arrived(), kWaitMs);
        QVERIFY(missing.result->ok());
        QVERIFY(missing.result->value().isEmpty());
        Outcome<void> written;
        keychain.write(QStringLiteral("Keychain direct"), R"({"token":"x"})", written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), kWaitMs);
        QVERIFY(written.result->ok());
        Outcome<QByteArray> read;
        keychain.read(QStringLiteral("Keychain direct"), read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), kWaitMs);
        QCOMPARE(read.result->value(), QByteArray(R"({"token":"x"})"));
        Outcome<void> removed;
        keychain.remove(QStringLiteral("Keychain direct"), removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.arrived(), kWaitMs);
        QVERIFY(removed.result->ok());
        Outcome<void> removedAgain;
        keychain.remove(QStringLiteral("Keychain direct"), removedAgain.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removedAgain.arrived(), kWaitMs);
        QVERIFY(removedAgain.result->ok());
    }

private:
    ConnectionProfile profile(const QString &name) const
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.baseUrl = QUrl(m_platform.baseUrl());
        profile.environment = client::Environment::Sandbox;
        profile.pin = m_platform.pin();
        return profile;
    }

    PlatformClient *newClient()
    {
        PlatformClient::Options options;
        options.timeout = 10s;
        options.retry.firstDelay = 50ms;
        options.rememberSessions = true;
        auto harness = std::make_unique<Harness>();
        harness->manager = std::make_unique<QNetworkAccessManager>();
        harness->client = std::make_unique<PlatformClient>(harness->manager.get(), options);
        m_harnesses.push_back(std::move(harness));
        return m_harnesses.back()->client.get();
    }

    static bool signIn(PlatformClient *client)
    {
        Outcome<models::AdminSession> login;
        client->login(QStringLiteral("root"), QStringLiteral("test password for root"),
                      login.callback());
        if (!QTest::qWaitFor([&login] { return login.arrived(); }, kWaitMs))
            return false;
        if (!login.result->ok())
            qWarning("sign-in failed: %s", qPrintable(login.result->error().message));
        return login.result->ok() && client->isSignedIn();
    }

    PlatformFixture m_platform;
    std::vector<std::unique_ptr<Harness>> m_harnesses;
};

QTEST_GUILESS_MAIN(TestSessionKeychain)
#include "tst_sessionkeychain.moc"
