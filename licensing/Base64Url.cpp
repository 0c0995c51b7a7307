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

QByteArray encode(QByteArrayView bytes)
{
    if (!ensureSodium() || bytes.isEmpty())
        return {};
    const std::size_t encodedSize =
        sodium_base64_ENCODED_LEN(static_cast<std::size_t>(bytes.size()), kVariant);
    QByteArray text(static_cast<qsizetype>(encodedSize), '\0');
    sodium_bin2base64(text.data(), encodedSize,
                      reinterpret_cast<const unsigned char *>(bytes.data()),
                      static_cast<std::size_t>(bytes.size()), kVariant);
    text.chop(1); // the terminating NUL
    return text;
}

models::Result<QByteArray> decode(QByteArrayView text)
{
    if (!ensureSodium())
        return invalidBase64();
    QByteArray bytes(static_cast<qsizetype>(maxDecodedSize(text)), '\0');
    const qsizetype size =
        decodeInto(text, reinterpret_cast<unsigned char *>(bytes.data()), bytes.size());
    if (size < 0)
        return invalidBase64();
    bytes.truncate(size);
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
