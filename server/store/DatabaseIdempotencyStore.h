#pragma once

#include "server/store/Database.h"
#include "server/store/IdempotencyStore.h"

namespace sphair::server {

// Idempotency keys in the database (table idempotency_keys), so a retried POST is answered
// the same after a restart and across servers. The reservation is an insert that conflicts on
// (actor, key): of two concurrent first attempts exactly one proceeds. Keys expire after a day.
class DatabaseIdempotencyStore : public IdempotencyStore
{
public:
    explicit DatabaseIdempotencyStore(Database *database)
        : m_database(database)
    { }

    models::Result<Lookup> lookup(const Scope &scope, const QByteArray &requestHash) override;
    models::Status save(const Scope &scope, const QByteArray &requestHash, int status,
                        const QByteArray &response) override;
    void release(const Scope &scope) override;

private:
    Database *m_database;
};

} // namespace sphair::server
