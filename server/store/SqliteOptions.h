#pragma once

#include <QString>

namespace sphair::server {

// Where and how to open the embedded SQLite platform database.
struct SqliteOptions
{
    QString path;
    // Connections in the pool. Readers run concurrently (WAL); writers take turns.
    int poolSize = 8;
    // How long a transaction waits for a free connection before failing with db_busy.
    int acquireTimeoutMs = 30000;
    // How long a writer waits for another process's write lock (busy_timeout).
    int busyTimeoutMs = 10000;
};

} // namespace sphair::server
