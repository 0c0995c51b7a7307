#pragma once

#include "models/domain/Result.h"
#include "server/http/Request.h"

#include <QByteArray>

namespace sphair::server {

// Reads the credential of "Authorization: Bearer <token>" (scheme case-insensitive, RFC 6750
// token characters). Errors are 401 unauthorized and never echo the header's value.
class BearerToken
{
public:
    static models::Result<QByteArray> fromRequest(const Request &request);
    // Whether `token` is an RFC 6750 b64token (what fromRequest() accepts), 4096 bytes at most.
    static bool isWellFormed(QByteArrayView token);
};

} // namespace sphair::server
