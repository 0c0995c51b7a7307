#pragma once

#include "models/domain/Result.h"
#include "server/store/PostgresOptions.h"
#include "server/store/SqlDialect.h"
#include "server/store/SqlSession.h"
#include "server/store/SqliteOptions.h"
#include "server/store/TxScope.h"

#include <functional>
#include <memory>
#include <optional>

namespace sphair::server {

// A platform database (PostgreSQL or SQLite) with its schema migrated, handing out
// transactions from a connection pool. Thread-safe: every HTTP worker thread may call
// transaction() at once.
class Database
{
public:
    using TransactionFunction = std::function<models::Status(SqlSession &)>;

    virtual ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Connects the app and operator pools, checks the roles are safe for row-level security,
    // and migrates the schema as the owner role (grants and policies included).
    static models::Result<std::unique_ptr<Database>> openPostgres(const PostgresOptions &options);
    // Creates or reopens the file (WAL, foreign keys on, synchronous=FULL) and migrates it.
    static models::Result<std::unique_ptr<Database>> openSqlite(const SqliteOptions &options);
    static models::Result<std::unique_ptr<Database>> openSqlite(const QString &path);

    // Runs fn in one transaction for the given scope. Commits when fn succeeds and every
    // statement succeeded; otherwise rolls back and returns the failure, so nothing
    // half-written remains. Never call transaction() from inside fn (it would wait for a
    // second connection and could deadlock the pool).
    virtual models::Status transaction(const TxScope &scope, const TransactionFunction &fn) = 0;

    // transaction() for work that produces a value: `fn` returns it (or fails, and the
    // transaction rolls back).
    template<typename T, typename Fn>
    models::Result<T> fetch(const TxScope &scope, Fn &&fn)
    {
        std::optional<T> produced;
        const models::Status done = transaction(scope, [&](SqlSession &session) {
            models::Result<T> result = fn(session);
            if (!result)
                return models::Status(result.error());
            produced = std::move(result).value();
            return models::Status::success();
        });
        if (!done)
            return done.error();
        return std::move(*produced);
    }

    // Connections of the pools lent out now, and how many the pools may open (both pools
    // together on PostgreSQL).
    struct PoolUse
    {
        int inUse = 0;
        int size = 0;
    };
    virtual PoolUse poolUse() const = 0;

    // Called with the time of every statement run inside transaction() (the server's
    // metrics). Set it before the database is shared between threads.
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

    const SqlDialect &dialect() const { return m_dialect; }
    // The schema version after migrating (Migrations::latestVersion() when up to date).
    int schemaVersion() const { return m_schemaVersion; }

protected:
    explicit Database(SqlDialect dialect);
    void setSchemaVersion(int version) { m_schemaVersion = version; }

    // Refuses a tenant scope without a company id.
    static models::Status checkScope(const TxScope &scope);
    // The part of transaction() both backends share, once `session` is open: runs fn, then
    // commits when fn and every statement succeeded, else rolls back. `discard` is called when
    // the transaction could not be ended, so the connection must not be reused.
    models::Status finish(SqlSession &session, const TransactionFunction &fn,
                          const std::function<void()> &discard) const;

private:
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    StatementObserver m_observer;
};

} // namespace sphair::server
