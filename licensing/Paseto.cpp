#include "licensing/Paseto.h"

#include "licensing/Base64Url.h"

#include <QCoreApplication>

#include <sodium.h>

namespace sphair::licensing::Paseto {

namespace {

constexpr int kSignatureSize = crypto_sign_BYTES;

QByteArrayView header()
{
    return {kV4PublicHeader};
}

models::Error malformed(const char *reason)
{
    return {QStringLiteral("malformed_token"),
            QCoreApplication::translate(
                "sphair::licensing::Paseto",
                "This is not a complete license token. It may have been cut off or changed "
                "when it was copied."),
            {{QStringLiteral("reason"), QLatin1String(reason)}}};
}

// PAE's LE64: little-endian with the top bit cleared, so that languages without unsigned
// 64-bit integers produce the same bytes.
void appendLe64(QByteArray &out, quint64 value)
{
    for (int i = 0; i < 8; ++i) {
        if (i == 7)
            value &= 0x7f;
        out.append(static_cast<char>(value & 0xff));
        value >>= 8;
    }
}

// Splits a token into its base64url body and footer text after checking the header and the
// number of dots. Nothing is decoded or verified here.
struct TokenParts
{
    QByteArrayView body;
    QByteArrayView footer;
    bool hasFooter = false;
};

models::Result<TokenParts> split(QByteArrayView token)
{
    // Any token that names another version or purpose is refused before anything else is
    // looked at, so a v4.local or v3 token can never be mistaken for a license.
    if (!token.startsWith(header())) {
        if (token.count('.') >= 2) {
            return models::Result<TokenParts>::failure(
                QStringLiteral("unsupported_token"),
                QCoreApplication::translate(
                    "sphair::licensing::Paseto",
                    "This token is not a SPHAiR license: it uses a format this program does "
                    "not accept."));
        }
        return malformed("header");
    }
    const QByteArrayView rest = token.sliced(header().size());
    TokenParts parts;
    const qsizetype dot = rest.indexOf('.');
    if (dot < 0) {
        parts.body = rest;
    } else {
        parts.body = rest.first(dot);
        parts.footer = rest.sliced(dot + 1);
        parts.hasFooter = true;
        if (parts.footer.contains('.'))
            return malformed("extra_dot");
        // Signing never writes "." with nothing after it; accepting it would give two
        // spellings of one token.
        if (parts.footer.isEmpty())
            return malformed("empty_footer");
    }
    return parts;
}

models::Result<PasetoMessage> decodeParts(const TokenParts &parts, QByteArray *signature)
{
    auto body = Base64Url::decode(parts.body);
    if (!body)
        return body.error();
    if (body->size() < kSignatureSize)
        return malformed("short_body");
    PasetoMessage message;
    message.payload = body->first(body->size() - kSignatureSize);
    if (signature != nullptr)
        *signature = body->last(kSignatureSize);
    if (parts.hasFooter) {
        auto footer = Base64Url::decode(parts.footer);
        if (!footer)
            return footer.error();
        message.footer = footer.value();
    }
    return message;
}

} // namespace

QByteArray pae(const QList<QByteArrayView> &pieces)
{
    qsizetype total = 8;
    for (const QByteArrayView piece : pieces)
        total += 8 + piece.size();
    QByteArray out;
    out.reserve(total);
    appendLe64(out, static_cast<quint64>(pieces.size()));
    for (const QByteArrayView piece : pieces) {
        appendLe64(out, static_cast<quint64>(piece.size()));
        out.append(piece);
    }
    return out;
}

models::Result<QByteArray> signV4Public(const SigningKey &key, QByteArrayView payload,
                                        QByteArrayView footer, QByteArrayView implicitAssertion)
{
    if (key.isNull()) {
        return models::Result<QByteArray>::failure(
            QStringLiteral("invalid_secret_key"),
            QCoreApplication::translate("sphair::licensing::Paseto", "No signing key is loaded."));
    }
    const QByteArray signature =
        key.signDetached(pae({header(), payload, footer, implicitAssertion}));
    QByteArray body;
    body.reserve(payload.size() + kSignatureSize);
    body.append(payload);
    body.append(signature);

    QByteArray token = header().toByteArray();
    token.append(Base64Url::encode(body));
    if (!footer.isEmpty()) {
        token.append('.');
        token.append(Base64Url::encode(footer));
    }
    return token;
}

models::Result<PasetoMessage> verifyV4Public(QByteArrayView token, const PublicKey &key,
                                             QByteArrayView implicitAssertion)
{
    auto parts = split(token);
    if (!parts)
        return parts.error();
    QByteArray signature;
    auto message = decodeParts(parts.value(), &signature);
    if (!message)
        return message;
    const QByteArray signedBytes =
        pae({header(), message->payload, message->footer, implicitAssertion});
    if (!verifyDetached(key, signedBytes, signature)) {
        return models::Result<PasetoMessage>::failure(
            QStringLiteral("bad_signature"),
            QCoreApplication::translate(
                "sphair::licensing::Paseto",
                "The license signature does not match. The license was changed after it was "
                "issued, or it was issued with a different key."));
    }
    return message;
}

models::Result<QByteArray> untrustedFooter(QByteArrayView token)
{
    auto parts = split(token);
    if (!parts)
        return parts.error();
    if (!parts->hasFooter)
        return QByteArray();
    return Base64Url::decode(parts->footer);
}

models::Result<PasetoMessage> decodeUntrusted(QByteArrayView token)
{
    auto parts = split(token);
    if (!parts)
        return parts.error();
    return decodeParts(parts.value(), nullptr);
}

} // namespace sphair::licensing::Paseto
