#pragma once

#include "server/http/ApiRoutes.h"

// /auth/login, /auth/refresh, /auth/logout and /auth/password: admin sessions with opaque
// tokens stored only as hashes, Argon2id passwords, and rate-limited logins.
namespace sphair::server::AuthRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::AuthRoutes
