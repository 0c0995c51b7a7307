#pragma once

#include "licensing/Ed25519Keys.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QList>

namespace sphair::licensing {

// The parts of a PASETO token after decoding: the payload (message) and the footer, both
// exactly as transmitted.
struct PasetoMessage
{
    QByteArray payload;
    QByteArray footer;
};

// PASETO version 4, purpose "public" (Ed25519), as specified by the PASETO standard.
// Only v4.public is accepted; any other header is refused with "unsupported_token".
namespace Paseto {

inline constexpr char kV4PublicHeader[] = "v4.public.";

// Pre-Authentication Encoding of the PASETO spec.
QByteArray pae(const QList<QByteArrayView> &pieces);

models::Result<QByteArray> signV4Public(const SigningKey &key, QByteArrayView payload,
                                        QByteArrayView footer = {},
                                        QByteArrayView implicitAssertion = {});

// Verifies `token` as received, then returns its payload and footer. Error codes:
// "malformed_token", "unsupported_token", "invalid_base64", "bad_signature".
models::Result<PasetoMessage> verifyV4Public(QByteArrayView token, const PublicKey &key,
                                             QByteArrayView implicitAssertion = {});

// Splits a v4.public token WITHOUT verifying it (for `inspect` and for finding the kid in the
// footer before verification). Nothing returned here may be trusted.
models::Result<PasetoMessage> decodeUntrusted(QByteArrayView token);
// Only the footer of a v4.public token, unverified: enough to find the kid, without decoding
// the body twice.
models::Result<QByteArray> untrustedFooter(QByteArrayView token);

} // namespace Paseto
} // namespace sphair::licensing
