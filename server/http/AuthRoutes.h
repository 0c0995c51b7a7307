#pragma once

#include "server/http/ApiContext.h"
#include "server/http/Router.h"

namespace sphair::server {

// /auth/login, /auth/refresh, /auth/logout and /auth/password: admin sessions with opaque
// tokens stored only as hashes, Argon2id passwords, and rate-limited logins.
class AuthRoutes
{
public:
    static void registerRoutes(Router &router, ApiContext &context);
};

} // namespace sphair::server
