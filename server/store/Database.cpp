#include "server/store/Database.h"

#include "server/store/PostgresDatabase.h"
#include "server/store/SqlErrorCode.h"
#include "server/store/SqliteDatabase.h"

namespace sphair::server {

Database::Database(SqlDialect dialect)
    : m_dialect(dialect)
{ }

Database::~Database() = default;

models::Status Database::checkScope(const TxScope &scope)
{
    if (scope.isTenant() && scope.companyId().isNull()) {
        return models::Status::failure(SqlErrorCode::InvalidArgument,
                                       QStringLiteral("A tenant transaction needs a company id."));
    }
    return {};
}

models::Status Database::finish(SqlSession &session, const TransactionFunction &fn,
                                const std::function<void()> &discard) const
{
    session.m_observer = &m_observer;
    const auto rollback = [&]() {
        if (session.begun() && !session.rollback())
            discard();
    };
    models::Status status;
    try {
        status = fn(session);
    } catch (...) {
        rollback();
        throw;
    }
    if (status && session.failure()) {
        status = models::Status::failure(
            SqlErrorCode::TransactionAborted,
            QStringLiteral("A statement failed, so the transaction was rolled back: %1")
                .arg(session.failure()->message),
            {{QStringLiteral("cause"), session.failure()->code}});
    }
    if (!status || !session.begun()) {
        rollback();
        return status;
    }
    models::Status committed = session.commit();
    if (!committed)
        rollback();
    return committed;
}

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
