#include "client/SecureTransport.h"

#include "client/ApiCall.h"
#include "client/ClientError.h"
#include "client/Logging.h"
#include "client/SpkiPin.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

namespace sphair::client {

namespace {

// The errors that only say "this certificate is not vouched for by a CA this system trusts"
// (or "it names another host"). A matching pin vouches for the key instead, so exactly these
// may be ignored; an expired, revoked or malformed certificate is still refused.
bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

// A 503 that says "maintenance" is an answer to show, not a hiccup to retry.
bool isMaintenance(const ApiResponse &response)
{
    if (response.status != 503)
        return false;
    const auto object = response.jsonObject();
    return object
        && object->value(QStringLiteral("error")).toString() == QLatin1String("maintenance");
}

QByteArray userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return "sphair-admin/" + (version.isEmpty() ? QByteArray("dev") : version.toLatin1());
}

} // namespace

// One logical request and its attempts.
struct SecureTransport::Job
{
    QPointer<ApiCall> call;
    ApiRequest request;
    QUrl url;
    Done done;
    // Set while checking the certificate; the attempt then ends with it, without a retry.
    std::optional<models::Error> tlsFailure;
    QStringList sslProblems;
    bool pinChecked = false;
    bool delivered = false;
};

SecureTransport::SecureTransport(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    Q_ASSERT(m_manager);
    setProfile(ConnectionProfile {});
}

void SecureTransport::setProfile(const ConnectionProfile &profile)
{
    const bool changed = profile.baseUrl != m_profile.baseUrl || profile.pin != m_profile.pin
        || profile.caFile != m_profile.caFile;
    m_profile = profile;
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setProtocol(QSsl::TlsV1_2OrLater);
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_caProblem.clear();
    if (!profile.caFile.isEmpty()
        && !m_sslConfiguration.addCaCertificates(profile.caFile, QSsl::Pem)) {
        m_caProblem = ClientError::tr("the CA certificate file “%1” holds no readable PEM "
                                      "certificate")
                          .arg(profile.caFile);
    }
    if (changed)
        m_manager->clearConnectionCache();
}

QUrl SecureTransport::urlFor(const ApiRequest &request) const
{
    QUrl url = m_profile.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path);
    // Every item percent-encoded by hand: QUrlQuery leaves '+' and '&'-like characters of
    // search text as they are, which a server may read as a space or a separator.
    QStringList items;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '='
                                         + QUrl::toPercentEncoding(value)));
    }
    url.setQuery(items.isEmpty() ? QString() : items.join(QLatin1Char('&')));
    return url;
}

void SecureTransport::send(ApiCall *call, const ApiRequest &request, Done done)
{
    auto job = std::make_shared<Job>();
    job->call = call;
    job->request = request;
    job->url = urlFor(request);
    job->done = std::move(done);
    if (auto allowed = m_profile.checkUrl(job->url); !allowed) {
        qCWarning(lcClient).noquote() << "refused before sending" << request.describe() << "to"
                                      << job->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                      << ":" << allowed.error().code;
        deliver(job, allowed.error());
        return;
    }
    if (job->url.scheme() == QLatin1String("https") && !m_caProblem.isEmpty()) {
        deliver(job, ClientError::tlsError(job->url.host(), {m_caProblem}));
        return;
    }
    // Always answer later, so the caller holds the ApiCall before any callback runs.
    QTimer::singleShot(0, call, [this, job] {
        if (job->call && !job->call->isCancelled())
            attempt(job);
    });
}

void SecureTransport::attempt(const std::shared_ptr<Job> &job)
{
    ApiCall *call = job->call;
    ++call->m_attempts;
    job->tlsFailure.reset();
    job->sslProblems.clear();
    job->pinChecked = false;

    QNetworkRequest request(job->url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // Never follow a redirect: it could lead off the pinned server or down to plain HTTP.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    const QByteArray &method = job->request.method;
    const bool sendsBody = method == "POST" || method == "PUT" || method == "PATCH";
    if (job->request.bytes)
        request.setRawHeader("Content-Type",
                             job->request.bytesType.isEmpty()
                                 ? QByteArrayLiteral("application/octet-stream")
                                 : job->request.bytesType);
    else if (sendsBody || job->request.body)
        request.setRawHeader("Content-Type", "application/json");
    if (!job->request.ifMatch.isEmpty())
        request.setRawHeader("If-Match", job->request.ifMatch);
    if (method == "POST" && job->request.idempotencyKey && !call->idempotencyKey().isEmpty())
        request.setRawHeader("Idempotency-Key", call->idempotencyKey());
    for (const auto &[name, value] : job->request.headers)
        request.setRawHeader(name, value);
    if (job->url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_sslConfiguration);

    const QByteArray payload = job->request.bytes ? *job->request.bytes
        : job->request.body ? job->request.body->toJson(QJsonDocument::Compact)
                            : QByteArray();
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_manager->get(request);
    else if (method == "POST")
        reply = m_manager->post(request, payload);
    else if (method == "PUT")
        reply = m_manager->put(request, payload);
    else if (method == "DELETE" && payload.isEmpty())
        reply = m_manager->deleteResource(request);
    else
        reply = m_manager->sendCustomRequest(request, method, payload);
    call->m_reply = reply;
    qCDebug(lcClient).noquote() << "sending" << job->request.describe() << "attempt"
                                << call->m_attempts;

    // Direct connections (same thread): the certificate is judged inside the handshake,
    // before any byte of the request leaves.
    connect(
        reply, &QNetworkReply::sslErrors, call,
        [this, job, reply](const QList<QSslError> &errors) { onSslErrors(job, reply, errors); });
    connect(reply, &QNetworkReply::encrypted, call,
            [this, job, reply] { onEncrypted(job, reply); });
    connect(reply, &QNetworkReply::finished, call, [this, job, reply] { onFinished(job, reply); });
}

std::optional<models::Error> SecureTransport::checkPin(const std::shared_ptr<Job> &job,
                                                       const QSslCertificate &certificate) const
{
    const QString host = job->url.host();
    const QString serverPin = SpkiPin::of(certificate);
    if (m_profile.pin.isEmpty())
        return ClientError::pinUnknown(host, serverPin, SpkiPin::describe(certificate));
    if (!SpkiPin::matches(m_profile.pin, serverPin))
        return ClientError::pinMismatch(host, m_profile.pin, serverPin);
    return std::nullopt;
}

void SecureTransport::onSslErrors(const std::shared_ptr<Job> &job, QNetworkReply *reply,
                                  const QList<QSslError> &errors)
{
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.first().certificate();
    if (auto refused = checkPin(job, leaf)) {
        // Not ignoring the errors makes Qt end the handshake: nothing is sent.
        job->tlsFailure = refused;
        qCWarning(lcClient).noquote() << "refused the server's certificate:" << refused->code;
        return;
    }
    QList<QSslError> expected;
    for (const QSslError &error : errors) {
        if (isTrustError(error.error())
            && (error.certificate().isNull() || error.certificate() == leaf))
            expected.append(error);
        else
            job->sslProblems.append(error.errorString());
    }
    if (!job->sslProblems.isEmpty()) {
        job->tlsFailure = ClientError::tlsError(job->url.host(), job->sslProblems);
        qCWarning(lcClient).noquote() << "TLS problems beyond the pinned trust:"
                                      << job->sslProblems.join(QStringLiteral("; "));
        return;
    }
    // The pin vouches for this very key: accept exactly the trust errors about it.
    job->pinChecked = true;
    reply->ignoreSslErrors(expected);
}

void SecureTransport::onEncrypted(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    if (job->pinChecked)
        return;
    // The chain verified (a public CA or the profile's CA file); the pin must match too.
    if (auto refused = checkPin(job, reply->sslConfiguration().peerCertificate())) {
        job->tlsFailure = refused;
        qCWarning(lcClient).noquote() << "refused the server's certificate:" << refused->code;
        reply->abort();
        return;
    }
    job->pinChecked = true;
}

void SecureTransport::onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    ApiCall *call = job->call;
    if (call->m_reply == reply)
        call->m_reply = nullptr;
    reply->deleteLater();
    if (call->isCancelled())
        return;
    const QString host = job->url.host();
    if (job->tlsFailure) {
        deliver(job, *job->tlsFailure);
        return;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        const QNetworkReply::NetworkError error = reply->error();
        // A transfer timeout aborts the reply, which Qt reports as "cancelled" (or, in later
        // versions, as a timeout); the call itself was not cancelled, so it timed out.
        const bool timedOut =
            error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
        models::Error failure;
        if (timedOut) {
            failure =
                ClientError::timeout(host, static_cast<int>((m_timeout.count() + 999) / 1000));
        } else if (error == QNetworkReply::SslHandshakeFailedError || !job->sslProblems.isEmpty()) {
            failure = ClientError::tlsError(
                host,
                job->sslProblems.isEmpty() ? QStringList {reply->errorString()} : job->sslProblems);
        } else if (error == QNetworkReply::ProtocolFailure) {
            failure = ClientError::invalidResponse(reply->errorString(), 0);
        } else {
            failure = ClientError::serverUnreachable(host, reply->errorString());
        }
        const bool retryable = timedOut || RetryPolicy::isRetryableNetworkError(error);
        if (retryable && retry(job, failure.code))
            return;
        qCInfo(lcClient).noquote() << job->request.describe() << "failed:" << failure.code << "("
                                   << reply->errorString() << ")";
        deliver(job, failure);
        return;
    }

    // A connection taken from the pool was checked when it was opened; make sure of it.
    if (job->url.scheme() == QLatin1String("https") && !job->pinChecked) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull()) {
            if (auto refused = checkPin(job, peer)) {
                deliver(job, *refused);
                return;
            }
        }
    }
    ApiResponse response;
    response.status = statusAttribute.toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    call->m_httpStatus = response.status;
    if (RetryPolicy::isRetryableStatus(response.status) && !isMaintenance(response)
        && retry(job, QStringLiteral("HTTP %1").arg(response.status)))
        return;
    qCDebug(lcClient).noquote() << job->request.describe() << "answered" << response.status;
    deliver(job, std::move(response));
}

bool SecureTransport::retry(const std::shared_ptr<Job> &job, const QString &reason)
{
    ApiCall *call = job->call;
    if (!job->request.isIdempotent() || !m_retry.mayRetryAfter(call->m_attempts))
        return false;
    const auto delay = m_retry.delayBefore(call->m_attempts + 1);
    qCInfo(lcClient).noquote() << "retrying" << job->request.describe() << "after" << reason << "in"
                               << delay.count() << "ms (attempt" << call->m_attempts + 1 << "of"
                               << m_retry.maxAttempts << ")";
    QTimer::singleShot(delay, call, [this, job] {
        if (job->call && !job->call->isCancelled())
            attempt(job);
    });
    return true;
}

void SecureTransport::deliver(const std::shared_ptr<Job> &job, models::Result<ApiResponse> result)
{
    if (job->delivered)
        return;
    job->delivered = true;
    auto answer = std::make_shared<models::Result<ApiResponse>>(std::move(result));
    QTimer::singleShot(0, job->call.data(), [job, answer] {
        if (job->call && !job->call->isCancelled())
            job->done(std::move(*answer));
    });
}

} // namespace sphair::client
