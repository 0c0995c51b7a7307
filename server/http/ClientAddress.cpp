#include "server/http/ClientAddress.h"

#include "models/domain/Validation.h"

#include <QCoreApplication>

namespace sphair::server {

namespace {

// "203.0.113.7", "[2001:db8::1]" or "::ffff:203.0.113.7" as one comparable address (IPv4 when
// it is one).
QHostAddress parseHop(QStringView text)
{
    QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
        trimmed = trimmed.mid(1, trimmed.size() - 2);
    QHostAddress address;
    if (trimmed.isEmpty() || !address.setAddress(trimmed.toString()))
        return {};
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

} // namespace

models::Result<ClientAddress> ClientAddress::trusting(const QStringList &proxies)
{
    ClientAddress trusted;
    for (const QString &proxy : proxies) {
        QPair<QHostAddress, int> subnet = proxy.contains(u'/')
            ? QHostAddress::parseSubnet(proxy)
            : QPair<QHostAddress, int>(parseHop(proxy), -1);
        if (subnet.first.isNull()) {
            return models::Validation::invalidField(
                QStringLiteral("trusted_proxy"), QStringLiteral("not_an_address"),
                QCoreApplication::translate("ClientAddress",
                                            "“%1” is neither an IP address nor a subnet.")
                    .arg(proxy),
                {});
        }
        if (subnet.second < 0)
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        trusted.m_proxies.append(subnet);
    }
    return trusted;
}

bool ClientAddress::isTrustedProxy(const QHostAddress &address) const
{
    for (const auto &subnet : m_proxies) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString ClientAddress::resolve(const QString &peer, const QByteArrayList &forwardedFor) const
{
    QHostAddress current = parseHop(peer);
    if (current.isNull() || !isTrustedProxy(current))
        return peer;
    QStringList hops;
    for (const QByteArray &header : forwardedFor)
        hops += QString::fromLatin1(header).split(u',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress next = parseHop(*hop);
        if (next.isNull())
            break; // not written by a proxy we trust: stop at the hop that passed it on
        current = next;
        if (!isTrustedProxy(current))
            break;
    }
    return current.toString();
}

} // namespace sphair::server
