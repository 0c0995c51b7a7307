#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sphair::client {

// The admin session of each connection profile in the OS keychain, through QtKeychain:
// service "SPHAiR admin sessions", key = the profile's name, secret = a small JSON object
// with the session and refresh tokens. Never enables QtKeychain's insecure plaintext
// fallback: without a keychain every call fails with "keychain_unavailable", and the caller
// keeps the session in memory only.
class SessionKeychain : public QObject
{
    Q_OBJECT
public:
    static QString defaultService();

    explicit SessionKeychain(QString service = defaultService(), QObject *parent = nullptr);

    const QString &service() const { return m_service; }

    void write(const QString &profile, const QByteArray &secret,
               std::function<void(models::Status)> done);
    // An empty QByteArray when there is no entry for the profile (not an error).
    void read(const QString &profile, std::function<void(models::Result<QByteArray>)> done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &profile, std::function<void(models::Status)> done);

private:
    QString m_service;
};

} // namespace sphair::client
