#include "server/store/PostgresSession.h"

#include "server/store/PostgresConnection.h"
#include "server/store/SqlErrorCode.h"

namespace sphair::server {

PostgresSession::PostgresSession(PostgresConnection &connection, const TxScope &scope,
                                 const SqlDialect &dialect)
    : SqlSession(scope, dialect)
    , m_connection(connection)
{ }

models::Result<SqlResult> PostgresSession::run(const QString &sql, const SqlParams &params)
{
    QList<PostgresConnection::Command> commands;
    if (!m_begun) {
        commands.append(
            {scope().isReadOnly() ? QStringLiteral("BEGIN READ ONLY") : QStringLiteral("BEGIN"),
             {}});
        if (scope().isTenant()) {
            // Transaction-local (true): the setting ends with the transaction, so a pooled
            // connection never carries one tenant's id into another's request.
            commands.append(
                {QStringLiteral("SELECT set_config('app.current_company_id', $1, true)"),
                 {scope().companyId().toString(QUuid::WithoutBraces)}});
        }
        m_begun = true;
    }
    commands.append({sql, params});
    models::Result<QList<SqlResult>> results = m_connection.pipeline(commands);
    if (!results)
        return results.error();
    return results->takeLast();
}

models::Status PostgresSession::commit()
{
    models::Result<SqlResult> result = m_connection.exec(QStringLiteral("COMMIT"));
    if (!result)
        return result.error();
    // COMMIT of a failed transaction "succeeds" with the tag ROLLBACK.
    if (m_connection.lastCommandTag() != "COMMIT") {
        return models::Status::failure(SqlErrorCode::TransactionAborted,
                                       QStringLiteral("The transaction was rolled back."));
    }
    return {};
}

models::Status PostgresSession::rollback()
{
    models::Result<SqlResult> result = m_connection.exec(QStringLiteral("ROLLBACK"));
    if (!result)
        return result.error();
    return {};
}

} // namespace sphair::server
