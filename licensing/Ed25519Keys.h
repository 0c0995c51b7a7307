#pragma once

#include "licensing/SecureBytes.h"
#include "models/domain/Result.h"

#include <QByteArray>

namespace sphair::licensing {

// An Ed25519 public key (32 bytes).
class PublicKey
{
public:
    static constexpr int kSize = 32;
    PublicKey() = default;
    // Fails with "invalid_public_key" unless `raw` is exactly 32 bytes.
    static models::Result<PublicKey> fromRaw(QByteArrayView raw);
    const QByteArray &raw() const { return m_raw; }
    bool isNull() const { return m_raw.isEmpty(); }
    bool operator==(const PublicKey &other) const { return m_raw == other.m_raw; }
    bool operator!=(const PublicKey &other) const { return m_raw != other.m_raw; }

private:
    QByteArray m_raw;
};

// An Ed25519 signing key: the 64-byte libsodium secret key (seed || public key) in guarded
// memory, plus its public key. Move-only.
class SigningKey
{
public:
    static constexpr int kSeedSize = 32;
    static constexpr int kSecretKeySize = 64;

    SigningKey() = default;
    // A fresh key from the OS CSPRNG.
    static models::Result<SigningKey> generate();
    // Derives the key pair from a 32-byte seed ("invalid_seed" otherwise).
    static models::Result<SigningKey> fromSeed(const SecureBytes &seed);
    // From the 64-byte secret key; fails with "invalid_secret_key" when the embedded public
    // key does not belong to the seed.
    static models::Result<SigningKey> fromSecretKey(const SecureBytes &secretKey);

    bool isNull() const { return m_secret.isNull(); }
    const PublicKey &publicKey() const { return m_public; }
    const SecureBytes &secretKey() const { return m_secret; }
    SecureBytes seed() const;

    // Raw detached Ed25519 signature (64 bytes) over `message`.
    QByteArray signDetached(QByteArrayView message) const;

private:
    SecureBytes m_secret;
    PublicKey m_public;
};

bool verifyDetached(const PublicKey &key, QByteArrayView message, QByteArrayView signature);

} // namespace sphair::licensing
