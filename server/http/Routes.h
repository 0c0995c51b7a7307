#pragma once

#include "server/http/ApiRoutes.h"

namespace sphair::server {

// Every route of the platform API, area by area, each from the registerRoutes() of its route
// file. PlatformServer calls this once, before the server starts.
void registerAllRoutes(ApiRoutes &routes);

} // namespace sphair::server
