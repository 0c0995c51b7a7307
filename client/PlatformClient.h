#pragma once

#include "client/ApiCall.h"
#include "client/ApiRequest.h"
#include "client/ApiResponse.h"
#include "client/ConnectionProfile.h"
#include "client/RetryPolicy.h"
#include "models/domain/AdminSession.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace sphair::client {

class SecureTransport;
class SessionStore;

// The call engine of the platform's admin API (server/openapi.yaml) over one injected
// QNetworkAccessManager, for the connection profile set with setProfile(): transport, pinning,
// retries, idempotency, the session and the mapping of failures. It makes the /auth calls
// itself; the typed endpoint methods live in small per-area clients built on it
// (CompaniesClient, LicensingClient, StatsClient, OperationsClient; see AreaClient).
//
// Every call returns at once with an ApiCall handle (cancel(), slow(), finished()) and
// reports once through its callback, on this thread, never from inside the call itself.
// Failures are models::Error: the server's own JSON errors (code, message, details) as
// they come, and the client's (ClientError): insecure_url, pin_mismatch, pin_unknown,
// tls_error, server_unreachable, timeout, not_signed_in, unauthorized (a 401: also emits
// sessionExpired()), conflict (a 412: details carry the server's current version and its
// ETag), maintenance (a 503 "maintenance": details.retry_after_seconds; also emits
// maintenanceAnnounced()).
//
// The session token is kept in memory and in the OS keychain (SessionKeychain, key = the
// profile's name): loaded when a profile is set (calls made meanwhile wait for it), replaced
// on sign-in and refresh, removed on logout. Without a keychain, keychainFailed() is emitted
// and the session lasts until the console closes.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState {
        Unknown, // nothing sent yet
        Connected, // the last call got an answer from the trusted server
        Unreachable, // the last call could not reach the server or timed out
        Untrusted, // the last call was refused by TLS or the pin
    };
    Q_ENUM(ConnectionState)

    // Timeouts, retries, the progress threshold and whether sessions are kept.
    struct Options
    {
        std::chrono::milliseconds timeout {30000}; // per attempt, without any transfer
        RetryPolicy retry;
        std::chrono::milliseconds slowThreshold {500}; // then ApiCall::slow(), busyChanged()
        bool rememberSessions = true; // keep the session in the OS keychain
        QString keychainService; // empty: SessionKeychain::defaultService()
    };

    template<typename T>
    using Callback = std::function<void(models::Result<T>)>;
    using StatusCallback = std::function<void(models::Status)>;

    explicit PlatformClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    PlatformClient(QNetworkAccessManager *manager, const Options &options,
                   QObject *parent = nullptr);
    ~PlatformClient() override;

    // --- connection ---------------------------------------------------------------------
    // Switches to `profile`: forgets the current session (in memory; the keychain keeps
    // it) and loads the profile's session from the keychain.
    void setProfile(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }
    // Trusts the server's certificate fingerprint (from a pin_unknown error, after the user
    // compared it): the profile's pin becomes `fingerprint` and profileChanged() is emitted
    // so the caller can save it. "invalid_field" for a malformed fingerprint.
    models::Status trust(const QString &fingerprint);
    ConnectionState connectionState() const { return m_connectionState; }
    // At least one call has been running longer than the slow threshold.
    bool isBusy() const { return m_busy; }
    // Calls started and not finished yet (answered, failed or cancelled): when it is 0,
    // every answer that will ever arrive has arrived.
    qsizetype openCalls() const { return m_openCalls.size(); }

    // --- session ------------------------------------------------------------------------
    bool isSignedIn() const;
    std::optional<models::AdminSession> session() const;
    // The keychain is being read after setProfile(); calls wait for it.
    bool isRestoringSession() const;
    // Removes a profile's saved session from the keychain (e.g. when the profile is
    // deleted). Does not touch the current session of another profile.
    void forgetSession(const QString &profileName, StatusCallback done);

    ApiCall *login(const QString &username, const QString &password,
                   Callback<models::AdminSession> done);
    // Trades the refresh token for a new session ("not_signed_in" without one).
    ApiCall *refresh(Callback<models::AdminSession> done);
    // Ends the session on the server, then here and in the keychain, whatever the server
    // answered (a session it no longer knows counts as ended).
    ApiCall *logout(StatusCallback done);
    ApiCall *changePassword(const QString &currentPassword, const QString &newPassword,
                            StatusCallback done);

    // --- the engine of the per-area clients ----------------------------------------------
    template<typename T>
    using Decoder = std::function<models::Result<T>(const ApiResponse &)>;

    // Sends `request` (with the session unless request.authenticated is false) and calls
    // `done` once with `decode` of a 2xx answer, or with the mapped error.
    template<typename T>
    ApiCall *call(const ApiRequest &request, Decoder<T> decode, Callback<T> done)
    {
        return startTyped<T>(request, std::move(decode), std::move(done), Rules());
    }
    // The same for a call whose answer has no body worth reading.
    ApiCall *callStatus(const ApiRequest &request, StatusCallback done);

    // Any route, for the ones without a typed method yet: the answer when its status is
    // 2xx, the same errors as the typed calls otherwise.
    ApiCall *send(const ApiRequest &request, Callback<ApiResponse> done);

signals:
    void connectionStateChanged(sphair::client::PlatformClient::ConnectionState state);
    void busyChanged(bool busy);
    // Signed in, signed out, refreshed, or restored from the keychain.
    void sessionChanged();
    // A call that needed the session got 401: sign in again (keep the user's form). While it
    // is emitted, session() still describes the ended session; right after, the client is
    // signed out (unless the 401 answered a token that is no longer the current one).
    void sessionExpired();
    // The keychain has been read after setProfile(); `signedIn` when it held a session.
    void sessionRestored(bool signedIn);
    void sessionSaved();
    void sessionForgotten();
    // The keychain could not be used; the session lives in memory only.
    void keychainFailed(const sphair::models::Error &error);
    // A 503 "maintenance": show a banner counting down `retryAfterSeconds`.
    void maintenanceAnnounced(int retryAfterSeconds, const QString &message);
    // setProfile() switched profiles, or trust() changed the profile's pin (save it then).
    void profileChanged(const sphair::client::ConnectionProfile &profile);

private:
    // Gets the mapped outcome of a call (errors already turned into models::Error) and is
    // responsible for finishing the call and calling the user back.
    using Handler = std::function<void(ApiCall *, models::Result<ApiResponse>)>;
    // How a call uses the session, beyond ApiRequest::authenticated.
    struct Rules
    {
        bool reportExpiry = true; // a 401 emits sessionExpired() (not for logout)
        bool sendRefreshToken = false; // the body is {"refresh_token": …}, read when sent
    };
    // A call made while the keychain is being read; it runs once the session is known.
    struct Waiting
    {
        QPointer<ApiCall> call;
        ApiRequest request;
        Handler handler;
        Rules rules;
    };

    template<typename T>
    ApiCall *startTyped(const ApiRequest &request, Decoder<T> decode, Callback<T> done, Rules rules)
    {
        return start(
            request,
            [decode = std::move(decode),
             done = std::move(done)](ApiCall *call, models::Result<ApiResponse> answer) {
                models::Result<T> result =
                    answer ? decode(answer.value()) : models::Result<T>(answer.error());
                finishCall(call,
                           result ? models::Status::success() : models::Status(result.error()));
                if (done)
                    done(std::move(result));
            },
            rules);
    }
    ApiCall *startStatus(const ApiRequest &request, StatusCallback done, Rules rules);
    ApiCall *start(const ApiRequest &request, Handler handler, Rules rules);
    void run(ApiCall *call, ApiRequest request, const Handler &handler, Rules rules);
    void onAnswer(ApiCall *call, const ApiRequest &request, models::Result<ApiResponse> answer,
                  const Handler &handler, Rules rules);
    void fetchConflict(ApiCall *call, const ApiRequest &request, const models::Error &server,
                       const Handler &handler);
    static void finishCall(ApiCall *call, const models::Status &outcome);

    ApiCall *signIn(const ApiRequest &request, Callback<models::AdminSession> done, Rules rules);
    void resumeWaitingCalls(bool signedIn);
    void setConnectionState(ConnectionState state);
    void updateBusy();

    QNetworkAccessManager *m_manager;
    Options m_options;
    SecureTransport *m_transport;
    SessionStore *m_sessions;
    ConnectionProfile m_profile;
    QList<Waiting> m_waiting;
    QSet<ApiCall *> m_slowCalls;
    QSet<ApiCall *> m_openCalls;
    bool m_busy = false;
    ConnectionState m_connectionState = ConnectionState::Unknown;
};

} // namespace sphair::client
