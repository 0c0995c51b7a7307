#include "server/store/SqliteSession.h"

#include "server/store/SqliteConnection.h"

namespace sphair::server {

SqliteSession::SqliteSession(SqliteConnection &connection, const TxScope &scope,
                             const SqlDialect &dialect)
    : SqlSession(scope, dialect)
    , m_connection(connection)
{ }

models::Result<SqlResult> SqliteSession::run(const QString &sql, const SqlParams &params)
{
    return m_connection.exec(sql, params, scope().isReadOnly());
}

} // namespace sphair::server
