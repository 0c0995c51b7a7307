#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace sphair::tests {

// A TCP relay on 127.0.0.1 in front of the real PlatformServer: THE ONE FAKE of the client
// tests, for faults a healthy server cannot produce on demand. It can drop the first N
// connections the moment they arrive (a connection failure), or hold connections open and
// never pass a byte on (a server that stopped answering). Every other connection is passed
// through byte for byte: TLS stays end to end between the client and the real server, so
// the pin, the routes and the answers are all real.
class TcpRelay : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Forward, Blackhole };

    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }

    void setMode(Mode mode) { m_mode = mode; }
    // Drops the next `count` connections as soon as they are accepted.
    void dropNext(int count) { m_dropsLeft = count; }
    // Connections accepted so far (dropped ones included).
    int connections() const { return m_connections; }
    // Bytes received from clients on connections that were not dropped.
    qint64 bytesFromClients() const { return m_bytesFromClients; }

private:
    void onNewConnection();
    void forward(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_targetPort;
    Mode m_mode = Mode::Forward;
    int m_dropsLeft = 0;
    int m_connections = 0;
    qint64 m_bytesFromClients = 0;
};

} // namespace sphair::tests
