#include "client/PlatformClient.h"

#include "client/ClientError.h"
#include "client/Logging.h"
#include "client/SecureTransport.h"
#include "client/SessionKeychain.h"
#include "client/SpkiPin.h"
#include "models/domain/ApiErrorBody.h"
#include "models/domain/SessionGrant.h"
#include "models/domain/TenantTokenList.h"
#include "models/domain/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace sphair::client {

namespace {

using models::Company;
using models::Result;
using models::Status;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString companyPath(const QUuid &id)
{
    return QStringLiteral("/admin/companies/") + idText(id);
}

QString licensePath(const QUuid &id)
{
    return QStringLiteral("/admin/licenses/") + idText(id);
}

QString windowPath(const QUuid &id)
{
    return QStringLiteral("/admin/maintenance/windows/") + idText(id);
}

QString deploymentPath(const QUuid &id)
{
    return QStringLiteral("/admin/deploy/") + idText(id);
}

QString keyPath(const QString &kid)
{
    return QStringLiteral("/admin/keys/") + kid;
}

// A POST to an /admin route: made idempotent with an Idempotency-Key, so it may be retried.
ApiRequest adminPost(const QString &path, const std::optional<QJsonObject> &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    if (body)
        request.body = QJsonDocument(*body);
    request.idempotencyKey = true;
    return request;
}

// A POST to an /auth route: no Idempotency-Key (those routes do not honour one), so never
// retried; a refresh token in particular works once.
ApiRequest authPost(const QString &path, const QJsonObject &body, bool authenticated)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body);
    request.authenticated = authenticated;
    request.idempotencyKey = false;
    return request;
}

// The input fields of a company; the server ignores the read-only ones anyway, but a request
// that carries only what it means is easier to read in a log or a proxy.
QJsonObject companyInput(const Company &company)
{
    return {
        {QStringLiteral("code"), company.code},
        {QStringLiteral("name"), company.name},
        {QStringLiteral("tier"), models::tierCode(company.tier)},
        {QStringLiteral("max_users"), company.maxUsers},
        {QStringLiteral("contact_email"), company.contactEmail},
    };
}

template<typename T>
Result<T> decodeObject(const ApiResponse &response)
{
    const auto object = response.jsonObject();
    if (!object)
        return ClientError::invalidResponse(ClientError::tr("the body is not a JSON object"),
                                            response.status);
    auto value = T::fromJson(*object);
    if (!value)
        return ClientError::invalidResponse(value.error().message, response.status);
    return std::move(value).value();
}

template<typename T>
Result<Versioned<T>> decodeVersioned(const ApiResponse &response)
{
    auto value = decodeObject<T>(response);
    if (!value)
        return value.error();
    return Versioned<T> {std::move(value).value(), response.etag()};
}

// The body of POST /admin/maintenance/windows: without times, the server plans the next
// default nightly window.
QJsonObject windowCreateInput(const models::MaintenanceWindow &window)
{
    QJsonObject body;
    if (window.startsAt.isValid() || window.endsAt.isValid()) {
        // Both, even when one is invalid: the server then names the bad field.
        body.insert(QStringLiteral("starts_at"), models::WireTime::toString(window.startsAt));
        body.insert(QStringLiteral("ends_at"), models::WireTime::toString(window.endsAt));
    }
    if (!window.timezone.isEmpty())
        body.insert(QStringLiteral("timezone"), window.timezone);
    if (!window.description.isEmpty())
        body.insert(QStringLiteral("description"), window.description);
    return body;
}

// The server's JSON error, or a plain HTTP error when the body is not one.
models::Error serverError(const ApiResponse &response)
{
    if (const auto object = response.jsonObject()) {
        if (auto body = models::ApiErrorBody::fromJson(*object))
            return body->toError();
    }
    return ClientError::httpError(response.status);
}

} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager *manager, QObject *parent)
    : PlatformClient(manager, Options {}, parent)
{ }

PlatformClient::PlatformClient(QNetworkAccessManager *manager, const Options &options,
                               QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_options(options)
    , m_transport(new SecureTransport(manager, this))
    , m_keychain(new SessionKeychain(options.keychainService.isEmpty()
                                         ? SessionKeychain::defaultService()
                                         : options.keychainService,
                                     this))
{
    m_transport->setTimeout(m_options.timeout);
    m_transport->setRetryPolicy(m_options.retry);
}

PlatformClient::~PlatformClient()
{
    // Calls first, so their replies are cut off before anything they point at goes away.
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
    m_sessionToken.fill('\0');
    m_refreshToken.fill('\0');
}

// --- connection ---------------------------------------------------------------------------

void PlatformClient::setProfile(const ConnectionProfile &profile)
{
    // Calls waiting for the old profile's session must not go to the new server.
    for (const Waiting &waiting : std::exchange(m_waiting, {})) {
        if (waiting.call)
            waiting.call->cancel();
    }
    clearSession();
    m_profile = profile;
    m_transport->setProfile(profile);
    setConnectionState(ConnectionState::Unknown);
    emit profileChanged(m_profile);
    restoreSession();
}

Status PlatformClient::trust(const QString &fingerprint)
{
    if (!SpkiPin::isWellFormed(fingerprint)) {
        return models::Error {QStringLiteral("invalid_field"),
                              tr("A certificate fingerprint is the base64 form of 32 bytes."),
                              {{QStringLiteral("field"), QStringLiteral("pin")},
                               {QStringLiteral("reason"), QStringLiteral("format")}}};
    }
    m_profile.pin = fingerprint.trimmed();
    m_transport->setProfile(m_profile);
    qCInfo(lcClient).noquote() << "now trusting the certificate" << m_profile.pin << "for"
                               << m_profile.name;
    emit profileChanged(m_profile);
    return Status::success();
}

void PlatformClient::setConnectionState(ConnectionState state)
{
    if (state == m_connectionState)
        return;
    m_connectionState = state;
    emit connectionStateChanged(state);
}

void PlatformClient::updateBusy()
{
    const bool busy = !m_slowCalls.isEmpty();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

// --- session ------------------------------------------------------------------------------

void PlatformClient::restoreSession()
{
    const quint64 generation = ++m_profileGeneration;
    if (!m_options.rememberSessions || m_profile.name.isEmpty()) {
        m_restoring = false;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_profileGeneration)
                emit sessionRestored(false);
        });
        return;
    }
    m_restoring = true;
    m_keychain->read(m_profile.name, [this, generation](Result<QByteArray> secret) {
        if (generation != m_profileGeneration)
            return;
        m_restoring = false;
        if (!secret) {
            emit keychainFailed(secret.error());
        } else if (!secret->isEmpty()) {
            const QJsonObject stored = QJsonDocument::fromJson(secret.value()).object();
            auto session =
                models::AdminSession::fromJson(stored.value(QStringLiteral("session")).toObject());
            const QByteArray token = stored.value(QStringLiteral("token")).toString().toLatin1();
            if (session && !token.isEmpty()) {
                m_sessionToken = token;
                m_refreshToken =
                    stored.value(QStringLiteral("refresh_token")).toString().toLatin1();
                m_session = session.value();
                qCInfo(lcClient).noquote()
                    << "restored the session of" << m_session->username << "for" << m_profile.name;
            } else {
                qCWarning(lcClient).noquote()
                    << "ignoring an unreadable saved session for" << m_profile.name;
            }
            secret->fill('\0');
        }
        emit sessionRestored(isSignedIn());
        if (isSignedIn())
            emit sessionChanged();
        for (const Waiting &waiting : std::exchange(m_waiting, {})) {
            if (waiting.call && !waiting.call->isFinished())
                run(waiting.call, waiting.request, waiting.handler, waiting.rules);
        }
    });
}

Status PlatformClient::adoptSession(const ApiResponse &response, models::AdminSession &session)
{
    auto grant = decodeObject<models::SessionGrant>(response);
    if (!grant)
        return grant.error();
    session = grant->session;
    m_sessionToken = grant->token;
    m_refreshToken = grant->refreshToken;
    m_session = session;
    qCInfo(lcClient).noquote() << "signed in as" << session.username << "on" << m_profile.name;
    emit sessionChanged();
    persistSession();
    return Status::success();
}

void PlatformClient::persistSession()
{
    if (!m_options.rememberSessions || m_profile.name.isEmpty() || !m_session)
        return;
    QByteArray secret =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("token"), QString::fromLatin1(m_sessionToken)},
                          {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
                          {QStringLiteral("session"), m_session->toJson()},
                      })
            .toJson(QJsonDocument::Compact);
    m_keychain->write(m_profile.name, secret, [this](const Status &written) {
        if (written)
            emit sessionSaved();
        else
            emit keychainFailed(written.error());
    });
    secret.fill('\0');
}

void PlatformClient::clearSession()
{
    const bool had = isSignedIn() || m_session.has_value();
    m_sessionToken.fill('\0');
    m_sessionToken.clear();
    m_refreshToken.fill('\0');
    m_refreshToken.clear();
    m_session.reset();
    if (had)
        emit sessionChanged();
}

void PlatformClient::forgetSession(const QString &profileName, StatusCallback done)
{
    m_keychain->remove(profileName, [this, done = std::move(done)](const Status &removed) {
        if (removed)
            emit sessionForgotten();
        else
            emit keychainFailed(removed.error());
        if (done)
            done(removed);
    });
}

ApiCall *PlatformClient::login(const QString &username, const QString &password,
                               Callback<models::AdminSession> done)
{
    const ApiRequest request = authPost(
        QStringLiteral("/auth/login"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}, false);
    return startTyped<models::AdminSession>(
        request,
        [this](const ApiResponse &response) -> Result<models::AdminSession> {
            models::AdminSession session;
            if (auto adopted = adoptSession(response, session); !adopted)
                return adopted.error();
            return session;
        },
        std::move(done), Rules {false, false});
}

ApiCall *PlatformClient::refresh(Callback<models::AdminSession> done)
{
    ApiRequest request = authPost(QStringLiteral("/auth/refresh"), {}, false);
    return startTyped<models::AdminSession>(
        request,
        [this](const ApiResponse &response) -> Result<models::AdminSession> {
            models::AdminSession session;
            if (auto adopted = adoptSession(response, session); !adopted)
                return adopted.error();
            return session;
        },
        std::move(done), Rules {false, true});
}

ApiCall *PlatformClient::logout(StatusCallback done)
{
    ApiRequest request = authPost(QStringLiteral("/auth/logout"), {}, true);
    request.body.reset();
    return start(
        request,
        [this, done = std::move(done)](ApiCall *call, const Result<ApiResponse> &answer) {
            // A session the server does not know (401) or that was never here has ended too.
            Status outcome = Status::success();
            if (!answer) {
                const QString &code = answer.error().code;
                if (code != QLatin1String("unauthorized") && code != QLatin1String("not_signed_in"))
                    outcome = answer.error();
            }
            const QString profileName = m_profile.name;
            clearSession();
            if (m_options.rememberSessions && !profileName.isEmpty())
                forgetSession(profileName, nullptr);
            finishCall(call, outcome);
            if (done)
                done(outcome);
        },
        Rules {false, false});
}

ApiCall *PlatformClient::changePassword(const QString &currentPassword, const QString &newPassword,
                                        StatusCallback done)
{
    return startStatus(authPost(QStringLiteral("/auth/password"),
                                {{QStringLiteral("current_password"), currentPassword},
                                 {QStringLiteral("new_password"), newPassword}},
                                true),
                       std::move(done), Rules());
}

// --- companies ----------------------------------------------------------------------------

ApiCall *PlatformClient::listCompanies(const CompanyQuery &query,
                                       Callback<models::Page<Company>> done)
{
    return startTyped<models::Page<Company>>(
        ApiRequest::get(QStringLiteral("/admin/companies"), query.toUrlQuery()),
        decodeObject<models::Page<Company>>, std::move(done), Rules());
}

ApiCall *PlatformClient::company(const QUuid &id, Callback<Versioned<Company>> done)
{
    return startTyped<Versioned<Company>>(ApiRequest::get(companyPath(id)),
                                          decodeVersioned<Company>, std::move(done), Rules());
}

ApiCall *PlatformClient::createCompany(const Company &company, Callback<Versioned<Company>> done)
{
    return startTyped<Versioned<Company>>(
        adminPost(QStringLiteral("/admin/companies"), companyInput(company)),
        decodeVersioned<Company>, std::move(done), Rules());
}

ApiCall *PlatformClient::updateCompany(const Company &company, const QByteArray &etag,
                                       Callback<Versioned<Company>> done)
{
    return startTyped<Versioned<Company>>(
        ApiRequest::put(companyPath(company.id), QJsonDocument(companyInput(company)), etag),
        decodeVersioned<Company>, std::move(done), Rules());
}

ApiCall *PlatformClient::suspendCompany(const QUuid &id, const QString &reason,
                                        const QByteArray &etag, Callback<Versioned<Company>> done)
{
    ApiRequest request = adminPost(companyPath(id) + QStringLiteral("/suspend"),
                                   reason.isEmpty() ? std::nullopt
                                                    : std::optional<QJsonObject>(QJsonObject {
                                                        {QStringLiteral("reason"), reason}}));
    request.ifMatch = etag;
    request.conflictPath = companyPath(id);
    return startTyped<Versioned<Company>>(request, decodeVersioned<Company>, std::move(done),
                                          Rules());
}

ApiCall *PlatformClient::activateCompany(const QUuid &id, const QString &reason,
                                         const QByteArray &etag, Callback<Versioned<Company>> done)
{
    ApiRequest request = adminPost(companyPath(id) + QStringLiteral("/activate"),
                                   reason.isEmpty() ? std::nullopt
                                                    : std::optional<QJsonObject>(QJsonObject {
                                                        {QStringLiteral("reason"), reason}}));
    request.ifMatch = etag;
    request.conflictPath = companyPath(id);
    return startTyped<Versioned<Company>>(request, decodeVersioned<Company>, std::move(done),
                                          Rules());
}

ApiCall *PlatformClient::deleteCompany(const QUuid &id, const QByteArray &etag, StatusCallback done)
{
    return startStatus(ApiRequest::remove(companyPath(id), etag), std::move(done), Rules());
}

ApiCall *PlatformClient::companySettings(const QUuid &id,
                                         Callback<Versioned<models::CompanySettings>> done)
{
    return startTyped<Versioned<models::CompanySettings>>(
        ApiRequest::get(companyPath(id) + QStringLiteral("/settings")),
        decodeVersioned<models::CompanySettings>, std::move(done), Rules());
}

ApiCall *PlatformClient::updateCompanySettings(const QUuid &id,
                                               const models::CompanySettings &settings,
                                               const QByteArray &etag,
                                               Callback<Versioned<models::CompanySettings>> done)
{
    QJsonObject body = settings.toJson();
    body.remove(QStringLiteral("version")); // read-only
    return startTyped<Versioned<models::CompanySettings>>(
        ApiRequest::put(companyPath(id) + QStringLiteral("/settings"), QJsonDocument(body), etag),
        decodeVersioned<models::CompanySettings>, std::move(done), Rules());
}

ApiCall *PlatformClient::companyFeatures(const QUuid &id,
                                         Callback<Versioned<models::CompanyFeatureSet>> done)
{
    return startTyped<Versioned<models::CompanyFeatureSet>>(
        ApiRequest::get(companyPath(id) + QStringLiteral("/features")),
        decodeVersioned<models::CompanyFeatureSet>, std::move(done), Rules());
}

ApiCall *
PlatformClient::updateCompanyFeatures(const QUuid &id, const QList<models::FeatureChange> &changes,
                                      const QByteArray &etag, bool dryRun,
                                      Callback<Versioned<models::FeatureUpdateResult>> done)
{
    QJsonArray list;
    for (const models::FeatureChange &change : changes)
        list.append(change.toJson());
    const QString path = companyPath(id) + QStringLiteral("/features");
    ApiRequest request =
        ApiRequest::put(path, QJsonDocument(QJsonObject {{QStringLiteral("changes"), list}}), etag);
    if (dryRun)
        request.query.addQueryItem(QStringLiteral("dry_run"), QStringLiteral("true"));
    return startTyped<Versioned<models::FeatureUpdateResult>>(
        request, decodeVersioned<models::FeatureUpdateResult>, std::move(done), Rules());
}

ApiCall *PlatformClient::companyAudit(const QUuid &id, const AuditQuery &query,
                                      Callback<models::Page<models::AuditEntry>> done)
{
    return startTyped<models::Page<models::AuditEntry>>(
        ApiRequest::get(companyPath(id) + QStringLiteral("/audit"), query.toCompanyUrlQuery()),
        decodeObject<models::Page<models::AuditEntry>>, std::move(done), Rules());
}

ApiCall *PlatformClient::tenantTokens(const QUuid &companyId,
                                      Callback<QList<models::TenantToken>> done)
{
    return startTyped<QList<models::TenantToken>>(
        ApiRequest::get(companyPath(companyId) + QStringLiteral("/tokens")),
        [](const ApiResponse &response) -> Result<QList<models::TenantToken>> {
            auto list = decodeObject<models::TenantTokenList>(response);
            if (!list)
                return list.error();
            return std::move(list->items);
        },
        std::move(done), Rules());
}

ApiCall *PlatformClient::issueTenantToken(const QUuid &companyId, const QString &label,
                                          const QDateTime &expiresAt,
                                          Callback<models::IssuedTenantToken> done)
{
    QJsonObject body {{QStringLiteral("label"), label}};
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), models::WireTime::toString(expiresAt));
    // The answer holds the token: it goes to the callback only, never to a log.
    return startTyped<models::IssuedTenantToken>(
        adminPost(companyPath(companyId) + QStringLiteral("/tokens"), body),
        decodeObject<models::IssuedTenantToken>, std::move(done), Rules());
}

ApiCall *PlatformClient::revokeTenantToken(const QUuid &companyId, const QUuid &tokenId,
                                           StatusCallback done)
{
    // The route takes no If-Match: a token has no versions.
    return startStatus(
        ApiRequest::remove(companyPath(companyId) + QStringLiteral("/tokens/") + idText(tokenId),
                           {}),
        std::move(done), Rules());
}

// --- licenses and keys --------------------------------------------------------------------

ApiCall *PlatformClient::listLicenses(const LicenseQuery &query,
                                      Callback<models::Page<models::LicenseRecord>> done)
{
    return startTyped<models::Page<models::LicenseRecord>>(
        ApiRequest::get(QStringLiteral("/admin/licenses"), query.toUrlQuery()),
        decodeObject<models::Page<models::LicenseRecord>>, std::move(done), Rules());
}

ApiCall *PlatformClient::expiringLicenses(int days, int limit, const QString &cursor,
                                          Callback<models::Page<models::LicenseRecord>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("days"), QString::number(days));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return startTyped<models::Page<models::LicenseRecord>>(
        ApiRequest::get(QStringLiteral("/admin/licenses/expiring"), query),
        decodeObject<models::Page<models::LicenseRecord>>, std::move(done), Rules());
}

ApiCall *PlatformClient::license(const QUuid &id, Callback<Versioned<models::LicenseRecord>> done)
{
    return startTyped<Versioned<models::LicenseRecord>>(ApiRequest::get(licensePath(id)),
                                                        decodeVersioned<models::LicenseRecord>,
                                                        std::move(done), Rules());
}

ApiCall *PlatformClient::registerLicense(const QString &token,
                                         Callback<models::LicenseRegistrationResult> done)
{
    return startTyped<models::LicenseRegistrationResult>(
        adminPost(QStringLiteral("/admin/licenses"),
                  QJsonObject {{QStringLiteral("token"), token}}),
        [](const ApiResponse &response) -> Result<models::LicenseRegistrationResult> {
            auto result = decodeObject<models::LicenseRegistrationResult>(response);
            if (result)
                result->newlyRegistered = response.status == 201;
            return result;
        },
        std::move(done), Rules());
}

ApiCall *PlatformClient::revokeLicense(const QUuid &id, const QString &reason,
                                       const QByteArray &etag,
                                       Callback<Versioned<models::LicenseRecord>> done)
{
    ApiRequest request = adminPost(licensePath(id) + QStringLiteral("/revoke"),
                                   QJsonObject {{QStringLiteral("reason"), reason}});
    request.ifMatch = etag;
    request.conflictPath = licensePath(id);
    return startTyped<Versioned<models::LicenseRecord>>(
        request, decodeVersioned<models::LicenseRecord>, std::move(done), Rules());
}

ApiCall *PlatformClient::listIssuerKeys(const IssuerKeyQuery &query,
                                        Callback<models::Page<models::IssuerKey>> done)
{
    return startTyped<models::Page<models::IssuerKey>>(
        ApiRequest::get(QStringLiteral("/admin/keys"), query.toUrlQuery()),
        decodeObject<models::Page<models::IssuerKey>>, std::move(done), Rules());
}

ApiCall *PlatformClient::registerIssuerKey(const models::IssuerKey &key,
                                           Callback<Versioned<models::IssuerKey>> done)
{
    QJsonObject body = key.toJson();
    body.remove(QStringLiteral("last_seq")); // read-only
    if (key.kid.isEmpty())
        body.remove(QStringLiteral("kid")); // derived by the server
    return startTyped<Versioned<models::IssuerKey>>(adminPost(QStringLiteral("/admin/keys"), body),
                                                    decodeVersioned<models::IssuerKey>,
                                                    std::move(done), Rules());
}

ApiCall *PlatformClient::issuerKey(const QString &kid, Callback<Versioned<models::IssuerKey>> done)
{
    return startTyped<Versioned<models::IssuerKey>>(ApiRequest::get(keyPath(kid)),
                                                    decodeVersioned<models::IssuerKey>,
                                                    std::move(done), Rules());
}

ApiCall *PlatformClient::updateIssuerKey(const models::IssuerKey &key, const QByteArray &etag,
                                         Callback<Versioned<models::IssuerKey>> done)
{
    QJsonObject body = key.toJson();
    body.remove(QStringLiteral("last_seq")); // read-only
    return startTyped<Versioned<models::IssuerKey>>(
        ApiRequest::put(keyPath(key.kid), QJsonDocument(body), etag),
        decodeVersioned<models::IssuerKey>, std::move(done), Rules());
}

// --- statistics ---------------------------------------------------------------------------

ApiCall *PlatformClient::statsOverview(int expiringDays, Callback<models::StatsOverview> done)
{
    QUrlQuery query;
    if (expiringDays > 0)
        query.addQueryItem(QStringLiteral("expiring_days"), QString::number(expiringDays));
    return startTyped<models::StatsOverview>(
        ApiRequest::get(QStringLiteral("/admin/stats/overview"), query),
        decodeObject<models::StatsOverview>, std::move(done), Rules());
}

ApiCall *PlatformClient::companyStats(const CompanyStatsQuery &query,
                                      Callback<models::Page<models::CompanyStats>> done)
{
    return startTyped<models::Page<models::CompanyStats>>(
        ApiRequest::get(QStringLiteral("/admin/stats/companies"), query.toUrlQuery()),
        decodeObject<models::Page<models::CompanyStats>>, std::move(done), Rules());
}

ApiCall *PlatformClient::userStats(Callback<models::UserStats> done)
{
    return startTyped<models::UserStats>(ApiRequest::get(QStringLiteral("/admin/stats/users")),
                                         decodeObject<models::UserStats>, std::move(done), Rules());
}

ApiCall *PlatformClient::usageSeries(const UsageQuery &query, Callback<models::UsageSeries> done)
{
    return startTyped<models::UsageSeries>(
        ApiRequest::get(QStringLiteral("/admin/stats/usage"), query.toUrlQuery()),
        decodeObject<models::UsageSeries>, std::move(done), Rules());
}

// --- operations ---------------------------------------------------------------------------

ApiCall *PlatformClient::maintenanceStatus(Callback<models::MaintenanceStatus> done)
{
    return startTyped<models::MaintenanceStatus>(
        ApiRequest::get(QStringLiteral("/admin/maintenance/status")),
        decodeObject<models::MaintenanceStatus>, std::move(done), Rules());
}

ApiCall *PlatformClient::enableMaintenance(const QString &message, int retryAfterSeconds,
                                           Callback<models::MaintenanceState> done)
{
    QJsonObject body {{QStringLiteral("message"), message}};
    if (retryAfterSeconds > 0)
        body.insert(QStringLiteral("retry_after_seconds"), retryAfterSeconds);
    return startTyped<models::MaintenanceState>(
        adminPost(QStringLiteral("/admin/maintenance/enable"), body),
        decodeObject<models::MaintenanceState>, std::move(done), Rules());
}

ApiCall *PlatformClient::disableMaintenance(Callback<models::MaintenanceState> done)
{
    return startTyped<models::MaintenanceState>(
        adminPost(QStringLiteral("/admin/maintenance/disable"), std::nullopt),
        decodeObject<models::MaintenanceState>, std::move(done), Rules());
}

ApiCall *
PlatformClient::listMaintenanceWindows(const MaintenanceWindowQuery &query,
                                       Callback<models::Page<models::MaintenanceWindow>> done)
{
    return startTyped<models::Page<models::MaintenanceWindow>>(
        ApiRequest::get(QStringLiteral("/admin/maintenance/windows"), query.toUrlQuery()),
        decodeObject<models::Page<models::MaintenanceWindow>>, std::move(done), Rules());
}

ApiCall *PlatformClient::maintenanceWindow(const QUuid &id,
                                           Callback<Versioned<models::MaintenanceWindow>> done)
{
    return startTyped<Versioned<models::MaintenanceWindow>>(
        ApiRequest::get(windowPath(id)), decodeVersioned<models::MaintenanceWindow>,
        std::move(done), Rules());
}

ApiCall *
PlatformClient::createMaintenanceWindow(const models::MaintenanceWindow &window,
                                        Callback<Versioned<models::MaintenanceWindow>> done)
{
    return startTyped<Versioned<models::MaintenanceWindow>>(
        adminPost(QStringLiteral("/admin/maintenance/windows"), windowCreateInput(window)),
        decodeVersioned<models::MaintenanceWindow>, std::move(done), Rules());
}

ApiCall *
PlatformClient::updateMaintenanceWindow(const models::MaintenanceWindow &window,
                                        const QByteArray &etag,
                                        Callback<Versioned<models::MaintenanceWindow>> done)
{
    return startTyped<Versioned<models::MaintenanceWindow>>(
        ApiRequest::put(windowPath(window.id), QJsonDocument(window.toJson()), etag),
        decodeVersioned<models::MaintenanceWindow>, std::move(done), Rules());
}

ApiCall *PlatformClient::deleteMaintenanceWindow(const QUuid &id, const QByteArray &etag,
                                                 StatusCallback done)
{
    return startStatus(ApiRequest::remove(windowPath(id), etag), std::move(done), Rules());
}

ApiCall *PlatformClient::startDeployment(const QString &version, Callback<models::Deployment> done)
{
    // blue_green is the only strategy the platform has.
    return startTyped<models::Deployment>(
        adminPost(QStringLiteral("/admin/deploy"),
                  QJsonObject {{QStringLiteral("version"), version},
                               {QStringLiteral("strategy"), QStringLiteral("blue_green")}}),
        decodeObject<models::Deployment>, std::move(done), Rules());
}

ApiCall *PlatformClient::deployment(const QUuid &id, Callback<Versioned<models::Deployment>> done)
{
    return startTyped<Versioned<models::Deployment>>(ApiRequest::get(deploymentPath(id)),
                                                     decodeVersioned<models::Deployment>,
                                                     std::move(done), Rules());
}

ApiCall *PlatformClient::deploymentHistory(const DeploymentQuery &query,
                                           Callback<models::Page<models::Deployment>> done)
{
    return startTyped<models::Page<models::Deployment>>(
        ApiRequest::get(QStringLiteral("/admin/deploy/history"), query.toUrlQuery()),
        decodeObject<models::Page<models::Deployment>>, std::move(done), Rules());
}

ApiCall *PlatformClient::rollbackDeployment(const QUuid &id, Callback<models::Deployment> done)
{
    return startTyped<models::Deployment>(
        adminPost(deploymentPath(id) + QStringLiteral("/rollback"), std::nullopt),
        decodeObject<models::Deployment>, std::move(done), Rules());
}

ApiCall *PlatformClient::auditLog(const AuditQuery &query,
                                  Callback<models::Page<models::AuditEntry>> done)
{
    return startTyped<models::Page<models::AuditEntry>>(
        ApiRequest::get(QStringLiteral("/admin/audit"), query.toUrlQuery()),
        decodeObject<models::Page<models::AuditEntry>>, std::move(done), Rules());
}

ApiCall *PlatformClient::featureCatalog(Callback<Versioned<models::FeatureCatalogDocument>> done)
{
    return startTyped<Versioned<models::FeatureCatalogDocument>>(
        ApiRequest::get(QStringLiteral("/admin/features")),
        decodeVersioned<models::FeatureCatalogDocument>, std::move(done), Rules());
}

ApiCall *PlatformClient::send(const ApiRequest &request, Callback<ApiResponse> done)
{
    return startTyped<ApiResponse>(
        request, [](const ApiResponse &response) -> Result<ApiResponse> { return response; },
        std::move(done), Rules());
}

// --- the life of a call -------------------------------------------------------------------

template<typename T>
ApiCall *PlatformClient::startTyped(const ApiRequest &request,
                                    std::function<Result<T>(const ApiResponse &)> decode,
                                    Callback<T> done, Rules rules)
{
    return start(
        request,
        [decode = std::move(decode), done = std::move(done)](ApiCall *call,
                                                             Result<ApiResponse> answer) {
            Result<T> result = answer ? decode(answer.value()) : Result<T>(answer.error());
            finishCall(call, result ? Status::success() : Status(result.error()));
            if (done)
                done(std::move(result));
        },
        rules);
}

ApiCall *PlatformClient::startStatus(const ApiRequest &request, StatusCallback done, Rules rules)
{
    return start(
        request,
        [done = std::move(done)](ApiCall *call, const Result<ApiResponse> &answer) {
            const Status outcome = answer ? Status::success() : Status(answer.error());
            finishCall(call, outcome);
            if (done)
                done(outcome);
        },
        rules);
}

ApiCall *PlatformClient::start(const ApiRequest &request, Handler handler, Rules rules)
{
    const QByteArray key = request.method == "POST" && request.idempotencyKey
        ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        : QByteArray();
    auto *call = new ApiCall(request.describe(), key, this);
    QTimer::singleShot(m_options.slowThreshold, call, [this, call] {
        call->markSlow();
        if (call->isSlow()) {
            m_slowCalls.insert(call);
            updateBusy();
        }
    });
    connect(call, &ApiCall::finished, this, [this, call] {
        m_slowCalls.remove(call);
        updateBusy();
    });
    if (m_restoring) {
        m_waiting.append({call, request, std::move(handler), rules});
        return call;
    }
    run(call, request, handler, rules);
    return call;
}

void PlatformClient::run(ApiCall *call, ApiRequest request, const Handler &handler, Rules rules)
{
    const auto failLater = [call, handler](const models::Error &error) {
        QTimer::singleShot(0, call, [call, handler, error] {
            if (!call->isCancelled())
                handler(call, error);
        });
    };
    if (rules.sendRefreshToken) {
        if (m_refreshToken.isEmpty()) {
            failLater(ClientError::notSignedIn());
            return;
        }
        request.body = QJsonDocument(
            QJsonObject {{QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)}});
    }
    if (request.authenticated) {
        if (m_sessionToken.isEmpty()) {
            failLater(ClientError::notSignedIn());
            return;
        }
        request.headers.append({"Authorization", "Bearer " + m_sessionToken});
    }
    m_transport->send(call, request,
                      [this, call, request, handler, rules](Result<ApiResponse> answer) {
                          onAnswer(call, request, std::move(answer), handler, rules);
                      });
}

void PlatformClient::onAnswer(ApiCall *call, const ApiRequest &request, Result<ApiResponse> answer,
                              const Handler &handler, Rules rules)
{
    if (!answer) {
        const QString &code = answer.error().code;
        if (code == QLatin1String("server_unreachable") || code == QLatin1String("timeout"))
            setConnectionState(ConnectionState::Unreachable);
        else if (code == QLatin1String("pin_mismatch") || code == QLatin1String("pin_unknown")
                 || code == QLatin1String("tls_error"))
            setConnectionState(ConnectionState::Untrusted);
        handler(call, std::move(answer));
        return;
    }
    setConnectionState(ConnectionState::Connected);
    const ApiResponse &response = answer.value();
    if (response.status >= 200 && response.status < 300) {
        handler(call, std::move(answer));
        return;
    }
    const models::Error server = serverError(response);
    if (response.status == 401) {
        // A wrong password (sign-in, password change) is not the end of the session.
        if (request.authenticated && rules.reportExpiry
            && server.code != QLatin1String("invalid_credentials")) {
            qCInfo(lcClient).noquote() << request.describe() << "answered 401: session ended";
            // Listeners still see the ended session (to offer its user name again); then it
            // is over here too, but only when the refused token is still the current one: a
            // late answer to a call made before the user signed in again must not end the new
            // session.
            emit sessionExpired();
            const bool currentToken = !m_sessionToken.isEmpty()
                && std::any_of(request.headers.cbegin(), request.headers.cend(),
                               [this](const QPair<QByteArray, QByteArray> &header) {
                                   return header.first == "Authorization"
                                       && header.second == "Bearer " + m_sessionToken;
                               });
            if (currentToken) {
                const QString profileName = m_profile.name;
                clearSession();
                if (m_options.rememberSessions && !profileName.isEmpty())
                    forgetSession(profileName, nullptr);
            }
            handler(call, ClientError::unauthorized(server));
            return;
        }
        handler(call, server);
        return;
    }
    if (response.status == 412 && !request.conflictPath.isEmpty()) {
        fetchConflict(call, request, server, handler);
        return;
    }
    if (response.status == 503 && server.code == QLatin1String("maintenance")) {
        int seconds = response.retryAfterSeconds();
        if (seconds <= 0)
            seconds = server.details.value(QStringLiteral("retry_after_seconds")).toInt();
        const models::Error maintenance =
            ClientError::maintenance(server.message, seconds, server.details);
        emit maintenanceAnnounced(seconds, maintenance.message);
        handler(call, maintenance);
        return;
    }
    handler(call, server);
}

void PlatformClient::fetchConflict(ApiCall *call, const ApiRequest &request,
                                   const models::Error &server, const Handler &handler)
{
    ApiRequest current = ApiRequest::get(request.conflictPath);
    current.authenticated = false; // the Authorization header is copied as it was sent
    for (const auto &header : request.headers) {
        if (header.first == "Authorization")
            current.headers.append(header);
    }
    m_transport->send(call, current, [call, server, handler](Result<ApiResponse> answer) {
        QJsonObject json;
        QByteArray etag;
        if (answer && answer->status == 200) {
            json = answer->jsonObject().value_or(QJsonObject());
            etag = answer->etag();
        }
        call->m_httpStatus = 412;
        handler(call, ClientError::conflict(json, etag, server));
    });
}

void PlatformClient::finishCall(ApiCall *call, const Status &outcome)
{
    call->finish(outcome ? ApiCall::State::Succeeded : ApiCall::State::Failed,
                 outcome ? models::Error {} : outcome.error());
}

} // namespace sphair::client
