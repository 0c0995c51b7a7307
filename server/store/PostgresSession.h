#pragma once

#include "server/store/SqlSession.h"

namespace sphair::server {

class PostgresConnection;

// A transaction on one PostgreSQL connection. BEGIN (and, for a tenant, the set_config() of
// app.current_company_id) is sent lazily, pipelined with the first statement.
class PostgresSession : public SqlSession
{
public:
    PostgresSession(PostgresConnection &connection, const TxScope &scope,
                    const SqlDialect &dialect);

protected:
    models::Result<SqlResult> run(const QString &sql, const SqlParams &params) override;
    // Whether BEGIN was sent (if not, there is nothing to commit or roll back).
    bool begun() const override { return m_begun; }
    models::Status commit() override;
    models::Status rollback() override;

private:
    PostgresConnection &m_connection;
    bool m_begun = false;
};

} // namespace sphair::server
