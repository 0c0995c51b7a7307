#include "licensing/Paserk.h"

#include "licensing/Base64Url.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <optional>

namespace sphair::licensing::Paserk {

namespace {

constexpr char kPublicHeader[] = "k4.public.";
constexpr char kSecretHeader[] = "k4.secret.";
constexpr char kPidHeader[] = "k4.pid.";
constexpr char kSidHeader[] = "k4.sid.";
constexpr char kSecretPwHeader[] = "k4.secret-pw.";

// Key ids are 33-byte BLAKE2b digests: 264 bits encode to 44 base64url characters with no
// leftover bits.
constexpr std::size_t kIdSize = 33;
constexpr qsizetype kIdTextSize = 44;

// The k4.secret-pw layout: salt || mem || ops || para || nonce || edk || tag.
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kParamsSize = 8 + 4 + 4;
constexpr std::size_t kNonceSize = crypto_stream_xchacha20_NONCEBYTES;
constexpr std::size_t kEdkSize = SigningKey::kSecretKeySize;
constexpr std::size_t kTagSize = 32;
constexpr std::size_t kDerivedKeySize = 32;
constexpr std::size_t kWrappedSize = kSaltSize + kParamsSize + kNonceSize + kEdkSize + kTagSize;

// Bounds on the Argon2id cost read from a backup: the file is untrusted, and a huge memory
// or time cost would let a crafted backup hang or exhaust the machine before the tag check.
constexpr quint64 kMinMemLimit = 8ull * 1024;
constexpr quint64 kMaxMemLimit = 1024ull * 1024 * 1024;
constexpr quint32 kMinOpsLimit = 1;
constexpr quint32 kMaxOpsLimit = 32;

static_assert(kNonceSize == 24);
static_assert(kDerivedKeySize == crypto_stream_xchacha20_KEYBYTES);

models::Error invalidPaserk(const char *reason)
{
    return {QStringLiteral("invalid_paserk"),
            QCoreApplication::translate(
                "sphair::licensing::Paserk",
                "This is not a valid key in the expected format, or it was damaged when it "
                "was copied."),
            {{QStringLiteral("reason"), QLatin1String(reason)}}};
}

models::Error cryptoFailure()
{
    return {QStringLiteral("crypto_unavailable"),
            QCoreApplication::translate(
                "sphair::licensing::Paserk",
                "The key could not be processed: the computer ran out of memory or the "
                "cryptography library is unavailable."),
            {}};
}

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

// PASERK ID operation: BLAKE2b-264 over the id header followed by the key's own PASERK text
// (not the raw key bytes), so the id also commits to the key's version and type.
QString idOf(const char *header, QByteArrayView paserk)
{
    if (!ensureSodium())
        return {};
    const QByteArrayView h(header);
    unsigned char digest[kIdSize];
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kIdSize);
    crypto_generichash_update(&state, bytesOf(h), static_cast<unsigned long long>(h.size()));
    crypto_generichash_update(&state, bytesOf(paserk),
                              static_cast<unsigned long long>(paserk.size()));
    crypto_generichash_final(&state, digest, kIdSize);
    sodium_memzero(&state, sizeof state); // the state has absorbed secret bytes for k4.sid
    return QLatin1String(header)
        + QString::fromLatin1(
               Base64Url::encode(QByteArrayView(reinterpret_cast<const char *>(digest), kIdSize)));
}

void appendBe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

quint64 readBe(QByteArrayView in, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | static_cast<unsigned char>(in[i]);
    return value;
}

// Argon2id key k, then Ek = BLAKE2b-256(0xFF || k) and Ak = BLAKE2b-256(0xFE || k), as PASERK
// PBKW for v4 specifies.
struct WrappingKeys
{
    SecureBytes encryption;
    SecureBytes authentication;
};

SecureBytes hashWithPrefix(unsigned char prefix, const SecureBytes &k)
{
    SecureBytes out(kDerivedKeySize);
    if (out.isNull())
        return {};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kDerivedKeySize);
    crypto_generichash_update(&state, &prefix, 1);
    crypto_generichash_update(&state, k.data(), k.size());
    crypto_generichash_final(&state, out.data(), out.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

models::Result<WrappingKeys> deriveKeys(const SecureBytes &password, QByteArrayView salt,
                                        quint64 memLimit, quint32 opsLimit)
{
    SecureBytes k(kDerivedKeySize);
    if (k.isNull())
        return cryptoFailure();
    const char *passwordText = reinterpret_cast<const char *>(password.data());
    static const char emptyPassword[1] = {0};
    if (password.isEmpty())
        passwordText = emptyPassword;
    if (crypto_pwhash(k.data(), k.size(), passwordText, password.size(), bytesOf(salt), opsLimit,
                      static_cast<std::size_t>(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return cryptoFailure();
    WrappingKeys keys {hashWithPrefix(0xff, k), hashWithPrefix(0xfe, k)};
    if (keys.encryption.isNull() || keys.authentication.isNull())
        return cryptoFailure();
    return keys;
}

// t = BLAKE2b-256 keyed with Ak over h || salt || mem || ops || para || n || edk.
QByteArray tagOf(const SecureBytes &authKey, QByteArrayView authenticated)
{
    const QByteArrayView h(kSecretPwHeader);
    QByteArray tag(static_cast<qsizetype>(kTagSize), '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, authKey.data(), authKey.size(), kTagSize);
    crypto_generichash_update(&state, bytesOf(h), static_cast<unsigned long long>(h.size()));
    crypto_generichash_update(&state, bytesOf(authenticated),
                              static_cast<unsigned long long>(authenticated.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(tag.data()), kTagSize);
    sodium_memzero(&state, sizeof state);
    return tag;
}

// The text after `header`, or nothing when the PASERK has another version or type.
std::optional<QByteArrayView> bodyAfter(QByteArrayView paserk, const char *header)
{
    const QByteArrayView h(header);
    if (!paserk.startsWith(h))
        return std::nullopt;
    return paserk.sliced(h.size());
}

bool costInRange(quint64 memLimit, quint32 opsLimit, quint32 parallelism)
{
    return parallelism == 1 && memLimit >= kMinMemLimit && memLimit <= kMaxMemLimit
        && opsLimit >= kMinOpsLimit && opsLimit <= kMaxOpsLimit;
}

} // namespace

QString encodePublic(const PublicKey &key)
{
    if (key.raw().size() != PublicKey::kSize)
        return {};
    return QLatin1String(kPublicHeader) + QString::fromLatin1(Base64Url::encode(key.raw()));
}

models::Result<PublicKey> decodePublic(QByteArrayView paserk)
{
    const auto body = bodyAfter(paserk, kPublicHeader);
    if (!body)
        return invalidPaserk("header");
    auto raw = Base64Url::decode(*body);
    if (!raw)
        return invalidPaserk("base64");
    if (raw->size() != PublicKey::kSize)
        return invalidPaserk("length");
    return PublicKey::fromRaw(raw.value());
}

SecureBytes encodeSecret(const SigningKey &key)
{
    if (key.isNull())
        return {};
    const SecureBytes encoded = Base64Url::encodeSecure(key.secretKey());
    const std::size_t headerSize = qstrlen(kSecretHeader);
    SecureBytes text(headerSize + encoded.size());
    if (encoded.isNull() || text.isNull())
        return {};
    std::memcpy(text.data(), kSecretHeader, headerSize);
    std::memcpy(text.data() + headerSize, encoded.data(), encoded.size());
    return text;
}

models::Result<SigningKey> decodeSecret(QByteArrayView paserk)
{
    const auto body = bodyAfter(paserk, kSecretHeader);
    if (!body)
        return invalidPaserk("header");
    auto raw = Base64Url::decodeSecure(*body);
    if (!raw)
        return invalidPaserk("base64");
    if (raw->size() != static_cast<std::size_t>(SigningKey::kSecretKeySize))
        return invalidPaserk("length");
    auto key = SigningKey::fromSecretKey(raw.value());
    if (!key)
        return invalidPaserk("public_key_mismatch");
    return key;
}

QString publicId(const PublicKey &key)
{
    if (key.raw().size() != PublicKey::kSize)
        return {};
    return idOf(kPidHeader, encodePublic(key).toLatin1());
}

QString secretId(const SigningKey &key)
{
    if (key.isNull())
        return {};
    const SecureBytes paserk = encodeSecret(key);
    if (paserk.isNull())
        return {};
    return idOf(kSidHeader, paserk.view());
}

bool isPublicId(QStringView text)
{
    const QLatin1String header(kPidHeader);
    if (text.size() != header.size() + kIdTextSize || !text.startsWith(header))
        return false;
    for (const QChar c : text.sliced(header.size())) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

models::Result<QByteArray> wrapSecretWithPassword(const SigningKey &key,
                                                  const SecureBytes &password,
                                                  const PasswordOptions &options)
{
    if (key.isNull()) {
        return models::Result<QByteArray>::failure(
            QStringLiteral("invalid_secret_key"),
            QCoreApplication::translate("sphair::licensing::Paserk", "No signing key is loaded."));
    }
    if (password.isNull())
        return cryptoFailure();
    if (!costInRange(options.memLimitBytes, options.opsLimit, options.parallelism)) {
        return models::Result<QByteArray>::failure(
            QStringLiteral("invalid_options"),
            QCoreApplication::translate(
                "sphair::licensing::Paserk",
                "The passphrase protection settings are outside the supported range."));
    }
    if (!ensureSodium())
        return cryptoFailure();

    QByteArray salt(static_cast<qsizetype>(kSaltSize), '\0');
    randombytes_buf(salt.data(), kSaltSize);
    auto keys = deriveKeys(password, salt, options.memLimitBytes, options.opsLimit);
    if (!keys)
        return keys.error();

    QByteArray nonce(static_cast<qsizetype>(kNonceSize), '\0');
    randombytes_buf(nonce.data(), kNonceSize);
    QByteArray edk(static_cast<qsizetype>(kEdkSize), '\0');
    crypto_stream_xchacha20_xor(reinterpret_cast<unsigned char *>(edk.data()),
                                key.secretKey().data(), kEdkSize, bytesOf(nonce),
                                keys->encryption.data());

    QByteArray wrapped;
    wrapped.reserve(static_cast<qsizetype>(kWrappedSize));
    wrapped.append(salt);
    appendBe(wrapped, options.memLimitBytes, 8);
    appendBe(wrapped, options.opsLimit, 4);
    appendBe(wrapped, options.parallelism, 4);
    wrapped.append(nonce);
    wrapped.append(edk);
    wrapped.append(tagOf(keys->authentication, wrapped));
    return QByteArray(kSecretPwHeader) + Base64Url::encode(wrapped);
}

models::Result<SigningKey> unwrapSecretWithPassword(QByteArrayView paserk,
                                                    const SecureBytes &password)
{
    const auto body = bodyAfter(paserk, kSecretPwHeader);
    if (!body)
        return invalidPaserk("header");
    auto decoded = Base64Url::decode(*body);
    if (!decoded)
        return invalidPaserk("base64");
    const QByteArrayView wrapped(decoded.value());
    if (wrapped.size() != static_cast<qsizetype>(kWrappedSize))
        return invalidPaserk("length");

    qsizetype at = 0;
    const QByteArrayView salt = wrapped.sliced(at, kSaltSize);
    at += kSaltSize;
    const quint64 memLimit = readBe(wrapped.sliced(at, 8), 8);
    const auto opsLimit = static_cast<quint32>(readBe(wrapped.sliced(at + 8, 4), 4));
    const auto parallelism = static_cast<quint32>(readBe(wrapped.sliced(at + 12, 4), 4));
    at += kParamsSize;
    const QByteArrayView nonce = wrapped.sliced(at, kNonceSize);
    at += kNonceSize;
    const QByteArrayView edk = wrapped.sliced(at, kEdkSize);
    at += kEdkSize;
    const QByteArrayView tag = wrapped.sliced(at, kTagSize);
    if (!costInRange(memLimit, opsLimit, parallelism))
        return invalidPaserk("parameters");
    if (password.isNull() || !ensureSodium())
        return cryptoFailure();

    auto keys = deriveKeys(password, salt, memLimit, opsLimit);
    if (!keys)
        return keys.error();
    // The tag is checked before anything is decrypted, and in constant time.
    const QByteArray expectedTag = tagOf(keys->authentication, wrapped.first(at));
    if (sodium_memcmp(expectedTag.constData(), tag.data(), kTagSize) != 0) {
        return models::Result<SigningKey>::failure(
            QStringLiteral("wrong_passphrase"),
            QCoreApplication::translate("sphair::licensing::Paserk",
                                        "The passphrase is wrong, or the key backup is damaged."));
    }

    SecureBytes secretKey(kEdkSize);
    if (secretKey.isNull())
        return cryptoFailure();
    crypto_stream_xchacha20_xor(secretKey.data(), bytesOf(edk), kEdkSize, bytesOf(nonce),
                                keys->encryption.data());
    auto key = SigningKey::fromSecretKey(secretKey);
    if (!key)
        return invalidPaserk("public_key_mismatch");
    return key;
}

} // namespace sphair::licensing::Paserk
