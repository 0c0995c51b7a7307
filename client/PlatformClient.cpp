#include "client/PlatformClient.h"

#include "client/AreaClient.h"
#include "client/ClientError.h"
#include "client/Logging.h"
#include "client/SecureTransport.h"
#include "client/SessionStore.h"
#include "client/SpkiPin.h"
#include "models/domain/ApiErrorBody.h"
#include "models/domain/SessionGrant.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace sphair::client {

namespace {

using models::Result;
using models::Status;

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
    , m_sessions(new SessionStore(options.rememberSessions, options.keychainService, this))
{
    m_transport->setTimeout(m_options.timeout);
    m_transport->setRetryPolicy(m_options.retry);
    connect(m_sessions, &SessionStore::changed, this, &PlatformClient::sessionChanged);
    connect(m_sessions, &SessionStore::saved, this, &PlatformClient::sessionSaved);
    connect(m_sessions, &SessionStore::forgotten, this, &PlatformClient::sessionForgotten);
    connect(m_sessions, &SessionStore::keychainFailed, this, &PlatformClient::keychainFailed);
    connect(m_sessions, &SessionStore::restored, this, &PlatformClient::resumeWaitingCalls);
}

PlatformClient::~PlatformClient()
{
    // Calls first, so their replies are cut off before anything they point at goes away.
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

// --- connection ---------------------------------------------------------------------------

void PlatformClient::setProfile(const ConnectionProfile &profile)
{
    // Calls waiting for the old profile's session must not go to the new server.
    for (const Waiting &waiting : std::exchange(m_waiting, {})) {
        if (waiting.call)
            waiting.call->cancel();
    }
    m_sessions->clear();
    m_profile = profile;
    m_transport->setProfile(profile);
    setConnectionState(ConnectionState::Unknown);
    emit profileChanged(m_profile);
    m_sessions->restore(profile.name);
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

bool PlatformClient::isSignedIn() const
{
    return m_sessions->isSignedIn();
}

std::optional<models::AdminSession> PlatformClient::session() const
{
    return m_sessions->session();
}

bool PlatformClient::isRestoringSession() const
{
    return m_sessions->isRestoring();
}

void PlatformClient::forgetSession(const QString &profileName, StatusCallback done)
{
    m_sessions->forget(profileName, std::move(done));
}

void PlatformClient::resumeWaitingCalls(bool signedIn)
{
    emit sessionRestored(signedIn);
    if (signedIn)
        emit sessionChanged();
    for (const Waiting &waiting : std::exchange(m_waiting, {})) {
        if (waiting.call && !waiting.call->isFinished())
            run(waiting.call, waiting.request, waiting.handler, waiting.rules);
    }
}

ApiCall *PlatformClient::signIn(const ApiRequest &request, Callback<models::AdminSession> done,
                                Rules rules)
{
    return startTyped<models::AdminSession>(
        request,
        [this](const ApiResponse &response) -> Result<models::AdminSession> {
            auto grant = decodeObject<models::SessionGrant>(response);
            if (!grant)
                return grant.error();
            m_sessions->adopt(grant.value());
            return grant->session;
        },
        std::move(done), rules);
}

ApiCall *PlatformClient::login(const QString &username, const QString &password,
                               Callback<models::AdminSession> done)
{
    return signIn(
        authPost(QStringLiteral("/auth/login"),
                 {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
                 false),
        std::move(done), Rules {false, false});
}

ApiCall *PlatformClient::refresh(Callback<models::AdminSession> done)
{
    return signIn(authPost(QStringLiteral("/auth/refresh"), {}, false), std::move(done),
                  Rules {false, true});
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
            m_sessions->end();
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

ApiCall *PlatformClient::callStatus(const ApiRequest &request, StatusCallback done)
{
    return startStatus(request, std::move(done), Rules());
}

ApiCall *PlatformClient::send(const ApiRequest &request, Callback<ApiResponse> done)
{
    return startTyped<ApiResponse>(
        request, [](const ApiResponse &response) -> Result<ApiResponse> { return response; },
        std::move(done), Rules());
}

// --- the life of a call -------------------------------------------------------------------

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
    m_openCalls.insert(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_openCalls.remove(call);
        m_slowCalls.remove(call);
        updateBusy();
    });
    if (m_sessions->isRestoring()) {
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
        if (m_sessions->refreshToken().isEmpty()) {
            failLater(ClientError::notSignedIn());
            return;
        }
        request.body = QJsonDocument(QJsonObject {
            {QStringLiteral("refresh_token"), QString::fromLatin1(m_sessions->refreshToken())}});
    }
    if (request.authenticated) {
        if (!m_sessions->isSignedIn()) {
            failLater(ClientError::notSignedIn());
            return;
        }
        request.headers.append({"Authorization", "Bearer " + m_sessions->token()});
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
            const QByteArray &token = m_sessions->token();
            const bool currentToken = !token.isEmpty()
                && std::any_of(request.headers.cbegin(), request.headers.cend(),
                               [&token](const QPair<QByteArray, QByteArray> &header) {
                                   return header.first == "Authorization"
                                       && header.second == "Bearer " + token;
                               });
            if (currentToken)
                m_sessions->end();
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
