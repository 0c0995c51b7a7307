#pragma once

#include "models/domain/Result.h"
#include "server/http/Request.h"
#include "server/http/Response.h"
#include "server/store/IdempotencyStore.h"

#include <functional>
#include <optional>

namespace sphair::server {

// Runs a POST handler at most once per Idempotency-Key and actor. Without the header the
// handler simply runs. With it: a retry with the same method, path, query and body gets the
// stored response again (with "Idempotent-Replayed: true"); the same key with anything else
// is 422 idempotency_key_reused; a retry while the first request runs is 409
// idempotency_key_in_progress. Answers of 5xx are not stored, so they can be retried. An
// answer that holds a secret (Response::holdsSecret) is stored as 409
// idempotent_answer_withheld naming what was made, never with the secret.
class IdempotentRequest
{
public:
    static constexpr int kMaxKeyLength = 255;

    static Response run(IdempotencyStore &store, const Request &request, const QString &actor,
                        const std::function<Response(const Request &)> &handler);

    // The Idempotency-Key header: nullopt when absent, invalid_idempotency_key when it is not
    // 1–255 visible ASCII characters.
    static models::Result<std::optional<QString>> keyOf(const Request &request);
    // BLAKE2b-256 over method, path, query and body (length-prefixed, so no two requests
    // share an encoding).
    static QByteArray requestHash(const Request &request);

    // A response as the bytes the store keeps (JSON), and back.
    static QByteArray encodeResponse(const Response &response);
    static models::Result<Response> decodeResponse(const QByteArray &encoded);
};

} // namespace sphair::server
