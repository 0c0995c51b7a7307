#pragma once

#include "models/domain/Result.h"
#include "server/http/Request.h"

#include <QJsonObject>

namespace sphair::server {

// Reads a request body as one JSON object: 415 unsupported_media_type unless the
// Content-Type is application/json (charset, if given, utf-8), 400 malformed_json for bytes
// that are not strict JSON (also duplicate keys, nesting deeper than 64, trailing bytes) or
// whose top level is not an object. details name the reason and byte offset.
class JsonBody
{
public:
    static models::Status checkContentType(const Request &request);
    static models::Result<QJsonObject> parseObject(const Request &request);
};

} // namespace sphair::server
