#pragma once

#include <QLoggingCategory>

namespace sphair::server {

// Storage layer messages. Never log statement parameters here: they may hold tokens, token
// hashes or password hashes. SQL text and SQLSTATE codes are safe.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace sphair::server
