#pragma once

#include "client/ApiCall.h"
#include "client/ApiRequest.h"
#include "client/ApiResponse.h"
#include "client/AuditQuery.h"
#include "client/CompanyQuery.h"
#include "client/CompanyStatsQuery.h"
#include "client/ConnectionProfile.h"
#include "client/DeploymentQuery.h"
#include "client/IssuerKeyQuery.h"
#include "client/LicenseQuery.h"
#include "client/MaintenanceWindowQuery.h"
#include "client/RetryPolicy.h"
#include "client/UsageQuery.h"
#include "client/Versioned.h"
#include "models/domain/AdminSession.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/Company.h"
#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/CompanySettings.h"
#include "models/domain/CompanyStats.h"
#include "models/domain/Deployment.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureUpdateResult.h"
#include "models/domain/IssuedTenantToken.h"
#include "models/domain/IssuerKey.h"
#include "models/domain/LicenseRecord.h"
#include "models/domain/LicenseRegistrationResult.h"
#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceStatus.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"
#include "models/domain/StatsOverview.h"
#include "models/domain/TenantToken.h"
#include "models/domain/UsageSeries.h"
#include "models/domain/UserStats.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace sphair::client {

class SecureTransport;
class SessionKeychain;

// The typed, asynchronous client of the platform's admin API (server/openapi.yaml) over one
// injected QNetworkAccessManager, for the connection profile set with setProfile().
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

    // --- session ------------------------------------------------------------------------
    bool isSignedIn() const { return !m_sessionToken.isEmpty(); }
    std::optional<models::AdminSession> session() const { return m_session; }
    // The keychain is being read after setProfile(); calls wait for it.
    bool isRestoringSession() const { return m_restoring; }
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

    // --- companies ----------------------------------------------------------------------
    ApiCall *listCompanies(const CompanyQuery &query, Callback<models::Page<models::Company>> done);
    ApiCall *company(const QUuid &id, Callback<Versioned<models::Company>> done);
    // Sends code, name, tier, max_users and contact_email.
    ApiCall *createCompany(const models::Company &company,
                           Callback<Versioned<models::Company>> done);
    // company.id names it; `etag` from company() (If-Match).
    ApiCall *updateCompany(const models::Company &company, const QByteArray &etag,
                           Callback<Versioned<models::Company>> done);
    // `reason` goes to the audit log; `etag` may be empty (If-Match is optional here).
    ApiCall *suspendCompany(const QUuid &id, const QString &reason, const QByteArray &etag,
                            Callback<Versioned<models::Company>> done);
    ApiCall *activateCompany(const QUuid &id, const QString &reason, const QByteArray &etag,
                             Callback<Versioned<models::Company>> done);
    ApiCall *deleteCompany(const QUuid &id, const QByteArray &etag, StatusCallback done);
    ApiCall *companySettings(const QUuid &id, Callback<Versioned<models::CompanySettings>> done);
    ApiCall *updateCompanySettings(const QUuid &id, const models::CompanySettings &settings,
                                   const QByteArray &etag,
                                   Callback<Versioned<models::CompanySettings>> done);
    ApiCall *companyFeatures(const QUuid &id, Callback<Versioned<models::CompanyFeatureSet>> done);
    ApiCall *updateCompanyFeatures(const QUuid &id, const QList<models::FeatureChange> &changes,
                                   const QByteArray &etag, bool dryRun,
                                   Callback<Versioned<models::FeatureUpdateResult>> done);
    // limit, cursor, action, from and to of `query`; its other filters are for auditLog().
    ApiCall *companyAudit(const QUuid &id, const AuditQuery &query,
                          Callback<models::Page<models::AuditEntry>> done);
    // The company's tenant API tokens that are not revoked (metadata only, never a token).
    ApiCall *tenantTokens(const QUuid &companyId, Callback<QList<models::TenantToken>> done);
    // Issues a token for the tenant routes; `expiresAt` invalid: until revoked. The answer
    // carries the token this once: show it to the user, never log or keep it.
    ApiCall *issueTenantToken(const QUuid &companyId, const QString &label,
                              const QDateTime &expiresAt, Callback<models::IssuedTenantToken> done);
    // It stops working at once.
    ApiCall *revokeTenantToken(const QUuid &companyId, const QUuid &tokenId, StatusCallback done);

    // --- licenses and keys --------------------------------------------------------------
    ApiCall *listLicenses(const LicenseQuery &query,
                          Callback<models::Page<models::LicenseRecord>> done);
    // Active licenses ending within `days` (1–365), soonest first.
    ApiCall *expiringLicenses(int days, int limit, const QString &cursor,
                              Callback<models::Page<models::LicenseRecord>> done);
    ApiCall *license(const QUuid &id, Callback<Versioned<models::LicenseRecord>> done);
    // `token` exactly as signed ("v4.public.…"); never logged.
    ApiCall *registerLicense(const QString &token,
                             Callback<models::LicenseRegistrationResult> done);
    ApiCall *revokeLicense(const QUuid &id, const QString &reason, const QByteArray &etag,
                           Callback<Versioned<models::LicenseRecord>> done);
    ApiCall *listIssuerKeys(const IssuerKeyQuery &query,
                            Callback<models::Page<models::IssuerKey>> done);
    ApiCall *registerIssuerKey(const models::IssuerKey &key,
                               Callback<Versioned<models::IssuerKey>> done);
    ApiCall *issuerKey(const QString &kid, Callback<Versioned<models::IssuerKey>> done);
    // PUT /admin/keys/{kid} (key.kid names it; `etag` from issuerKey(), If-Match): label,
    // validity, caps and status (retire with status Retired; Revoked is final, and a revoked
    // key cannot come back: "key_revoked"). The public key cannot change.
    ApiCall *updateIssuerKey(const models::IssuerKey &key, const QByteArray &etag,
                             Callback<Versioned<models::IssuerKey>> done);

    // --- statistics ---------------------------------------------------------------------
    // Counts licenses ending within `expiringDays` (1–365; 0: the server's default, 30) as
    // expiring.
    ApiCall *statsOverview(int expiringDays, Callback<models::StatsOverview> done);
    ApiCall *companyStats(const CompanyStatsQuery &query,
                          Callback<models::Page<models::CompanyStats>> done);
    ApiCall *userStats(Callback<models::UserStats> done);
    // "not_found" for an unknown company; "invalid_field" for from after to or a span over
    // 366 days.
    ApiCall *usageSeries(const UsageQuery &query, Callback<models::UsageSeries> done);

    // --- operations ---------------------------------------------------------------------
    ApiCall *maintenanceStatus(Callback<models::MaintenanceStatus> done);
    // Turns maintenance mode on (or, when on, changes its message and delay): tenants then get
    // 503 with `message` and Retry-After `retryAfterSeconds` (1–86400; 0: keep the current
    // one, 300 by default).
    ApiCall *enableMaintenance(const QString &message, int retryAfterSeconds,
                               Callback<models::MaintenanceState> done);
    ApiCall *disableMaintenance(Callback<models::MaintenanceState> done);
    ApiCall *listMaintenanceWindows(const MaintenanceWindowQuery &query,
                                    Callback<models::Page<models::MaintenanceWindow>> done);
    ApiCall *maintenanceWindow(const QUuid &id,
                               Callback<Versioned<models::MaintenanceWindow>> done);
    // Plans `window` (its id is set by the server). Without starts_at and ends_at (both
    // invalid) the server plans the next default nightly window, 02:00–06:00 in the window's
    // timezone. An overlap with another window is "conflict" (details.window_id).
    ApiCall *createMaintenanceWindow(const models::MaintenanceWindow &window,
                                     Callback<Versioned<models::MaintenanceWindow>> done);
    // window.id names it; `etag` from maintenanceWindow() or createMaintenanceWindow()
    // (If-Match).
    ApiCall *updateMaintenanceWindow(const models::MaintenanceWindow &window,
                                     const QByteArray &etag,
                                     Callback<Versioned<models::MaintenanceWindow>> done);
    ApiCall *deleteMaintenanceWindow(const QUuid &id, const QByteArray &etag, StatusCallback done);

    // Starts a blue/green deployment of `version`; it runs on the server: poll deployment()
    // for its steps. Another one still running is "deployment_in_progress".
    ApiCall *startDeployment(const QString &version, Callback<models::Deployment> done);
    // A deployment with its steps.
    ApiCall *deployment(const QUuid &id, Callback<Versioned<models::Deployment>> done);
    // Newest first, without steps.
    ApiCall *deploymentHistory(const DeploymentQuery &query,
                               Callback<models::Page<models::Deployment>> done);
    // Rolls back the latest succeeded deployment; the answer is the rollback, a deployment of
    // its own (rollbackOf = id). Otherwise "conflict" with details.reason.
    ApiCall *rollbackDeployment(const QUuid &id, Callback<models::Deployment> done);

    // The whole audit log (GET /admin/audit), newest first, with every filter of `query`.
    ApiCall *auditLog(const AuditQuery &query, Callback<models::Page<models::AuditEntry>> done);

    ApiCall *featureCatalog(Callback<Versioned<models::FeatureCatalogDocument>> done);

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
    ApiCall *startTyped(const ApiRequest &request,
                        std::function<models::Result<T>(const ApiResponse &)> decode,
                        Callback<T> done, Rules rules);
    ApiCall *startStatus(const ApiRequest &request, StatusCallback done, Rules rules);
    ApiCall *start(const ApiRequest &request, Handler handler, Rules rules);
    void run(ApiCall *call, ApiRequest request, const Handler &handler, Rules rules);
    void onAnswer(ApiCall *call, const ApiRequest &request, models::Result<ApiResponse> answer,
                  const Handler &handler, Rules rules);
    void fetchConflict(ApiCall *call, const ApiRequest &request, const models::Error &server,
                       const Handler &handler);
    static void finishCall(ApiCall *call, const models::Status &outcome);

    models::Status adoptSession(const ApiResponse &response, models::AdminSession &session);
    void clearSession();
    void persistSession();
    void restoreSession();
    void setConnectionState(ConnectionState state);
    void updateBusy();

    QNetworkAccessManager *m_manager;
    Options m_options;
    SecureTransport *m_transport;
    SessionKeychain *m_keychain;
    ConnectionProfile m_profile;
    QByteArray m_sessionToken;
    QByteArray m_refreshToken;
    std::optional<models::AdminSession> m_session;
    bool m_restoring = false;
    quint64 m_profileGeneration = 0;
    QList<Waiting> m_waiting;
    QSet<ApiCall *> m_slowCalls;
    bool m_busy = false;
    ConnectionState m_connectionState = ConnectionState::Unknown;
};

} // namespace sphair::client
