#pragma once

#include "server/store/ConnectionPool.h"
#include "server/store/Database.h"
#include "server/store/PostgresConnection.h"

#include <memory>

namespace sphair::server {

// The production backend: PostgreSQL through libpq, with one pool for the app role (tenant
// transactions, confined by row-level security) and one for the operator role (admin
// console). Migrations run once at open() as the owner role.
class PostgresDatabase : public Database
{
public:
    static models::Result<std::unique_ptr<Database>> open(const PostgresOptions &options);

    models::Status transaction(const TxScope &scope, const TransactionFunction &fn) override;
    PoolUse poolUse() const override
    {
        return {m_appPool.inUse() + m_operatorPool.inUse(),
                m_appPool.size() + m_operatorPool.size()};
    }

private:
    explicit PostgresDatabase(const PostgresOptions &options);
    models::Status checkRoles();
    models::Status migrate();

    PostgresOptions m_options;
    ConnectionPool<PostgresConnection> m_appPool;
    ConnectionPool<PostgresConnection> m_operatorPool;
    QString m_appRole;
    QString m_operatorRole;
};

} // namespace sphair::server
