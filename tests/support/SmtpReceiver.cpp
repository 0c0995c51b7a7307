#include "tests/support/SmtpReceiver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>

namespace sphair::tests {

namespace {

constexpr int kWaitMs = 30000;

const QString kReceiverScript = QStringLiteral(SPHAIR_SOURCE_DIR "/tests/support/smtp_receiver.py");

} // namespace

QString SmtpReceiver::pythonWithAiosmtpd()
{
    QStringList candidates {QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates.append(onPath);
    for (const QString &python : std::as_const(candidates)) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd.controller")});
        if (probe.waitForFinished(kWaitMs) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0)
            return python;
    }
    return {};
}

quint16 SmtpReceiver::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

SmtpReceiver::SmtpReceiver(QString python, QString folder, quint16 port)
    : m_python(std::move(python))
    , m_folder(std::move(folder))
    , m_port(port)
{ }

SmtpReceiver::~SmtpReceiver()
{
    stop();
}

bool SmtpReceiver::start()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(m_python, {kReceiverScript, m_folder, QString::number(m_port)});
    if (!m_process.waitForStarted(kWaitMs))
        return false;
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(kWaitMs))
            return false;
    }
    return m_process.readLine().trimmed() == "ready";
}

void SmtpReceiver::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(kWaitMs)) {
        m_process.kill();
        m_process.waitForFinished(kWaitMs);
    }
}

QList<QJsonObject> SmtpReceiver::messages() const
{
    QList<QJsonObject> found;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            found.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return found;
}

QJsonObject SmtpReceiver::messageTo(const QString &recipient, const QString &subjectPart) const
{
    const QList<QJsonObject> received = messages();
    for (const QJsonObject &message : received) {
        if (message.value(QLatin1String("rcpt_tos")).toArray().contains(recipient)
            && message.value(QLatin1String("subject")).toString().contains(subjectPart))
            return message;
    }
    return {};
}

} // namespace sphair::tests
