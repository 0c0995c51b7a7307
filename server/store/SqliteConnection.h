#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlResult.h"
#include "server/store/SqlSession.h"
#include "server/store/SqliteOptions.h"

#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sphair::server {

// One SQLite connection (WAL, foreign keys on, synchronous=FULL, busy timeout), with its
// prepared statements cached by SQL text and the functions now() and gen_random_uuid() that
// PostgreSQL has built in.
class SqliteConnection
{
public:
    static models::Result<std::unique_ptr<SqliteConnection>> open(const SqliteOptions &options);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isBroken() const { return false; }

    // Runs one statement with $1..$n bound by name. With readOnly, a statement that would
    // write is refused with db_read_only.
    models::Result<SqlResult> exec(const QString &sql, const SqlParams &params,
                                   bool readOnly = false);
    // Runs ';'-separated statements without parameters; returns the last one's result.
    models::Result<SqlResult> execScript(const QString &sql);

private:
    explicit SqliteConnection(sqlite3 *db);
    models::Error error(int code, const QString &sql) const;
    models::Result<SqlResult> step(sqlite3_stmt *statement, const QString &sql);

    sqlite3 *m_db;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace sphair::server
