#include "server/store/Database.h"

#include "server/store/PostgresDatabase.h"
#include "server/store/SqliteDatabase.h"

namespace sphair::server {

Database::Database(SqlDialect dialect)
    : m_dialect(dialect)
{ }

Database::~Database() = default;

models::Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresOptions &options)
{
    return PostgresDatabase::open(options);
}

models::Result<std::unique_ptr<Database>> Database::openSqlite(const SqliteOptions &options)
{
    return SqliteDatabase::open(options);
}

models::Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    SqliteOptions options;
    options.path = path;
    return SqliteDatabase::open(options);
}

} // namespace sphair::server
