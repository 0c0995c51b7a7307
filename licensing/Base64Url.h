#pragma once

#include "licensing/SecureBytes.h"
#include "models/domain/Result.h"

#include <QByteArray>

namespace sphair::licensing::Base64Url {

// Unpadded base64url (RFC 4648 §5) as PASETO and PASERK use it.
QByteArray encode(QByteArrayView bytes);
// Strict decoding: rejects padding, characters outside the alphabet, whitespace and
// non-canonical trailing bits ("invalid_base64").
models::Result<QByteArray> decode(QByteArrayView text);

// The same for secrets: the text and the result live in guarded memory, so a secret key never
// passes through an ordinary QByteArray on its way in or out of its PASERK form.
SecureBytes encodeSecure(const SecureBytes &bytes);
models::Result<SecureBytes> decodeSecure(QByteArrayView text);

} // namespace sphair::licensing::Base64Url
