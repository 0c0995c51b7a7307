#pragma once

#include "models/domain/Result.h"

#include <QByteArrayList>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sphair::server {

// Who sent a request, for throttling and the audit log. `X-Forwarded-For` is believed only
// as far as the hops that wrote it are trusted proxies: read from the right (the hop nearest
// the server), the first address that is not a trusted proxy is the client. A connection from
// anywhere else keeps its own address, whatever it claims.
class ClientAddress
{
public:
    ClientAddress() = default;

    // Addresses ("10.0.0.5", "::1") or subnets ("10.0.0.0/8"); invalid_field naming the
    // first one that is neither.
    static models::Result<ClientAddress> trusting(const QStringList &proxies);

    bool trustsAnyProxy() const { return !m_proxies.isEmpty(); }
    bool isTrustedProxy(const QHostAddress &address) const;

    // The client behind a connection from `peer` that carried these X-Forwarded-For values
    // (several headers in the order received; each a comma-separated list). An entry that is
    // not an address ends the walk at the last trusted hop.
    QString resolve(const QString &peer, const QByteArrayList &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_proxies;
};

} // namespace sphair::server
