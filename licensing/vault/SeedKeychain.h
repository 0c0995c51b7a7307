#pragma once

#include "licensing/SecureBytes.h"
#include "models/domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sphair::licensing {

// The OS keychain entries that hold issuer key seeds (one entry per key id), through
// QtKeychain. Never enables QtKeychain's insecure plaintext fallback: with no keychain
// backend every call fails with "keychain_unavailable".
class SeedKeychain : public QObject
{
    Q_OBJECT
public:
    explicit SeedKeychain(QString service, QObject *parent = nullptr);

    const QString &service() const { return m_service; }

    void write(const QString &kid, const SecureBytes &seed,
               std::function<void(models::Status)> done);
    // "key_not_in_keychain" when the entry is missing.
    void read(const QString &kid, std::function<void(models::Result<SecureBytes>)> done);
    void remove(const QString &kid, std::function<void(models::Status)> done);

private:
    QString m_service;
};

} // namespace sphair::licensing
