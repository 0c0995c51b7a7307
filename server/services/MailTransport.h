#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace sphair::server {

// One plain-text e-mail to one recipient.
struct MailMessage
{
    QString from; // an address, e.g. "notices@sphair.example"
    QString to;
    QString subject; // any Unicode text
    QString body; // plain text, lines separated by \n
    QDateTime date;
    QString messageId; // without the angle brackets, e.g. "<uuid>@sphair"

    // The message as RFC 5322/MIME text with CRLF line ends: UTF-8 headers as RFC 2047
    // encoded words, the body as UTF-8 quoted-printable. Not dot-stuffed (SMTP does that).
    QByteArray toMime() const;
};

// Where mail goes: an SMTP server, or (in the sandbox) a folder. Errors have the code
// kRejected (the server refused the message for good: retrying will not help) or
// kUnavailable (no connection, a timeout, a temporary refusal: try again later).
class MailTransport
{
public:
    static inline const QString kRejected = QStringLiteral("mail_rejected");
    static inline const QString kUnavailable = QStringLiteral("mail_unavailable");

    virtual ~MailTransport() = default;
    virtual models::Status send(const MailMessage &message) = 0;
};

// Sends through an SMTP server with the plain SMTP dialogue (EHLO or HELO, MAIL FROM, RCPT TO,
// DATA with dot-stuffing, QUIT), one connection per message. No TLS and no authentication:
// the server is a relay on the platform's own network.
class SmtpTransport : public MailTransport
{
public:
    struct Settings
    {
        QString host;
        quint16 port = 25;
        QString heloName = QStringLiteral("sphair-platform"); // the name EHLO gives
        std::chrono::milliseconds timeout {10000}; // per connect, read and write
    };

    explicit SmtpTransport(Settings settings)
        : m_settings(std::move(settings))
    { }

    models::Status send(const MailMessage &message) override;

    // `data` with every line that starts with '.' given a second '.' (RFC 5321 4.5.2) and
    // ending in CRLF.
    static QByteArray dotStuffed(const QByteArray &data);

private:
    Settings m_settings;
};

// Writes each message as a .eml file into a folder instead of sending it (the sandbox).
class FolderTransport : public MailTransport
{
public:
    explicit FolderTransport(QString folder)
        : m_folder(std::move(folder))
    { }

    models::Status send(const MailMessage &message) override;

private:
    QString m_folder;
};

} // namespace sphair::server
