#include "server/services/SessionTokens.h"

#include "licensing/Base64Url.h"

#include <sodium.h>

namespace sphair::server {

namespace {

// Length of 32 bytes in unpadded base64url.
constexpr qsizetype kEncodedLength = 43;

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

} // namespace

QByteArray SessionTokens::prefix(Kind kind)
{
    switch (kind) {
    case Kind::Session:
        return QByteArrayLiteral("sphs_");
    case Kind::Refresh:
        return QByteArrayLiteral("sphr_");
    case Kind::Tenant:
        return QByteArrayLiteral("spht_");
    }
    return {};
}

SessionTokens::Issued SessionTokens::issue(Kind kind)
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    unsigned char random[kRandomBytes];
    randombytes_buf(random, sizeof random);
    Issued issued;
    issued.token = prefix(kind)
        + licensing::Base64Url::encode(
                       QByteArrayView(reinterpret_cast<const char *>(random), sizeof random));
    sodium_memzero(random, sizeof random);
    issued.hash = hash(issued.token);
    return issued;
}

QByteArray SessionTokens::hash(QByteArrayView token)
{
    QByteArray digest(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()),
                       static_cast<std::size_t>(digest.size()),
                       reinterpret_cast<const unsigned char *>(token.data()),
                       static_cast<unsigned long long>(token.size()), nullptr, 0);
    return digest;
}

std::optional<SessionTokens::Kind> SessionTokens::kindOf(QByteArrayView token)
{
    for (Kind kind : {Kind::Session, Kind::Refresh, Kind::Tenant}) {
        const QByteArray expected = prefix(kind);
        if (!token.startsWith(expected) || token.size() != expected.size() + kEncodedLength)
            continue;
        for (char c : token.sliced(expected.size())) {
            if (!isBase64UrlCharacter(c))
                return std::nullopt;
        }
        return kind;
    }
    return std::nullopt;
}

bool SessionTokens::hashesEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace sphair::server
