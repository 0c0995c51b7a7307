#include "client/ClientError.h"

#include <QJsonArray>

namespace sphair::client {

namespace {

QString code(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

models::Error ClientError::insecureUrl(const QString &url)
{
    return {code("insecure_url"),
            tr("“%1” is not a secure address. The console only talks to the platform over "
               "HTTPS; plain HTTP is allowed only to this computer (loopback) when the "
               "connection profile allows it.")
                .arg(url),
            {{QStringLiteral("url"), url}}};
}

models::Error ClientError::invalidUrl(const QString &url)
{
    return {code("invalid_url"),
            tr("“%1” is not a valid server address. Use an address such as "
               "https://platform.example.com.")
                .arg(url),
            {{QStringLiteral("url"), url}}};
}

models::Error ClientError::pinMismatch(const QString &host, const QString &expectedPin,
                                       const QString &serverPin)
{
    return {code("pin_mismatch"),
            tr("The identity of the server %1 has changed, so the connection was refused and "
               "nothing was sent. Expected certificate fingerprint (SPKI SHA-256): %2. The "
               "server presented: %3. If the server's certificate was replaced on purpose, "
               "check the new fingerprint with its administrator and update the connection "
               "profile; otherwise someone may be intercepting the connection.")
                .arg(host, expectedPin, serverPin),
            {{QStringLiteral("host"), host},
             {QStringLiteral("expected_pin"), expectedPin},
             {QStringLiteral("server_pin"), serverPin}}};
}

models::Error ClientError::pinUnknown(const QString &host, const QString &serverPin,
                                      const QJsonObject &certificate)
{
    QJsonObject details = certificate;
    details.insert(QStringLiteral("host"), host);
    details.insert(QStringLiteral("server_pin"), serverPin);
    return {code("pin_unknown"),
            tr("This connection profile does not trust the server %1 yet. Its certificate "
               "fingerprint (SPKI SHA-256) is %2. Compare it with the one the server's "
               "administrator gave you before you trust it.")
                .arg(host, serverPin),
            details};
}

models::Error ClientError::tlsError(const QString &host, const QStringList &problems)
{
    return {code("tls_error"),
            problems.isEmpty() ? tr("A secure connection to %1 could not be set up.").arg(host)
                               : tr("A secure connection to %1 could not be set up: %2")
                                     .arg(host, problems.join(QStringLiteral("; "))),
            {{QStringLiteral("host"), host},
             {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}};
}

models::Error ClientError::serverUnreachable(const QString &host, const QString &detail)
{
    return {code("server_unreachable"),
            tr("The server %1 cannot be reached. Check the network connection and that the "
               "server is running, then try again.")
                .arg(host),
            {{QStringLiteral("host"), host}, {QStringLiteral("detail"), detail}}};
}

models::Error ClientError::timeout(const QString &host, int seconds)
{
    return {code("timeout"),
            tr("The server %1 did not answer within %n second(s).", nullptr, seconds).arg(host),
            {{QStringLiteral("host"), host}, {QStringLiteral("timeout_seconds"), seconds}}};
}

models::Error ClientError::cancelled()
{
    return {code("cancelled"), tr("The request was cancelled."), {}};
}

models::Error ClientError::notSignedIn()
{
    return {code("not_signed_in"), tr("Sign in to the platform first."), {}};
}

models::Error ClientError::unauthorized(const models::Error &server)
{
    return {code("unauthorized"),
            tr("Your session has ended. Sign in again to continue; what you entered is kept."),
            {{QStringLiteral("server_error"), server.code},
             {QStringLiteral("server_message"), server.message}}};
}

models::Error ClientError::conflict(const QJsonObject &current, const QByteArray &currentEtag,
                                    const models::Error &server)
{
    QJsonObject details {{QStringLiteral("server_error"), server.code},
                         {QStringLiteral("server_message"), server.message}};
    if (!current.isEmpty())
        details.insert(QStringLiteral("current"), current);
    if (!currentEtag.isEmpty())
        details.insert(QStringLiteral("current_etag"), QString::fromLatin1(currentEtag));
    return {code("conflict"),
            tr("Someone else changed this while you were editing it. Your changes have not "
               "been saved; compare them with the current values and apply them again."),
            details};
}

models::Error ClientError::maintenance(const QString &serverMessage, int retryAfterSeconds,
                                       QJsonObject details)
{
    details.insert(QStringLiteral("retry_after_seconds"), retryAfterSeconds);
    const QString message = serverMessage.isEmpty()
        ? tr("The platform is in maintenance. Try again in %n second(s).", nullptr,
             retryAfterSeconds)
        : serverMessage;
    return {code("maintenance"), message, details};
}

models::Error ClientError::invalidResponse(const QString &what, int httpStatus)
{
    return {code("invalid_response"),
            tr("The server sent an answer the console cannot read (%1).").arg(what),
            {{QStringLiteral("http_status"), httpStatus}, {QStringLiteral("problem"), what}}};
}

models::Error ClientError::httpError(int httpStatus)
{
    if (httpStatus >= 500) {
        return {code("server_error"),
                tr("The server failed to handle the request (HTTP %1). Try again later.")
                    .arg(httpStatus),
                {{QStringLiteral("http_status"), httpStatus}}};
    }
    return {code("http_error"),
            tr("The server answered the request with HTTP %1, which the console did not "
               "expect.")
                .arg(httpStatus),
            {{QStringLiteral("http_status"), httpStatus}}};
}

int ClientError::retryAfterSeconds(const models::Error &error)
{
    if (error.code != QLatin1String("maintenance"))
        return 0;
    return error.details.value(QStringLiteral("retry_after_seconds")).toInt();
}

} // namespace sphair::client
