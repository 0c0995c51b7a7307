#include "licensing/Ed25519Keys.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace sphair::licensing {

namespace {

static_assert(PublicKey::kSize == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKey::kSeedSize == crypto_sign_SEEDBYTES);
static_assert(SigningKey::kSecretKeySize == crypto_sign_SECRETKEYBYTES);

models::Error sodiumUnavailable()
{
    return {QStringLiteral("crypto_unavailable"),
            QCoreApplication::translate(
                "sphair::licensing::Ed25519Keys",
                "The cryptography library could not be started on this computer."),
            {}};
}

} // namespace

models::Result<PublicKey> PublicKey::fromRaw(QByteArrayView raw)
{
    if (raw.size() != kSize) {
        return models::Result<PublicKey>::failure(
            QStringLiteral("invalid_public_key"),
            QCoreApplication::translate("sphair::licensing::Ed25519Keys",
                                        "This is not a valid public key: it has the wrong length."),
            {{QStringLiteral("length"), static_cast<qint64>(raw.size())}});
    }
    PublicKey key;
    key.m_raw = raw.toByteArray();
    return key;
}

models::Result<SigningKey> SigningKey::generate()
{
    if (!ensureSodium())
        return sodiumUnavailable();
    SecureBytes seed(kSeedSize);
    if (seed.isNull())
        return sodiumUnavailable();
    randombytes_buf(seed.data(), seed.size());
    return fromSeed(seed);
}

models::Result<SigningKey> SigningKey::fromSeed(const SecureBytes &seed)
{
    if (!ensureSodium())
        return sodiumUnavailable();
    if (seed.isNull() || seed.size() != static_cast<std::size_t>(kSeedSize)) {
        return models::Result<SigningKey>::failure(
            QStringLiteral("invalid_seed"),
            QCoreApplication::translate(
                "sphair::licensing::Ed25519Keys",
                "The stored signing key is damaged: it has the wrong length."));
    }
    SigningKey key;
    key.m_secret = SecureBytes(kSecretKeySize);
    if (key.m_secret.isNull())
        return sodiumUnavailable();
    QByteArray publicRaw(PublicKey::kSize, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicRaw.data()),
                             key.m_secret.data(), seed.data());
    key.m_public = PublicKey::fromRaw(publicRaw).value();
    return key;
}

models::Result<SigningKey> SigningKey::fromSecretKey(const SecureBytes &secretKey)
{
    if (secretKey.isNull() || secretKey.size() != static_cast<std::size_t>(kSecretKeySize)) {
        return models::Result<SigningKey>::failure(
            QStringLiteral("invalid_secret_key"),
            QCoreApplication::translate(
                "sphair::licensing::Ed25519Keys",
                "This is not a valid signing key: it has the wrong length."));
    }
    SecureBytes seedPart = SecureBytes::copyOf(secretKey.view().first(kSeedSize));
    auto derived = fromSeed(seedPart);
    if (!derived)
        return derived;
    // libsodium would sign with whatever public half it is given; a mismatched half yields
    // signatures nobody can verify, so such a key is refused up front.
    const QByteArrayView claimedPublic = secretKey.view().sliced(kSeedSize);
    if (claimedPublic != QByteArrayView(derived->publicKey().raw())) {
        return models::Result<SigningKey>::failure(
            QStringLiteral("invalid_secret_key"),
            QCoreApplication::translate(
                "sphair::licensing::Ed25519Keys",
                "This signing key is damaged: its two halves do not belong together."));
    }
    return derived;
}

SecureBytes SigningKey::seed() const
{
    if (m_secret.isNull())
        return {};
    return SecureBytes::copyOf(m_secret.view().first(kSeedSize));
}

QByteArray SigningKey::signDetached(QByteArrayView message) const
{
    if (m_secret.isNull())
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

bool verifyDetached(const PublicKey &key, QByteArrayView message, QByteArrayView signature)
{
    if (!ensureSodium() || key.raw().size() != PublicKey::kSize
        || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.data()),
               reinterpret_cast<const unsigned char *>(message.data()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(key.raw().constData()))
        == 0;
}

} // namespace sphair::licensing
