#include "client/ClientError.h"
#include "client/CompaniesClient.h"
#include "client/LicensingClient.h"
#include "client/OperationsClient.h"
#include "client/PlatformClient.h"
#include "licensing/Ed25519Keys.h"
#include "licensing/LicenseClaims.h"
#include "licensing/LicenseSigner.h"
#include "licensing/Paserk.h"
#include "models/domain/WireTime.h"
#include "tests/client/TcpRelay.h"
#include "tests/support/PlatformFixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace sphair;
using namespace std::chrono_literals;
using client::ApiCall;
using client::ApiRequest;
using client::ApiResponse;
using client::ConnectionProfile;
using client::PlatformClient;
using client::Versioned;
using tests::ApiReply;
using tests::PlatformFixture;
using tests::TcpRelay;

namespace {

constexpr int kWaitMs = 20000;

// Collects the one answer of an asynchronous call.
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
    const models::Error &error() const { return result->error(); }
    QString code() const { return result->ok() ? QStringLiteral("ok") : result->error().code; }
};

// A client with its own network access manager; the client goes first.
struct Harness
{
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<PlatformClient> client;
};

PlatformClient::Options fastOptions()
{
    PlatformClient::Options options;
    options.timeout = 10s;
    options.retry.maxAttempts = 3;
    options.retry.firstDelay = 50ms;
    options.rememberSessions = false; // the keychain has its own test (tst_sessionkeychain)
    return options;
}

QString otherPin()
{
    return QString::fromLatin1(QByteArray(32, 'w').toBase64());
}

models::Company companyDraft(const QString &code)
{
    models::Company company;
    company.code = code;
    company.name = QStringLiteral("Client test ") + code;
    company.tier = models::Tier::Small;
    company.maxUsers = 5;
    company.contactEmail = QStringLiteral("ops@") + code.toLower() + QStringLiteral(".example");
    return company;
}

} // namespace

// PlatformClient against the real PlatformServer over TLS (SQLite): pinning, trust on first
// use, plain-HTTP refusal, 401, 412, 503 maintenance, server down, retries, cancellation,
// progress, and the typed routes. The only stand-in is TcpRelay (a TCP-level fault injector
// in front of the real server) for dropped connections and a server that never answers.
class TestPlatformClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No keychain in this process (tst_sessionkeychain runs with one): QtKeychain's D-Bus
        // backends then fail as on a machine without a Secret Service.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sphair-test-bus");
        auto started = m_platform.start(PlatformFixture::Backend::Sqlite);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void cleanup()
    {
        m_harnesses.clear();
        m_relays.clear();
    }

    // --- pinning --------------------------------------------------------------------------

    void pinnedServerIsTrusted()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QSignalSpy state(client, &PlatformClient::connectionStateChanged);
        QVERIFY(signIn(client));
        QCOMPARE(client->session()->username, QStringLiteral("root"));
        QCOMPARE(client->session()->role, models::AdminRole::Superadmin);
        QCOMPARE(client->connectionState(), PlatformClient::ConnectionState::Connected);
        QCOMPARE(state.count(), 1);
        // Two more calls, the second on the pooled connection.
        for (int i = 0; i < 2; ++i) {
            Outcome<models::Page<models::Company>> page;
            client::CompaniesClient(client).list(client::CompanyQuery {}, page.callback());
            QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
            QVERIFY2(page.result->ok(), qPrintable(page.error().message));
        }
    }

    void customCaFileAndPin()
    {
        // With the certificate as the profile's CA the chain verifies; the pin still rules.
        ConnectionProfile withCa = profile(m_platform.pin());
        withCa.caFile = m_platform.certificateFile();
        QVERIFY(signIn(newClient(withCa)));

        withCa.pin = otherPin();
        PlatformClient *wrong = newClient(withCa);
        Outcome<models::AdminSession> refused;
        wrong->login(QStringLiteral("root"), rootPassword(), refused.callback());
        QTRY_VERIFY_WITH_TIMEOUT(refused.arrived(), kWaitMs);
        QCOMPARE(refused.code(), QStringLiteral("pin_mismatch"));
        QCOMPARE(refused.error().details.value(QStringLiteral("server_pin")).toString(),
                 m_platform.pin());
    }

    void pinMismatchSendsNothing()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client));
        // The server's key "changes" from the client's point of view.
        QVERIFY(client->trust(otherPin()).ok());
        Outcome<Versioned<models::Company>> created;
        ApiCall *call = client::CompaniesClient(client).createCompany(
            companyDraft(QStringLiteral("PIN-NOPE")), created.callback());
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_VERIFY_WITH_TIMEOUT(created.arrived(), kWaitMs);
        QCOMPARE(created.code(), QStringLiteral("pin_mismatch"));
        const models::Error &error = created.error();
        QVERIFY2(error.message.contains(otherPin()) && error.message.contains(m_platform.pin()),
                 qPrintable(error.message));
        QCOMPARE(error.details.value(QStringLiteral("expected_pin")).toString(), otherPin());
        QCOMPARE(error.details.value(QStringLiteral("server_pin")).toString(), m_platform.pin());
        QCOMPARE(call->attempts(), 1); // a changed identity is not retried
        QCOMPARE(call->httpStatus(), 0);
        QCOMPARE(client->connectionState(), PlatformClient::ConnectionState::Untrusted);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        // The request never reached the server: no such company.
        const ApiReply listed =
            m_platform.admin().get(QStringLiteral("/admin/companies?q=PIN-NOPE"));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(QStringLiteral("total")).toInt(), 0);
    }

    void unknownPinThenTrust()
    {
        PlatformClient *client = newClient(profile(QString()));
        Outcome<models::AdminSession> first;
        client->login(QStringLiteral("root"), rootPassword(), first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.arrived(), kWaitMs);
        QCOMPARE(first.code(), QStringLiteral("pin_unknown"));
        const QString fingerprint =
            first.error().details.value(QStringLiteral("server_pin")).toString();
        QCOMPARE(fingerprint, m_platform.pin());
        QVERIFY(first.error().message.contains(fingerprint));
        QVERIFY(!first.error().details.value(QStringLiteral("subject")).toString().isEmpty());
        QVERIFY(!client->isSignedIn());

        QCOMPARE(client->trust(QStringLiteral("not a fingerprint")).error().code,
                 QStringLiteral("invalid_field"));
        QSignalSpy changed(client, &PlatformClient::profileChanged);
        QVERIFY(client->trust(fingerprint).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<ConnectionProfile>().pin, fingerprint);
        QCOMPARE(client->profile().pin, fingerprint);
        QVERIFY(signIn(client));
    }

    void switchingProfilesIsAnnounced()
    {
        // The window shows the environment of the profile in use from the moment it is set.
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client));
        QSignalSpy changed(client, &PlatformClient::profileChanged);
        QSignalSpy session(client, &PlatformClient::sessionChanged);
        ConnectionProfile staging = profile(m_platform.pin());
        staging.name = QStringLiteral("Staging");
        staging.environment = client::Environment::Staging;
        client->setProfile(staging);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<ConnectionProfile>().name, staging.name);
        QVERIFY(!client->isSignedIn()); // the old profile's session does not follow
        QVERIFY(session.count() >= 1);
    }

    void plainHttpIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowLoopback");
        QTest::newRow("remote") << QStringLiteral("http://platform.example.com") << false;
        QTest::newRow("remote, loopback allowed")
            << QStringLiteral("http://platform.example.com") << true;
        QTest::newRow("loopback, not allowed") << QStringLiteral("http://127.0.0.1:9") << false;
    }
    void plainHttpIsRefusedBeforeSending()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowLoopback);
        ConnectionProfile insecure = profile(m_platform.pin());
        insecure.baseUrl = QUrl(url);
        insecure.allowPlainHttpLoopback = allowLoopback;
        PlatformClient *client = newClient(insecure);
        Outcome<ApiResponse> answer;
        ApiCall *call = client->send(health(), answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), kWaitMs);
        QCOMPARE(answer.code(), QStringLiteral("insecure_url"));
        QCOMPARE(call->attempts(), 0);
    }

    void plainHttpToLoopbackWhenAllowed()
    {
        // Allowed, so it is sent; the real server speaks only TLS, so it fails there.
        ConnectionProfile loopback = profile(QString());
        loopback.baseUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_platform.server().port()));
        loopback.allowPlainHttpLoopback = true;
        PlatformClient::Options options = fastOptions();
        options.retry = client::RetryPolicy::none();
        options.timeout = 3s;
        PlatformClient *client = newClient(loopback, options);
        Outcome<ApiResponse> answer;
        ApiCall *call = client->send(health(), answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), kWaitMs);
        QVERIFY(answer.code() != QLatin1String("insecure_url"));
        QCOMPARE(call->attempts(), 1);
    }

    // --- sessions and HTTP errors ---------------------------------------------------------

    void wrongPasswordIsNotASessionExpiry()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QSignalSpy expired(client, &PlatformClient::sessionExpired);
        Outcome<models::AdminSession> login;
        client->login(QStringLiteral("root"), QStringLiteral("guess"), login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), kWaitMs);
        QCOMPARE(login.code(), QStringLiteral("invalid_credentials"));
        QVERIFY(!login.error().message.isEmpty());
        QCOMPARE(expired.count(), 0);
        QVERIFY(!client->isSignedIn());

        // Without a session, calls that need one are refused here, before sending.
        Outcome<models::Page<models::Company>> page;
        ApiCall *call =
            client::CompaniesClient(client).list(client::CompanyQuery {}, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
        QCOMPARE(page.code(), QStringLiteral("not_signed_in"));
        QCOMPARE(call->attempts(), 0);
    }

    void revokedSessionExpires()
    {
        const QString password = QStringLiteral("una's long password");
        QVERIFY(m_platform.server().createAdmin(QStringLiteral("una"), models::AdminRole::Sales,
                                                password));
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client, QStringLiteral("una"), password));
        QCOMPARE(client->session()->role, models::AdminRole::Sales);
        // Revoked on the server (as by an administrator, or by expiry).
        auto revoked = m_platform.revokeSessions(QStringLiteral("una"));
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));

        QSignalSpy expired(client, &PlatformClient::sessionExpired);
        Outcome<models::Page<models::Company>> page;
        ApiCall *call =
            client::CompaniesClient(client).list(client::CompanyQuery {}, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
        QCOMPARE(page.code(), QStringLiteral("unauthorized"));
        QCOMPARE(page.error().details.value(QStringLiteral("server_error")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(call->httpStatus(), 401);
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(expired.count(), 1);
        // The refused session is over here too: the window shows "not signed in".
        QVERIFY(!client->isSignedIn());
        QVERIFY(!client->session().has_value());
    }

    void staleEditBecomesConflict()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client));
        const auto created = createCompany(client, QStringLiteral("CONF-01"));
        QVERIFY(created);
        const QByteArray original = created->etag;
        QVERIFY(!original.isEmpty());

        models::Company first = created->value;
        first.name = QStringLiteral("Edited by the first admin");
        Outcome<Versioned<models::Company>> saved;
        client::CompaniesClient(client).updateCompany(first, original, saved.callback());
        QTRY_VERIFY_WITH_TIMEOUT(saved.arrived(), kWaitMs);
        QVERIFY2(saved.result->ok(), qPrintable(saved.error().message));
        const QByteArray current = saved.result->value().etag;
        QVERIFY(current != original);

        // A second admin still holds the original version.
        models::Company second = created->value;
        second.name = QStringLiteral("Edited by the second admin");
        Outcome<Versioned<models::Company>> stale;
        ApiCall *call =
            client::CompaniesClient(client).updateCompany(second, original, stale.callback());
        QTRY_VERIFY_WITH_TIMEOUT(stale.arrived(), kWaitMs);
        QCOMPARE(stale.code(), QStringLiteral("conflict"));
        const QJsonObject details = stale.error().details;
        QCOMPARE(details.value(QStringLiteral("server_error")).toString(),
                 QStringLiteral("precondition_failed"));
        QCOMPARE(details.value(QStringLiteral("current")).toObject().value(QStringLiteral("name")),
                 QJsonValue(first.name));
        QCOMPARE(details.value(QStringLiteral("current_etag")).toString().toLatin1(), current);
        QCOMPARE(call->httpStatus(), 412);

        // The same for a stale delete; the current ETag deletes.
        Outcome<void> staleDelete;
        client::CompaniesClient(client).deleteCompany(created->value.id, original,
                                                      staleDelete.callback());
        QTRY_VERIFY_WITH_TIMEOUT(staleDelete.arrived(), kWaitMs);
        QCOMPARE(staleDelete.code(), QStringLiteral("conflict"));
        Outcome<void> deleted;
        client::CompaniesClient(client).deleteCompany(created->value.id, current,
                                                      deleted.callback());
        QTRY_VERIFY_WITH_TIMEOUT(deleted.arrived(), kWaitMs);
        QVERIFY2(deleted.result->ok(), qPrintable(deleted.error().message));
    }

    void maintenanceBecomesABanner()
    {
        const ApiReply enabled = m_platform.admin().post(
            QStringLiteral("/admin/maintenance/enable"),
            {{QStringLiteral("message"), QStringLiteral("Upgrading to 2.14")},
             {QStringLiteral("retry_after_seconds"), 120}});
        QVERIFY2(enabled.status == 200, enabled.body);
        const auto disable = qScopeGuard(
            [this] { m_platform.admin().post(QStringLiteral("/admin/maintenance/disable"), {}); });

        PlatformClient::Options options = fastOptions();
        options.retry.firstDelay = 3s; // a retry would show in the time taken
        PlatformClient *client = newClient(profile(m_platform.pin()), options);
        QVERIFY(signIn(client));
        QSignalSpy banner(client, &PlatformClient::maintenanceAnnounced);
        // A tenant route: those answer 503 during maintenance (admin routes keep working).
        ApiRequest tenantRoute = ApiRequest::get(QStringLiteral("/api/company/settings"));
        tenantRoute.authenticated = false;
        QElapsedTimer timer;
        timer.start();
        Outcome<ApiResponse> answer;
        ApiCall *call = client->send(tenantRoute, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), kWaitMs);
        QCOMPARE(answer.code(), QStringLiteral("maintenance"));
        QCOMPARE(client::ClientError::retryAfterSeconds(answer.error()), 120);
        QCOMPARE(answer.error().message, QStringLiteral("Upgrading to 2.14"));
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(call->httpStatus(), 503);
        QVERIFY(timer.elapsed() < 2500);
        QCOMPARE(banner.count(), 1);
        QCOMPARE(banner.first().at(0).toInt(), 120);

        Outcome<models::MaintenanceStatus> status;
        client::OperationsClient(client).maintenanceStatus(status.callback());
        QTRY_VERIFY_WITH_TIMEOUT(status.arrived(), kWaitMs);
        QVERIFY2(status.result->ok(), qPrintable(status.error().message));
        QVERIFY(status.result->value().state.enabled);
        QCOMPARE(status.result->value().state.retryAfterSeconds, 120);
    }

    void serverGoneIsUnreachable()
    {
        PlatformFixture down;
        auto started = down.start(PlatformFixture::Backend::Sqlite);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        PlatformClient *client = newClient(profile(down.pin(), down.baseUrl()));
        QVERIFY(signIn(client));
        down.stop();

        Outcome<models::Page<models::Company>> page;
        ApiCall *call =
            client::CompaniesClient(client).list(client::CompanyQuery {}, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
        QCOMPARE(page.code(), QStringLiteral("server_unreachable"));
        QVERIFY(!page.error().message.isEmpty());
        QCOMPARE(call->attempts(), 3);
        QCOMPARE(client->connectionState(), PlatformClient::ConnectionState::Unreachable);
    }

    void closedPortIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        PlatformClient *client =
            newClient(profile(m_platform.pin(), QStringLiteral("https://127.0.0.1:%1").arg(port)));
        Outcome<ApiResponse> answer;
        ApiCall *call = client->send(health(), answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), kWaitMs);
        QCOMPARE(answer.code(), QStringLiteral("server_unreachable"));
        QCOMPARE(call->attempts(), 3);
    }

    // --- retries, timeouts, cancellation, progress ----------------------------------------

    void getIsRetriedAfterADroppedConnection()
    {
        TcpRelay *relay = newRelay();
        Harness *harness = newHarness(profile(m_platform.pin(), relay->url()));
        PlatformClient *client = harness->client.get();
        QVERIFY(signIn(client));
        harness->manager->clearConnectionCache(); // the next call opens a new connection
        const int before = relay->connections();
        relay->dropNext(1);
        Outcome<models::Page<models::Company>> page;
        ApiCall *call =
            client::CompaniesClient(client).list(client::CompanyQuery {}, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
        QVERIFY2(page.result->ok(), qPrintable(page.error().message));
        QCOMPARE(call->attempts(), 2);
        QCOMPARE(relay->connections() - before, 2);
    }

    void idempotentPostIsRetriedWithTheSameKey()
    {
        TcpRelay *relay = newRelay();
        Harness *harness = newHarness(profile(m_platform.pin(), relay->url()));
        PlatformClient *client = harness->client.get();
        QVERIFY(signIn(client));
        harness->manager->clearConnectionCache();
        relay->dropNext(1);
        const models::Company draft = companyDraft(QStringLiteral("RETRY-01"));
        Outcome<Versioned<models::Company>> created;
        ApiCall *call = client::CompaniesClient(client).createCompany(draft, created.callback());
        const QByteArray key = call->idempotencyKey();
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(created.arrived(), kWaitMs);
        QVERIFY2(created.result->ok(), qPrintable(created.error().message));
        QCOMPARE(call->attempts(), 2);
        QCOMPARE(call->idempotencyKey(), key);

        // The server knows the request under that key: the same POST is replayed, not redone.
        const ApiReply replay =
            m_platform.admin().post(QStringLiteral("/admin/companies"),
                                    {{QStringLiteral("code"), draft.code},
                                     {QStringLiteral("contact_email"), draft.contactEmail},
                                     {QStringLiteral("max_users"), draft.maxUsers},
                                     {QStringLiteral("name"), draft.name},
                                     {QStringLiteral("tier"), QStringLiteral("small")}},
                                    {{"Idempotency-Key", key}});
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json().value(QStringLiteral("id")).toString(),
                 created.result->value().value.id.toString(QUuid::WithoutBraces));
        const ApiReply listed =
            m_platform.admin().get(QStringLiteral("/admin/companies?q=RETRY-01"));
        QCOMPARE(listed.json().value(QStringLiteral("total")).toInt(), 1);
    }

    void nonIdempotentPostIsNotRetried()
    {
        TcpRelay *relay = newRelay();
        PlatformClient *client = newClient(profile(m_platform.pin(), relay->url()));
        relay->dropNext(1);
        Outcome<models::AdminSession> login;
        ApiCall *call = client->login(QStringLiteral("root"), rootPassword(), login.callback());
        QVERIFY(call->idempotencyKey().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), kWaitMs);
        QCOMPARE(login.code(), QStringLiteral("server_unreachable"));
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(relay->connections(), 1);
    }

    void silentServerTimesOut()
    {
        TcpRelay *relay = newRelay();
        relay->setMode(TcpRelay::Mode::Blackhole);
        PlatformClient::Options options = fastOptions();
        options.timeout = 300ms;
        PlatformClient *client = newClient(profile(m_platform.pin(), relay->url()), options);
        QElapsedTimer timer;
        timer.start();
        Outcome<ApiResponse> answer;
        ApiCall *call = client->send(health(), answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), kWaitMs);
        QCOMPARE(answer.code(), QStringLiteral("timeout"));
        QCOMPARE(call->attempts(), 3);
        QVERIFY(timer.elapsed() >= qint64(3) * 300);
        QCOMPARE(client->connectionState(), PlatformClient::ConnectionState::Unreachable);
    }

    void cancelStopsACallInFlight()
    {
        TcpRelay *relay = newRelay();
        relay->setMode(TcpRelay::Mode::Blackhole);
        PlatformClient *client = newClient(profile(m_platform.pin(), relay->url()));
        Outcome<ApiResponse> answer;
        QPointer<ApiCall> call = client->send(health(), answer.callback());
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QTRY_VERIFY_WITH_TIMEOUT(relay->connections() == 1, kWaitMs);
        QCOMPARE(client->openCalls(), 1);
        call->cancel();
        QCOMPARE(call->state(), ApiCall::State::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QCOMPARE(client->openCalls(), 0);
        // The callback lives in the call: once the call is deleted nothing is left that could
        // still call back, so "never" is checked here rather than after a pause.
        QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWaitMs); // deleted after finished()
        QVERIFY(!answer.arrived()); // a cancelled call never calls back
    }

    void cancelBeforeSendingSendsNothing()
    {
        TcpRelay *relay = newRelay();
        PlatformClient *client = newClient(profile(m_platform.pin(), relay->url()));
        Outcome<ApiResponse> answer;
        QPointer<ApiCall> call = client->send(health(), answer.callback());
        QSignalSpy finished(call.data(), &ApiCall::finished);
        call->cancel();
        call->cancel(); // twice is harmless
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWaitMs);
        QVERIFY(!answer.arrived());
        // A call sent after it through the same relay is answered over the relay's only
        // connection: the cancelled one never opened one of its own.
        Outcome<ApiResponse> next;
        client->send(health(), next.callback());
        QTRY_VERIFY_WITH_TIMEOUT(next.arrived(), kWaitMs);
        QVERIFY2(next.result->ok(), qPrintable(next.error().message));
        QCOMPARE(relay->connections(), 1);
    }

    void slowCallsShowProgress()
    {
        TcpRelay *relay = newRelay();
        relay->setMode(TcpRelay::Mode::Blackhole);
        PlatformClient *client = newClient(profile(m_platform.pin(), relay->url()));
        QSignalSpy busy(client, &PlatformClient::busyChanged);
        QElapsedTimer timer;
        timer.start();
        Outcome<ApiResponse> answer;
        QPointer<ApiCall> call = client->send(health(), answer.callback());
        QSignalSpy slow(call.data(), &ApiCall::slow);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 1, kWaitMs);
        QVERIFY(timer.elapsed() >= 450);
        QVERIFY(busy.first().first().toBool());
        QVERIFY(client->isBusy());
        QCOMPARE(slow.count(), 1);
        QVERIFY(call->isSlow());
        call->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, kWaitMs);
        QVERIFY(!busy.last().first().toBool());
        QVERIFY(!client->isBusy());
    }

    void destroyingTheClientStopsItsCalls()
    {
        TcpRelay *relay = newRelay();
        relay->setMode(TcpRelay::Mode::Blackhole);
        auto harness = std::make_unique<Harness>();
        harness->manager = std::make_unique<QNetworkAccessManager>();
        harness->client = std::make_unique<PlatformClient>(harness->manager.get(), fastOptions());
        harness->client->setProfile(profile(m_platform.pin(), relay->url()));
        Outcome<ApiResponse> answer;
        QPointer<ApiCall> call = harness->client->send(health(), answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(relay->connections() == 1, kWaitMs);
        harness->client.reset(); // e.g. the window closes with a call in flight
        // The call, and with it its callback, is gone: nothing can answer later.
        QVERIFY(call.isNull());
        QVERIFY(!answer.arrived());
    }

    void fastCallsShowNoProgress()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QSignalSpy busy(client, &PlatformClient::busyChanged);
        Outcome<ApiResponse> answer;
        QPointer<ApiCall> call = client->send(health(), answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), kWaitMs);
        QVERIFY2(answer.result->ok(), qPrintable(answer.error().message));
        // The slow timer belongs to the call: once the call is deleted it cannot fire.
        QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWaitMs);
        QCOMPARE(busy.count(), 0);
        QVERIFY(!client->isBusy());
    }

    void keychainUnavailableKeepsTheSessionInMemory()
    {
        PlatformClient::Options options = fastOptions();
        options.rememberSessions = true;
        Harness harness;
        harness.manager = std::make_unique<QNetworkAccessManager>();
        harness.client = std::make_unique<PlatformClient>(harness.manager.get(), options);
        PlatformClient *client = harness.client.get();
        QSignalSpy failed(client, &PlatformClient::keychainFailed);
        QSignalSpy restored(client, &PlatformClient::sessionRestored);
        client->setProfile(profile(m_platform.pin()));
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kWaitMs);
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(failed.count(), 1);
        const auto error = failed.first().first().value<models::Error>();
        QCOMPARE(error.code, QStringLiteral("keychain_unavailable"));
        QVERIFY(!error.message.isEmpty());

        QVERIFY(signIn(client));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs); // could not save it either
        Outcome<models::Page<models::Company>> page;
        client::CompaniesClient(client).list(client::CompanyQuery {}, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
        QVERIFY2(page.result->ok(), qPrintable(page.error().message));
    }

    // --- the typed routes -----------------------------------------------------------------

    void companyRoutes()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client));
        const auto created = createCompany(client, QStringLiteral("TYPED-01"));
        QVERIFY(created);
        const QUuid id = created->value.id;
        QCOMPARE(created->value.status, models::CompanyStatus::Active);

        Outcome<models::Page<models::Company>> page;
        client::CompanyQuery query;
        query.search = QStringLiteral("typed-01");
        query.tier = models::Tier::Small;
        query.limit = 10;
        client::CompaniesClient(client).list(query, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
        QVERIFY2(page.result->ok(), qPrintable(page.error().message));
        QCOMPARE(page.result->value().items.size(), 1);
        QCOMPARE(page.result->value().items.first().code, QStringLiteral("TYPED-01"));

        Outcome<Versioned<models::Company>> read;
        client::CompaniesClient(client).company(id, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), kWaitMs);
        QVERIFY2(read.result->ok(), qPrintable(read.error().message));
        QCOMPARE(read.result->value().etag, created->etag);

        Outcome<Versioned<models::Company>> suspended;
        client::CompaniesClient(client).suspendCompany(
            id, QStringLiteral("unpaid invoice"), read.result->value().etag, suspended.callback());
        QTRY_VERIFY_WITH_TIMEOUT(suspended.arrived(), kWaitMs);
        QVERIFY2(suspended.result->ok(), qPrintable(suspended.error().message));
        QCOMPARE(suspended.result->value().value.status, models::CompanyStatus::Suspended);
        Outcome<Versioned<models::Company>> activated;
        client::CompaniesClient(client).activateCompany(id, QString(), QByteArray(),
                                                        activated.callback());
        QTRY_VERIFY_WITH_TIMEOUT(activated.arrived(), kWaitMs);
        QVERIFY2(activated.result->ok(), qPrintable(activated.error().message));
        QCOMPARE(activated.result->value().value.status, models::CompanyStatus::Active);
        // A stale If-Match on suspend is a conflict too.
        Outcome<Versioned<models::Company>> staleSuspend;
        client::CompaniesClient(client).suspendCompany(id, QString(), created->etag,
                                                       staleSuspend.callback());
        QTRY_VERIFY_WITH_TIMEOUT(staleSuspend.arrived(), kWaitMs);
        QCOMPARE(staleSuspend.code(), QStringLiteral("conflict"));
        QCOMPARE(staleSuspend.error()
                     .details.value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("active"));

        Outcome<Versioned<models::CompanySettings>> settings;
        client::CompaniesClient(client).companySettings(id, settings.callback());
        QTRY_VERIFY_WITH_TIMEOUT(settings.arrived(), kWaitMs);
        QVERIFY2(settings.result->ok(), qPrintable(settings.error().message));
        models::CompanySettings branding = settings.result->value().value;
        branding.primaryColor = QStringLiteral("#224488");
        branding.loginTitle = QStringLiteral("Welcome");
        Outcome<Versioned<models::CompanySettings>> saved;
        client::CompaniesClient(client).updateCompanySettings(
            id, branding, settings.result->value().etag, saved.callback());
        QTRY_VERIFY_WITH_TIMEOUT(saved.arrived(), kWaitMs);
        QVERIFY2(saved.result->ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.result->value().value.primaryColor, QStringLiteral("#224488"));
        QVERIFY(saved.result->value().etag != settings.result->value().etag);

        Outcome<Versioned<models::CompanyFeatureSet>> features;
        client::CompaniesClient(client).companyFeatures(id, features.callback());
        QTRY_VERIFY_WITH_TIMEOUT(features.arrived(), kWaitMs);
        QVERIFY2(features.result->ok(), qPrintable(features.error().message));
        QCOMPARE(features.result->value().value.features.size(),
                 models::FeatureCatalog::codes().size());
        Outcome<Versioned<models::FeatureUpdateResult>> dryRun;
        client::CompaniesClient(client).updateCompanyFeatures(
            id, {{QStringLiteral("white_label"), true}}, features.result->value().etag, true,
            dryRun.callback());
        QTRY_VERIFY_WITH_TIMEOUT(dryRun.arrived(), kWaitMs);
        QVERIFY2(dryRun.result->ok(), qPrintable(dryRun.error().message));
        QVERIFY(!dryRun.result->value().value.applied);
        QCOMPARE(dryRun.result->value().value.diff.added,
                 QStringList {QStringLiteral("white_label")});
        Outcome<Versioned<models::FeatureUpdateResult>> applied;
        client::CompaniesClient(client).updateCompanyFeatures(
            id, {{QStringLiteral("white_label"), true}}, features.result->value().etag, false,
            applied.callback());
        QTRY_VERIFY_WITH_TIMEOUT(applied.arrived(), kWaitMs);
        QVERIFY2(applied.result->ok(), qPrintable(applied.error().message));
        QVERIFY(applied.result->value().value.applied);

        Outcome<models::Page<models::AuditEntry>> audit;
        client::AuditQuery auditQuery;
        auditQuery.action = QStringLiteral("company.");
        client::CompaniesClient(client).companyAudit(id, auditQuery, audit.callback());
        QTRY_VERIFY_WITH_TIMEOUT(audit.arrived(), kWaitMs);
        QVERIFY2(audit.result->ok(), qPrintable(audit.error().message));
        QStringList actions;
        for (const models::AuditEntry &entry : audit.result->value().items)
            actions.append(entry.action);
        QVERIFY2(actions.contains(QStringLiteral("company.create"))
                     && actions.contains(QStringLiteral("company.suspend")),
                 qPrintable(actions.join(u',')));
    }

    // The features slot: a change set over two companies, a stale one naming the company to
    // reload, and the tier template preview and save, read with the models' codecs.
    void featureChangeSetsAndTierPreview()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client));
        const client::CompaniesClient companies(client);
        const auto first = createCompany(client, QStringLiteral("BATCH-01"));
        const auto second = createCompany(client, QStringLiteral("BATCH-02"));
        QVERIFY(first && second);
        const auto versionOf = [&companies](const QUuid &id) -> qint64 {
            Outcome<Versioned<models::CompanyFeatureSet>> features;
            companies.companyFeatures(id, features.callback());
            if (!QTest::qWaitFor([&features] { return features.arrived(); }, kWaitMs)
                || !features.result->ok())
                return -1;
            return features.result->value().value.version;
        };
        const qint64 firstVersion = versionOf(first->value.id);
        const qint64 secondVersion = versionOf(second->value.id);
        QVERIFY(firstVersion > 0 && secondVersion > 0);

        models::FeatureChangeBatch batch;
        batch.companies = {
            {first->value.id,
             firstVersion,
             {{QStringLiteral("white_label"), true},
              models::FeatureChange::settings(QStringLiteral("multi_site"),
                                              {{QStringLiteral("max_sites"), 25}})}},
            {second->value.id, secondVersion, {{QStringLiteral("reporting"), std::nullopt}}}};
        Outcome<models::FeatureChangeBatchResult> applied;
        companies.applyFeatureChanges(batch, applied.callback());
        QTRY_VERIFY_WITH_TIMEOUT(applied.arrived(), kWaitMs);
        QVERIFY2(applied.result->ok(), qPrintable(applied.error().message));
        const models::FeatureChangeBatchResult &result = applied.result->value();
        QVERIFY(result.applied);
        QCOMPARE(result.companies.size(), 2);
        QCOMPARE(result.companies.at(0).companyId, first->value.id);
        QCOMPARE(result.companies.at(0).diff.added, QStringList {QStringLiteral("white_label")});
        QCOMPARE(result.companies.at(0).version, firstVersion + 1);
        QCOMPARE(versionOf(first->value.id), firstVersion + 1);
        // The settings travel both ways through the codecs: sent in the change, answered with
        // the defaults filled in.
        bool sitesSeen = false;
        for (const models::FeatureState &state : result.companies.at(0).features) {
            if (state.code == QLatin1String("multi_site")) {
                sitesSeen = true;
                QCOMPARE(state.config, (QJsonObject {{QStringLiteral("max_sites"), 25}}));
            }
        }
        QVERIFY(sitesSeen);

        // The matrix a page at a time (FeatureMatrixQuery through AreaClient::list): both
        // companies, by code, each with the features the per-company route answers.
        client::FeatureMatrixQuery matrix;
        matrix.search = QStringLiteral("batch-");
        matrix.limit = 1;
        QList<models::FeatureMatrixRow> rows;
        for (int pages = 1; pages <= 2; ++pages) {
            Outcome<models::Page<models::FeatureMatrixRow>> page;
            companies.list(matrix, page.callback());
            QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), kWaitMs);
            QVERIFY2(page.result->ok(), qPrintable(page.error().message));
            QCOMPARE(page.result->value().total, 2);
            QCOMPARE(page.result->value().items.size(), 1);
            QCOMPARE(page.result->value().hasMore(), pages == 1);
            rows.append(page.result->value().items);
            matrix.cursor = page.result->value().nextCursor;
        }
        QCOMPARE(rows.at(0).company.id, first->value.id);
        QCOMPARE(rows.at(1).company.id, second->value.id);
        for (const models::FeatureMatrixRow &row : std::as_const(rows)) {
            Outcome<Versioned<models::CompanyFeatureSet>> one;
            companies.companyFeatures(row.company.id, one.callback());
            QTRY_VERIFY_WITH_TIMEOUT(one.arrived(), kWaitMs);
            QVERIFY2(one.result->ok(), qPrintable(one.error().message));
            QCOMPARE(row.features, one.result->value().value);
        }

        // The same set again: both companies are stale now (each change set bumps the version),
        // and the error names them in the order sent.
        Outcome<models::FeatureChangeBatchResult> stale;
        companies.applyFeatureChanges(batch, stale.callback());
        QTRY_VERIFY_WITH_TIMEOUT(stale.arrived(), kWaitMs);
        QCOMPARE(stale.code(), QStringLiteral("precondition_failed"));
        QCOMPARE(models::FeatureChangeBatch::staleCompanyIds(stale.error()),
                 (QList<QUuid> {first->value.id, second->value.id}));

        Outcome<Versioned<models::FeatureCatalogDocument>> catalog;
        companies.featureCatalog(catalog.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catalog.arrived(), kWaitMs);
        QVERIFY2(catalog.result->ok(), qPrintable(catalog.error().message));
        const client::CompaniesClient::TierTemplates shipped = catalog.result->value().value.tiers;
        client::CompaniesClient::TierTemplates changed = shipped;
        changed[models::Tier::Small].features.removeAll(QStringLiteral("calendar"));

        Outcome<models::TierTemplatesPreview> same;
        companies.previewTierTemplates(shipped, catalog.result->value().etag, same.callback());
        QTRY_VERIFY_WITH_TIMEOUT(same.arrived(), kWaitMs);
        QVERIFY2(same.result->ok(), qPrintable(same.error().message));
        QCOMPARE(same.result->value().companiesChanged, 0);
        QVERIFY(same.result->value().companiesTotal >= 2);
        Outcome<models::TierTemplatesPreview> preview;
        companies.previewTierTemplates(changed, QByteArray(), preview.callback());
        QTRY_VERIFY_WITH_TIMEOUT(preview.arrived(), kWaitMs);
        QVERIFY2(preview.result->ok(), qPrintable(preview.error().message));
        QVERIFY(preview.result->value().companiesChanged >= 2); // both BATCH companies
        QCOMPARE(preview.result->value().catalog.tiers.value(models::Tier::Small).features,
                 changed.value(models::Tier::Small).features);

        // Saving and restoring the shipped templates.
        Outcome<Versioned<models::FeatureCatalogDocument>> saved;
        companies.updateTierTemplates(changed, catalog.result->value().etag, saved.callback());
        QTRY_VERIFY_WITH_TIMEOUT(saved.arrived(), kWaitMs);
        QVERIFY2(saved.result->ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.result->value().value.tiers.value(models::Tier::Small).features,
                 changed.value(models::Tier::Small).features);
        Outcome<Versioned<models::FeatureCatalogDocument>> restored;
        companies.updateTierTemplates(shipped, saved.result->value().etag, restored.callback());
        QTRY_VERIFY_WITH_TIMEOUT(restored.arrived(), kWaitMs);
        QVERIFY2(restored.result->ok(), qPrintable(restored.error().message));
        QCOMPARE(restored.result->value().value.tiers, shipped);
    }

    void licensingRoutes()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client));
        auto signingKey = licensing::SigningKey::generate();
        QVERIFY(signingKey.ok());
        models::IssuerKey key;
        key.publicKey = licensing::Paserk::encodePublic(signingKey->publicKey());
        key.label = QStringLiteral("Client test issuer");
        key.validFrom = models::WireTime::now().addDays(-1);
        key.maxTier = models::Tier::Large;
        key.maxUsersCap = 1000;
        Outcome<Versioned<models::IssuerKey>> registeredKey;
        client::LicensingClient(client).registerIssuerKey(key, registeredKey.callback());
        QTRY_VERIFY_WITH_TIMEOUT(registeredKey.arrived(), kWaitMs);
        QVERIFY2(registeredKey.result->ok(), qPrintable(registeredKey.error().message));
        const QString kid = registeredKey.result->value().value.kid;
        QCOMPARE(kid, licensing::Paserk::publicId(signingKey->publicKey()));

        Outcome<models::Page<models::IssuerKey>> keys;
        client::LicensingClient(client).list(client::IssuerKeyQuery {}, keys.callback());
        QTRY_VERIFY_WITH_TIMEOUT(keys.arrived(), kWaitMs);
        QVERIFY2(keys.result->ok(), qPrintable(keys.error().message));
        QVERIFY(std::any_of(keys.result->value().items.cbegin(), keys.result->value().items.cend(),
                            [&kid](const models::IssuerKey &listed) { return listed.kid == kid; }));

        const auto company = createCompany(client, QStringLiteral("LICENSED-01"));
        QVERIFY(company);
        licensing::LicenseClaims claims;
        claims.issuer = QStringLiteral("BRIGHTSTEP client test");
        claims.companyId = company->value.id;
        claims.licenseId = QUuid::createUuid();
        claims.issuedAt = models::WireTime::now();
        claims.notBefore = claims.issuedAt;
        claims.expiresAt = claims.issuedAt.addDays(20);
        claims.companyCode = company->value.code;
        claims.tier = company->value.tier;
        claims.maxUsers = company->value.maxUsers;
        claims.graceDays = 7;
        claims.seq = 1;
        auto signed_ = licensing::LicenseSigner::signWithKey(signingKey.value(), kid, claims,
                                                             models::WireTime::now(),
                                                             models::TierPolicy::defaults());
        QVERIFY2(signed_.ok(), qPrintable(signed_.error().message));
        const QString token = QString::fromLatin1(signed_->token);

        Outcome<models::LicenseRegistrationResult> registered;
        client::LicensingClient(client).registerLicense(token, registered.callback());
        QTRY_VERIFY_WITH_TIMEOUT(registered.arrived(), kWaitMs);
        QVERIFY2(registered.result->ok(), qPrintable(registered.error().message));
        QVERIFY(registered.result->value().newlyRegistered);
        QCOMPARE(registered.result->value().license.id, claims.licenseId);
        Outcome<models::LicenseRegistrationResult> again;
        client::LicensingClient(client).registerLicense(token, again.callback());
        QTRY_VERIFY_WITH_TIMEOUT(again.arrived(), kWaitMs);
        QVERIFY2(again.result->ok(), qPrintable(again.error().message));
        QVERIFY(!again.result->value().newlyRegistered);

        Outcome<models::Page<models::LicenseRecord>> listed;
        client::LicenseQuery query;
        query.companyId = company->value.id;
        client::LicensingClient(client).list(query, listed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(listed.arrived(), kWaitMs);
        QVERIFY2(listed.result->ok(), qPrintable(listed.error().message));
        QCOMPARE(listed.result->value().items.size(), 1);

        Outcome<models::Page<models::LicenseRecord>> expiring;
        client::LicensingClient(client).list(client::ExpiringLicenseQuery {}, expiring.callback());
        QTRY_VERIFY_WITH_TIMEOUT(expiring.arrived(), kWaitMs);
        QVERIFY2(expiring.result->ok(), qPrintable(expiring.error().message));
        QVERIFY(std::any_of(expiring.result->value().items.cbegin(),
                            expiring.result->value().items.cend(),
                            [&claims](const models::LicenseRecord &record) {
                                return record.id == claims.licenseId;
                            }));

        Outcome<Versioned<models::LicenseRecord>> read;
        client::LicensingClient(client).license(claims.licenseId, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), kWaitMs);
        QVERIFY2(read.result->ok(), qPrintable(read.error().message));
        QCOMPARE(read.result->value().value.token, token);

        Outcome<Versioned<models::LicenseRecord>> revoked;
        client::LicensingClient(client).revokeLicense(
            claims.licenseId, QStringLiteral("customer left"), read.result->value().etag,
            revoked.callback());
        QTRY_VERIFY_WITH_TIMEOUT(revoked.arrived(), kWaitMs);
        QVERIFY2(revoked.result->ok(), qPrintable(revoked.error().message));
        QCOMPARE(revoked.result->value().value.status, models::LicenseRecordStatus::Revoked);
        QCOMPARE(revoked.result->value().value.revokeReason, QStringLiteral("customer left"));
    }

    void catalogAndPasswordChange()
    {
        PlatformClient *client = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(client));
        Outcome<Versioned<models::FeatureCatalogDocument>> catalog;
        client::CompaniesClient(client).featureCatalog(catalog.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catalog.arrived(), kWaitMs);
        QVERIFY2(catalog.result->ok(), qPrintable(catalog.error().message));
        QCOMPARE(catalog.result->value().value.features.size(),
                 models::FeatureCatalog::codes().size());
        QCOMPARE(catalog.result->value().value.tiers.size(), 3);
        QVERIFY(!catalog.result->value().etag.isEmpty());

        const QString password = QStringLiteral("pat's first password");
        QVERIFY(m_platform.server().createAdmin(QStringLiteral("pat"), models::AdminRole::Support,
                                                password));
        PlatformClient *pat = newClient(profile(m_platform.pin()));
        QVERIFY(signIn(pat, QStringLiteral("pat"), password));
        QSignalSpy expired(pat, &PlatformClient::sessionExpired);
        Outcome<void> wrong;
        pat->changePassword(QStringLiteral("not it"), QStringLiteral("a new long password"),
                            wrong.callback());
        QTRY_VERIFY_WITH_TIMEOUT(wrong.arrived(), kWaitMs);
        QCOMPARE(wrong.code(), QStringLiteral("invalid_credentials"));
        QCOMPARE(expired.count(), 0); // a wrong password does not end the session
        Outcome<void> changed;
        pat->changePassword(password, QStringLiteral("a new long password"), changed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(changed.arrived(), kWaitMs);
        QVERIFY2(changed.result->ok(), qPrintable(changed.error().message));

        // Refresh trades the refresh token for a new session; logout ends it.
        QSignalSpy sessionChanged(pat, &PlatformClient::sessionChanged);
        Outcome<models::AdminSession> refreshed;
        pat->refresh(refreshed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.arrived(), kWaitMs);
        QVERIFY2(refreshed.result->ok(), qPrintable(refreshed.error().message));
        QCOMPARE(refreshed.result->value().username, QStringLiteral("pat"));
        Outcome<void> loggedOut;
        pat->logout(loggedOut.callback());
        QTRY_VERIFY_WITH_TIMEOUT(loggedOut.arrived(), kWaitMs);
        QVERIFY2(loggedOut.result->ok(), qPrintable(loggedOut.error().message));
        QVERIFY(!pat->isSignedIn());
        QCOMPARE(sessionChanged.count(), 2);
        Outcome<models::AdminSession> refreshAfterLogout;
        pat->refresh(refreshAfterLogout.callback());
        QTRY_VERIFY_WITH_TIMEOUT(refreshAfterLogout.arrived(), kWaitMs);
        QCOMPARE(refreshAfterLogout.code(), QStringLiteral("not_signed_in"));
    }

private:
    static QString rootPassword() { return QStringLiteral("test password for root"); }

    static ApiRequest health()
    {
        ApiRequest request = ApiRequest::get(QStringLiteral("/healthz"));
        request.authenticated = false;
        return request;
    }

    ConnectionProfile profile(const QString &pin, const QString &baseUrl = {}) const
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("Client test");
        profile.baseUrl = QUrl(baseUrl.isEmpty() ? m_platform.baseUrl() : baseUrl);
        profile.environment = client::Environment::Sandbox;
        profile.pin = pin;
        return profile;
    }

    Harness *newHarness(const ConnectionProfile &profile,
                        const PlatformClient::Options &options = fastOptions())
    {
        auto harness = std::make_unique<Harness>();
        harness->manager = std::make_unique<QNetworkAccessManager>();
        harness->client = std::make_unique<PlatformClient>(harness->manager.get(), options);
        harness->client->setProfile(profile);
        m_harnesses.push_back(std::move(harness));
        return m_harnesses.back().get();
    }

    PlatformClient *newClient(const ConnectionProfile &profile,
                              const PlatformClient::Options &options = fastOptions())
    {
        return newHarness(profile, options)->client.get();
    }

    TcpRelay *newRelay()
    {
        auto relay = std::make_unique<TcpRelay>(m_platform.server().port());
        if (!relay->listen())
            qFatal("the relay cannot listen on 127.0.0.1");
        m_relays.push_back(std::move(relay));
        return m_relays.back().get();
    }

    static bool signIn(PlatformClient *client, const QString &username = QStringLiteral("root"),
                       const QString &password = rootPassword())
    {
        Outcome<models::AdminSession> login;
        client->login(username, password, login.callback());
        if (!QTest::qWaitFor([&login] { return login.arrived(); }, kWaitMs)) {
            qWarning("sign-in did not answer");
            return false;
        }
        if (!login.result->ok()) {
            qWarning("sign-in failed: %s %s", qPrintable(login.error().code),
                     qPrintable(login.error().message));
            return false;
        }
        return client->isSignedIn() && client->session()->username == username;
    }

    static std::optional<Versioned<models::Company>> createCompany(PlatformClient *client,
                                                                   const QString &code)
    {
        Outcome<Versioned<models::Company>> created;
        client::CompaniesClient(client).createCompany(companyDraft(code), created.callback());
        if (!QTest::qWaitFor([&created] { return created.arrived(); }, kWaitMs))
            return std::nullopt;
        if (!created.result->ok()) {
            qWarning("creating %s failed: %s", qPrintable(code),
                     qPrintable(created.error().message));
            return std::nullopt;
        }
        return created.result->value();
    }

    PlatformFixture m_platform;
    std::vector<std::unique_ptr<TcpRelay>> m_relays;
    std::vector<std::unique_ptr<Harness>> m_harnesses;
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
