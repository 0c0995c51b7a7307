#include "server/services/Logging.h"

namespace sphair::server {

Q_LOGGING_CATEGORY(lcServices, "sphair.server.services", QtInfoMsg)

} // namespace sphair::server
