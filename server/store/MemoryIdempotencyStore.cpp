#include "server/store/MemoryIdempotencyStore.h"

#include <QMutexLocker>

#include <algorithm>

namespace sphair::server {

MemoryIdempotencyStore::MemoryIdempotencyStore(std::chrono::seconds ttl, Clock clock,
                                               qsizetype maxEntries)
    : m_ttl(ttl)
    , m_clock(std::move(clock))
    , m_maxEntries(std::max<qsizetype>(1, maxEntries))
{ }

QString MemoryIdempotencyStore::keyOf(const Scope &scope)
{
    // The actor never contains a NUL, so the pair is unambiguous.
    return scope.actor + QChar(u'\0') + scope.key;
}

std::chrono::steady_clock::time_point MemoryIdempotencyStore::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

void MemoryIdempotencyStore::makeRoom(std::chrono::steady_clock::time_point now)
{
    m_entries.removeIf(
        [&](const QHash<QString, Entry>::iterator &it) { return now - it->created >= m_ttl; });
    while (m_entries.size() >= m_maxEntries) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->complete && (oldest == m_entries.end() || it->created < oldest->created))
                oldest = it;
        }
        if (oldest == m_entries.end())
            break;
        m_entries.erase(oldest);
    }
}

models::Result<IdempotencyStore::Lookup>
MemoryIdempotencyStore::lookup(const Scope &scope, const QByteArray &requestHash)
{
    QMutexLocker locker(&m_mutex);
    const auto time = now();
    const QString key = keyOf(scope);
    auto found = m_entries.find(key);
    if (found != m_entries.end() && time - found->created >= m_ttl) {
        m_entries.erase(found);
        found = m_entries.end();
    }
    if (found == m_entries.end()) {
        if (m_entries.size() >= m_maxEntries)
            makeRoom(time);
        m_entries.insert(key, Entry {requestHash, scope.method, scope.path, false, {}, time});
        return Lookup {Outcome::Proceed, {}};
    }
    if (found->requestHash != requestHash || found->method != scope.method
        || found->path != scope.path)
        return Lookup {Outcome::Reused, {}};
    if (!found->complete)
        return Lookup {Outcome::InProgress, {}};
    return Lookup {Outcome::Replay, found->response};
}

models::Status MemoryIdempotencyStore::save(const Scope &scope, const QByteArray &requestHash,
                                            int status, const QByteArray &response)
{
    Q_UNUSED(status)
    QMutexLocker locker(&m_mutex);
    Entry &entry = m_entries[keyOf(scope)];
    entry.requestHash = requestHash;
    entry.method = scope.method;
    entry.path = scope.path;
    entry.complete = true;
    entry.response = response;
    if (entry.created == std::chrono::steady_clock::time_point())
        entry.created = now();
    return models::Status::success();
}

void MemoryIdempotencyStore::release(const Scope &scope)
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_entries.constFind(keyOf(scope));
    if (found != m_entries.constEnd() && !found->complete)
        m_entries.erase(found);
}

qsizetype MemoryIdempotencyStore::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries.size();
}

} // namespace sphair::server
