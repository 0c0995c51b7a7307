#pragma once

#include "server/store/ConnectionPool.h"
#include "server/store/Database.h"
#include "server/store/SqliteConnection.h"

#include <QMutex>

#include <memory>

namespace sphair::server {

// The embedded backend: one SQLite file in WAL mode. Read-only transactions run side by
// side; write transactions take turns, first on an in-process lock (fair, no polling) and
// then with BEGIN IMMEDIATE, which waits (busy_timeout) for writers in other processes.
// Tenant scopes are not enforced here: the Store adds the company filter itself.
class SqliteDatabase : public Database
{
public:
    static models::Result<std::unique_ptr<Database>> open(const SqliteOptions &options);

    models::Status transaction(const TxScope &scope, const TransactionFunction &fn) override;
    PoolUse poolUse() const override { return {m_pool.inUse(), m_pool.size()}; }

private:
    explicit SqliteDatabase(const SqliteOptions &options);
    models::Status migrate();

    SqliteOptions m_options;
    ConnectionPool<SqliteConnection> m_pool;
    QMutex m_writeLock;
};

} // namespace sphair::server
