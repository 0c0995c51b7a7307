#pragma once

#include <QLoggingCategory>

namespace sphair::server {

// HTTP layer messages: requests (method, path, status, time), refusals and failures. Never
// log a request or response body, a query string, a header value, a token, a password or a
// key here.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace sphair::server
