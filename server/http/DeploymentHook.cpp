#include "server/http/DeploymentHook.h"

namespace sphair::server {

DeploymentHook::~DeploymentHook() = default;

} // namespace sphair::server
