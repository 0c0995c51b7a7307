#pragma once

#include "server/store/Database.h"
#include "server/store/IdempotencyStore.h"

#include <QDateTime>

#include <atomic>
#include <chrono>
#include <functional>
#include <limits>

namespace sphair::server {

// How long idempotency keys live and how many one caller keeps.
struct IdempotencyLimits
{
    std::chrono::seconds ttl {std::chrono::hours(24)};
    int maxPerActor = 10000;
};

// Idempotency keys in the database (table idempotency_keys), so a retried POST is answered
// the same after a restart and across servers. The reservation is an insert that conflicts on
// (actor, key): of two concurrent first attempts exactly one proceeds. Keys expire after
// `ttl` (every expired key is deleted, at most once a minute per process), and one actor keeps
// at most `maxPerActor`: beyond that its oldest answered key makes room, as in
// MemoryIdempotencyStore.
class DatabaseIdempotencyStore : public IdempotencyStore
{
public:
    using Limits = IdempotencyLimits;
    using Clock = std::function<QDateTime()>;

    explicit DatabaseIdempotencyStore(Database *database, Limits limits = Limits(),
                                      Clock clock = {})
        : m_database(database)
        , m_limits(limits)
        , m_clock(std::move(clock))
    { }

    models::Result<Lookup> lookup(const Scope &scope, const QByteArray &requestHash) override;
    models::Status save(const Scope &scope, const QByteArray &requestHash, int status,
                        const QByteArray &response) override;
    void release(const Scope &scope) override;

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    // Deletes every expired key, unless that was done less than a minute ago.
    models::Status purgeExpired(SqlSession &session, const QDateTime &now);
    // Forgets the actor's oldest answered keys while it holds maxPerActor or more.
    models::Status makeRoom(SqlSession &session, const QString &actor);

    Database *m_database;
    Limits m_limits;
    Clock m_clock;
    std::atomic<qint64> m_lastPurge {std::numeric_limits<qint64>::min()}; // ms since the epoch
};

} // namespace sphair::server
