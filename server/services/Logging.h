#pragma once

#include <QLoggingCategory>

namespace sphair::server {

// Services layer messages: deployments and their hooks, password hashing, license
// registration. Never log a token, a password, a key or a license body here.
Q_DECLARE_LOGGING_CATEGORY(lcServices)

} // namespace sphair::server
