#include "server/store/Logging.h"

namespace sphair::server {

Q_LOGGING_CATEGORY(lcStore, "sphair.server.store", QtInfoMsg)

} // namespace sphair::server
