#include "licensing/Base64Url.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace sphair::licensing::Base64Url {

namespace {

constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

models::Error invalidBase64()
{
    return {QStringLiteral("invalid_base64"),
            QCoreApplication::translate("sphair::licensing::Base64Url",
                                        "The text is damaged: it contains characters that do "
                                        "not belong there, or it was cut off."),
            {}};
}

bool isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

// Decodes into `out` (capacity from maxDecodedSize) and returns the decoded length, or -1.
// libsodium already refuses non-canonical trailing bits and a length of 4n+1; the alphabet
// check in front makes the refusal of '=', whitespace and NUL independent of its parser.
qsizetype decodeInto(QByteArrayView text, unsigned char *out, std::size_t capacity)
{
    for (const char c : text) {
        if (!isAlphabet(c))
            return -1;
    }
    if (text.isEmpty())
        return 0;
    std::size_t written = 0;
    const char *end = nullptr;
    if (sodium_base642bin(out, capacity, text.data(), static_cast<std::size_t>(text.size()),
                          nullptr, &written, &end, kVariant)
        != 0)
        return -1;
    if (end != text.data() + text.size())
        return -1;
    return static_cast<qsizetype>(written);
}

std::size_t maxDecodedSize(QByteArrayView text)
{
    return static_cast<std::size_t>(text.size()) / 4 * 3 + 3;
}

} // namespace

// Public data (tokens, public keys, hashes) goes through a table-driven codec: libsodium's
// constant-time one costs about a tenth of a signature check per token, for data that is not
// secret. Secrets use the constant-time path below.
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

struct DecodeTable
{
    // int rather than signed char: the decoders below OR the values together to find a
    // negative one, which wants no sign extension on the way.
    int value[256] {};
    constexpr DecodeTable()
    {
        for (int &v : value)
            v = -1;
        for (int i = 0; i < 64; ++i)
            value[static_cast<unsigned char>(kAlphabet[i])] = i;
    }
};
constexpr DecodeTable kDecode;

QByteArray encode(QByteArrayView bytes)
{
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    QByteArray text(n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1), Qt::Uninitialized);
    char *out = text.data();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
        *out++ = kAlphabet[(v >> 18) & 63];
        *out++ = kAlphabet[(v >> 12) & 63];
        *out++ = kAlphabet[(v >> 6) & 63];
        *out++ = kAlphabet[v & 63];
    }
    if (n - i == 1) {
        const quint32 v = quint32(in[i]) << 16;
        *out++ = kAlphabet[(v >> 18) & 63];
        *out++ = kAlphabet[(v >> 12) & 63];
    } else if (n - i == 2) {
        const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8);
        *out++ = kAlphabet[(v >> 18) & 63];
        *out++ = kAlphabet[(v >> 12) & 63];
        *out++ = kAlphabet[(v >> 6) & 63];
    }
    return text;
}

models::Result<QByteArray> decode(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n % 4 == 1)
        return invalidBase64();
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    QByteArray bytes(n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(bytes.data());
    qsizetype i = 0;
    int bad = 0; // any character outside the alphabet makes some value negative
    for (; i + 4 <= n; i += 4) {
        const int a = kDecode.value[in[i]], b = kDecode.value[in[i + 1]],
                  c = kDecode.value[in[i + 2]], d = kDecode.value[in[i + 3]];
        bad |= a | b | c | d;
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        *out++ = static_cast<unsigned char>(v >> 16);
        *out++ = static_cast<unsigned char>(v >> 8);
        *out++ = static_cast<unsigned char>(v);
    }
    const qsizetype rest = n - i;
    if (rest >= 2) {
        const int a = kDecode.value[in[i]], b = kDecode.value[in[i + 1]];
        const int c = rest == 3 ? kDecode.value[in[i + 2]] : 0;
        bad |= a | b | c;
        // Unused low bits must be zero, so that every byte string has exactly one spelling.
        if (bad >= 0 && ((rest == 2 && (b & 0x0f) != 0) || (rest == 3 && (c & 0x03) != 0)))
            return invalidBase64();
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6);
        *out++ = static_cast<unsigned char>(v >> 16);
        if (rest == 3)
            *out++ = static_cast<unsigned char>(v >> 8);
    }
    if (bad < 0)
        return invalidBase64();
    return bytes;
}

SecureBytes encodeSecure(const SecureBytes &bytes)
{
    if (!ensureSodium() || bytes.isNull())
        return {};
    const std::size_t encodedSize = sodium_base64_ENCODED_LEN(bytes.size(), kVariant);
    SecureBytes withNul(encodedSize);
    SecureBytes text(encodedSize - 1);
    if (withNul.isNull() || text.isNull())
        return {};
    sodium_bin2base64(reinterpret_cast<char *>(withNul.data()), encodedSize, bytes.data(),
                      bytes.size(), kVariant);
    if (!text.isEmpty())
        std::memcpy(text.data(), withNul.data(), text.size());
    return text;
}

models::Result<SecureBytes> decodeSecure(QByteArrayView text)
{
    if (!ensureSodium())
        return invalidBase64();
    SecureBytes scratch(maxDecodedSize(text));
    if (scratch.isNull())
        return invalidBase64();
    const qsizetype size = decodeInto(text, scratch.data(), scratch.size());
    if (size < 0)
        return invalidBase64();
    return SecureBytes::copyOf(scratch.view().first(size));
}

} // namespace sphair::licensing::Base64Url
