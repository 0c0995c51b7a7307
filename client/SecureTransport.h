#pragma once

#include "client/ApiRequest.h"
#include "client/ApiResponse.h"
#include "client/ConnectionProfile.h"
#include "client/RetryPolicy.h"
#include "models/domain/Result.h"

#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace sphair::client {

class ApiCall;

// Sends PlatformClient's requests over its QNetworkAccessManager with the profile's rules:
// the URL policy (HTTPS; plain HTTP only to loopback when allowed), TLS with the optional
// custom CA, the server's SPKI pin checked on every new connection before any request byte is
// sent, a transfer timeout, and retries with backoff for idempotent requests. It answers
// with the server's response whatever its status; HTTP-level meaning is PlatformClient's.
class SecureTransport : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(models::Result<ApiResponse>)>;

    SecureTransport(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Forgets pooled connections when the server, its pin or its CA change, so the next
    // request makes a new connection and checks the certificate again.
    void setProfile(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // Sends `request` for `call`. `done` gets the server's answer (any status) or one of
    // insecure_url, invalid_url, pin_mismatch, pin_unknown, tls_error, server_unreachable,
    // timeout, invalid_response; always later, never from inside send(); and never once the
    // call is cancelled.
    void send(ApiCall *call, const ApiRequest &request, Done done);

private:
    struct Job;

    void attempt(const std::shared_ptr<Job> &job);
    void onSslErrors(const std::shared_ptr<Job> &job, QNetworkReply *reply,
                     const QList<QSslError> &errors);
    void onEncrypted(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    void onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    // Retries when the request is idempotent and attempts are left; false otherwise.
    bool retry(const std::shared_ptr<Job> &job, const QString &reason);
    void deliver(const std::shared_ptr<Job> &job, models::Result<ApiResponse> result);
    // pin_unknown or pin_mismatch for this certificate, or nothing when it matches the pin.
    std::optional<models::Error> checkPin(const std::shared_ptr<Job> &job,
                                          const QSslCertificate &certificate) const;
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_manager;
    ConnectionProfile m_profile;
    QSslConfiguration m_sslConfiguration;
    QString m_caProblem; // why the profile's CA file could not be used; empty when it could
    std::chrono::milliseconds m_timeout {30000};
    RetryPolicy m_retry;
};

} // namespace sphair::client
