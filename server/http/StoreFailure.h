#pragma once

#include "models/domain/Error.h"
#include "server/http/Request.h"
#include "server/http/Response.h"

namespace sphair::server {

// Turns the failure of a route's transaction into its answer. Errors the route raised itself
// (codes in ApiError's table: not_found, conflict, user_limit_reached, …) keep their code and
// status. Storage errors never reach the client as they are: a unique violation is 409
// conflict, a busy or unreachable database 503 with Retry-After, anything else is logged
// with the request id and answered 500 internal_error without the database's text.
class StoreFailure
{
public:
    static Response toResponse(const models::Error &error, const Request &request);
};

} // namespace sphair::server
