#include "server/store/SqliteDatabase.h"

#include "server/store/Logging.h"
#include "server/store/Migrations.h"
#include "server/store/SqlErrorCode.h"
#include "server/store/SqliteSession.h"

#include <chrono>
#include <mutex>

namespace sphair::server {

SqliteDatabase::SqliteDatabase(const SqliteOptions &options)
    : Database(SqlDialect(SqlDialect::Backend::Sqlite))
    , m_options(options)
    , m_pool(options.poolSize, options.acquireTimeoutMs,
             [options]() { return SqliteConnection::open(options); })
{ }

models::Result<std::unique_ptr<Database>> SqliteDatabase::open(const SqliteOptions &options)
{
    if (options.path.isEmpty()) {
        return models::Result<std::unique_ptr<Database>>::failure(
            SqlErrorCode::InvalidArgument, QStringLiteral("SQLite needs a database file."));
    }
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(options));
    if (models::Status status = database->migrate(); !status)
        return status.error();
    qCInfo(lcStore) << "SQLite ready:" << options.path << "schema version"
                    << database->schemaVersion();
    return std::unique_ptr<Database>(std::move(database));
}

models::Status SqliteDatabase::migrate()
{
    QMutexLocker writer(&m_writeLock);
    auto lease = m_pool.acquire();
    if (!lease)
        return lease.error();
    SqliteConnection &connection = *lease.value();
    auto run = [&connection](const QString &sql) {
        return connection.execScript(sql);
    };
    if (models::Result<SqlResult> begun = run(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun.error();
    models::Result<int> before = Migrations::apply(run, dialect());
    if (!before) {
        (void)run(QStringLiteral("ROLLBACK"));
        return before.error();
    }
    if (models::Result<SqlResult> committed = run(QStringLiteral("COMMIT")); !committed) {
        (void)run(QStringLiteral("ROLLBACK"));
        return committed.error();
    }
    setSchemaVersion(Migrations::latestVersion());
    return {};
}

models::Status SqliteDatabase::transaction(const TxScope &scope, const TransactionFunction &fn)
{
    if (models::Status valid = checkScope(scope); !valid)
        return valid;
    const bool writes = !scope.isReadOnly();
    std::unique_lock<QMutex> writer(m_writeLock, std::defer_lock);
    if (writes && !writer.try_lock_for(std::chrono::milliseconds(m_options.acquireTimeoutMs))) {
        return models::Status::failure(
            SqlErrorCode::Busy,
            QStringLiteral("Another write transaction held the database for %1 ms.")
                .arg(m_options.acquireTimeoutMs));
    }
    auto lease = m_pool.acquire();
    if (!lease)
        return lease.error();
    SqliteConnection &connection = *lease.value();
    if (models::Result<SqlResult> begun = connection.execScript(
            writes ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        !begun) {
        return begun.error();
    }
    SqliteSession session(connection, scope, dialect());
    return finish(session, fn, [&lease]() { lease.value().discard(); });
}

} // namespace sphair::server
