#include "server/services/DeploymentHook.h"

namespace sphair::server {

DeploymentHook::~DeploymentHook() = default;

} // namespace sphair::server
