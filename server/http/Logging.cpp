#include "server/http/Logging.h"

namespace sphair::server {

Q_LOGGING_CATEGORY(lcHttp, "sphair.server.http", QtInfoMsg)

} // namespace sphair::server
