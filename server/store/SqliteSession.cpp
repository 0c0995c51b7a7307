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

models::Status SqliteSession::commit()
{
    models::Result<SqlResult> committed = m_connection.execScript(QStringLiteral("COMMIT"));
    if (!committed)
        return committed.error();
    return {};
}

models::Status SqliteSession::rollback()
{
    models::Result<SqlResult> rolledBack = m_connection.execScript(QStringLiteral("ROLLBACK"));
    if (!rolledBack)
        return rolledBack.error();
    return {};
}

} // namespace sphair::server
