#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace sphair::core::StrictJson {

// Parses `json` as one RFC 8259 JSON object and rejects what QJsonDocument lets pass:
// duplicate keys at any depth ("duplicate_key", details.key names it), trailing bytes,
// a top level that is not an object, and invalid UTF-8 ("invalid_json").
core::Result<QJsonObject> parseObject(QByteArrayView json);

} // namespace sphair::core::StrictJson
