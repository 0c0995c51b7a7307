#pragma once

#include "server/store/SqlSession.h"

namespace sphair::server {

class SqliteConnection;

// A transaction on one SQLite connection, opened by SqliteDatabase before fn runs.
class SqliteSession : public SqlSession
{
public:
    SqliteSession(SqliteConnection &connection, const TxScope &scope, const SqlDialect &dialect);

protected:
    models::Result<SqlResult> run(const QString &sql, const SqlParams &params) override;
    models::Status commit() override;
    models::Status rollback() override;

private:
    SqliteConnection &m_connection;
};

} // namespace sphair::server
