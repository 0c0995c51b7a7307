#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sphair::client {

// The errors the client itself reports (as opposed to the server's JSON errors, which are
// passed on with their own code, message and details): stable machine codes and sentences a
// person understands, every one through tr().
//
// Codes: insecure_url, invalid_url, pin_mismatch, pin_unknown, tls_error, server_unreachable,
// timeout, cancelled, not_signed_in, unauthorized, conflict, maintenance, invalid_response,
// server_error, http_error, keychain_unavailable, keychain_access_denied, keychain_error.
class ClientError
{
    Q_DECLARE_TR_FUNCTIONS(sphair::client::ClientError)
public:
    static models::Error insecureUrl(const QString &url);
    static models::Error invalidUrl(const QString &url);
    // details: expected_pin, server_pin, host.
    static models::Error pinMismatch(const QString &host, const QString &expectedPin,
                                     const QString &serverPin);
    // details: server_pin, host, subject, issuer, expires_at: for trust-on-first-use.
    static models::Error pinUnknown(const QString &host, const QString &serverPin,
                                    const QJsonObject &certificate);
    static models::Error tlsError(const QString &host, const QStringList &problems);
    static models::Error serverUnreachable(const QString &host, const QString &detail);
    static models::Error timeout(const QString &host, int seconds);
    static models::Error cancelled();
    static models::Error notSignedIn();
    // 401 on a call that needed a session: the server's message is kept in details.
    static models::Error unauthorized(const models::Error &server);
    // 412: someone else changed the resource. details: current (the server's JSON, when it
    // could be read), current_etag, server_error.
    static models::Error conflict(const QJsonObject &current, const QByteArray &currentEtag,
                                  const models::Error &server);
    // 503 maintenance; details.retry_after_seconds from Retry-After.
    static models::Error maintenance(const QString &serverMessage, int retryAfterSeconds,
                                     QJsonObject details);
    static models::Error invalidResponse(const QString &what, int httpStatus);
    // A failure status without a JSON error body.
    static models::Error httpError(int httpStatus);

    // retry_after_seconds of a maintenance error; 0 for other errors.
    static int retryAfterSeconds(const models::Error &error);
};

} // namespace sphair::client
