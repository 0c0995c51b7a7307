#include "server/PlatformServer.h"
#include "server/Sandbox.h"

namespace sphair::server {

// Not built yet: the sandbox starts empty but for its superadmin.
models::Status Sandbox::seedDemoData(PlatformServer &server, const Files &files)
{
    Q_UNUSED(server)
    Q_UNUSED(files)
    return models::Status::success();
}

} // namespace sphair::server
