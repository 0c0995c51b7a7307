#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>

namespace sphair::tests {

// A real SMTP server for the notice tests: tests/support/smtp_receiver.py (Python's aiosmtpd,
// Debian package python3-aiosmtpd) as a child process on 127.0.0.1. It keeps every message
// it accepts as a JSON file in a folder before it answers, so a message the server under test
// was told is delivered can be read at once. Recipients at @reject.example are refused for
// good (550).
class SmtpReceiver
{
public:
    // A Python 3 that has aiosmtpd; empty when there is none (the test then fails, naming the
    // package).
    static QString pythonWithAiosmtpd();
    // A port nothing listens on right now (the receiver takes it later); 0 when none is found.
    static quint16 freePort();

    SmtpReceiver(QString python, QString folder, quint16 port);
    ~SmtpReceiver();
    SmtpReceiver(const SmtpReceiver &) = delete;
    SmtpReceiver &operator=(const SmtpReceiver &) = delete;

    quint16 port() const { return m_port; }
    // Starts it and waits for its "ready" line.
    bool start();
    // Closes its input, which ends it, and waits until it has.
    void stop();
    // The messages received so far, in order: mail_from, rcpt_tos, helo, from, to, subject,
    // content_type, charset, body.
    QList<QJsonObject> messages() const;
    // The received message to `recipient` whose subject contains `subjectPart`; empty when
    // there is none.
    QJsonObject messageTo(const QString &recipient, const QString &subjectPart) const;

private:
    QString m_python;
    QString m_folder;
    quint16 m_port;
    QProcess m_process;
};

} // namespace sphair::tests
