#pragma once

#include "server/store/IdempotencyStore.h"

#include <QHash>
#include <QMutex>

#include <chrono>
#include <functional>

namespace sphair::server {

// IdempotencyStore in process memory, for tests and single-process use: entries expire after
// `ttl`; when `maxEntries` is reached the oldest completed entry makes room.
class MemoryIdempotencyStore : public IdempotencyStore
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit MemoryIdempotencyStore(std::chrono::seconds ttl = std::chrono::hours(24),
                                    Clock clock = {}, qsizetype maxEntries = 100000);

    models::Result<Lookup> lookup(const Scope &scope, const QByteArray &requestHash) override;
    models::Status save(const Scope &scope, const QByteArray &requestHash, int status,
                        const QByteArray &response) override;
    void release(const Scope &scope) override;

    qsizetype size() const;

private:
    struct Entry
    {
        QByteArray requestHash;
        QByteArray method;
        QString path;
        bool complete = false;
        QByteArray response;
        std::chrono::steady_clock::time_point created;
    };

    static QString keyOf(const Scope &scope);
    std::chrono::steady_clock::time_point now() const;
    void makeRoom(std::chrono::steady_clock::time_point now);

    std::chrono::seconds m_ttl;
    Clock m_clock;
    qsizetype m_maxEntries;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace sphair::server
