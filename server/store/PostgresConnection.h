#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlResult.h"
#include "server/store/SqlSession.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace sphair::server {

// One libpq connection. Statements go through the extended protocol in pipeline mode, so a
// transaction's BEGIN, set_config() and first statement (and any statement not yet prepared
// on this connection) travel in one round trip. Each distinct SQL text is prepared once
// (up to 1000 per connection; beyond that the cache starts afresh).
class PostgresConnection
{
public:
    // One statement of a pipeline; params normalised by SqlValue::toParameter().
    struct Command
    {
        QString sql;
        SqlParams params;
    };

    // Connects with client_encoding UTF8 and sets TimeZone=UTC, DateStyle=ISO and the
    // statement timeout (0: none) for the session.
    static models::Result<std::unique_ptr<PostgresConnection>> connect(const QString &conninfo,
                                                                       int statementTimeoutMs);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    bool isBroken() const;

    // Sends the commands in one pipeline and returns one result per command, or the first
    // error (the server skips everything after it up to the sync point).
    models::Result<QList<SqlResult>> pipeline(const QList<Command> &commands);
    models::Result<SqlResult> exec(const QString &sql, const SqlParams &params = {});

    // Runs a ';'-separated script with the simple query protocol (migrations, role setup)
    // and returns the last statement's result.
    models::Result<SqlResult> execScript(const QString &sql);

    // The command tag of the last statement run ("COMMIT", "ROLLBACK", "INSERT 0 1", …).
    const QByteArray &lastCommandTag() const { return m_lastCommandTag; }

    pg_conn *handle() const { return m_conn; }

    // Maps a failed PGresult (or, with a null result, the connection's error) to an Error.
    static models::Error errorFrom(const pg_result *result, const pg_conn *conn,
                                   const QString &sql);

private:
    explicit PostgresConnection(pg_conn *conn);
    models::Error connectionError(const QString &what);
    SqlResult resultFrom(const pg_result *result);
    bool leavePipeline();

    pg_conn *m_conn;
    QHash<QString, QByteArray> m_prepared; // SQL text -> statement name
    int m_nextStatement = 0;
    bool m_broken = false;
    QByteArray m_lastCommandTag;
};

} // namespace sphair::server
