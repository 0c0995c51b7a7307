#pragma once

#include "licensing/Ed25519Keys.h"
#include "licensing/SecureBytes.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QString>

// PASERK serialisations for version 4 keys: k4.public, k4.secret, k4.pid, k4.sid and the
// password-wrapped k4.secret-pw (Argon2id + XChaCha20 + keyed BLAKE2b).
namespace sphair::licensing::Paserk {

QString encodePublic(const PublicKey &key);
// "invalid_paserk" for a wrong type/version prefix or a wrong length.
models::Result<PublicKey> decodePublic(QByteArrayView paserk);

// The k4.secret text is itself a secret, hence SecureBytes (ASCII).
SecureBytes encodeSecret(const SigningKey &key);
models::Result<SigningKey> decodeSecret(QByteArrayView paserk);

// Key identifiers: k4.pid (of a public key) and k4.sid (of a secret key).
QString publicId(const PublicKey &key);
QString secretId(const SigningKey &key);
// True if `text` has the shape of a k4.pid ("k4.pid." + 44 base64url characters).
bool isPublicId(QStringView text);

// Argon2id cost parameters. libsodium only supports a parallelism of 1.
struct PasswordOptions
{
    quint64 memLimitBytes = 256ull * 1024 * 1024;
    quint32 opsLimit = 3;
    quint32 parallelism = 1;
};

models::Result<QByteArray> wrapSecretWithPassword(const SigningKey &key,
                                                  const SecureBytes &password,
                                                  const PasswordOptions &options = {});
// Errors: "invalid_paserk" (shape, version, parameters out of range), "wrong_passphrase"
// (authentication tag mismatch: wrong passphrase or a damaged backup).
models::Result<SigningKey> unwrapSecretWithPassword(QByteArrayView paserk,
                                                    const SecureBytes &password);

} // namespace sphair::licensing::Paserk
