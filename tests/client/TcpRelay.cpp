#include "tests/client/TcpRelay.h"

#include <QTcpSocket>

namespace sphair::tests {

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onNewConnection);
}

bool TcpRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpRelay::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        client->setParent(this);
        if (m_dropsLeft > 0) {
            --m_dropsLeft;
            client->abort();
            client->deleteLater();
            continue;
        }
        if (m_mode == Mode::Blackhole) {
            // Reads and discards, never answers, never closes.
            connect(client, &QTcpSocket::readyRead, client,
                    [this, client] { m_bytesFromClients += client->readAll().size(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            continue;
        }
        forward(client);
    }
}

void TcpRelay::forward(QTcpSocket *client)
{
    auto *upstream = new QTcpSocket(client);
    // Writes made while connecting are buffered by QAbstractSocket and sent once connected.
    upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
        const QByteArray data = client->readAll();
        m_bytesFromClients += data.size();
        upstream->write(data);
    });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(client, &QTcpSocket::disconnected, upstream,
            [upstream] { upstream->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(upstream, &QTcpSocket::errorOccurred, client,
            [client](QAbstractSocket::SocketError) { client->disconnectFromHost(); });
}

} // namespace sphair::tests
