#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlErrorCode.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace sphair::server {

// A bounded pool of connections of one kind, opened on demand. A caller that finds every
// connection in use waits (up to a deadline) instead of opening more, so the database sees
// at most `size` connections from this pool. Connections that report isBroken() are dropped.
template<typename Connection>
class ConnectionPool
{
public:
    using Factory = std::function<models::Result<std::unique_ptr<Connection>>()>;

    // A connection borrowed from the pool; returned on destruction, or dropped if discarded.
    class Lease
    {
    public:
        Lease(ConnectionPool *pool, std::unique_ptr<Connection> connection)
            : m_pool(pool)
            , m_connection(std::move(connection))
        { }
        Lease(Lease &&other) noexcept
            : m_pool(std::exchange(other.m_pool, nullptr))
            , m_connection(std::move(other.m_connection))
            , m_discard(other.m_discard)
        { }
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        ~Lease()
        {
            if (m_pool)
                m_pool->release(std::move(m_connection), m_discard);
        }

        Connection &operator*() const { return *m_connection; }
        Connection *operator->() const { return m_connection.get(); }
        // Close the connection instead of returning it (its state is unknown).
        void discard() { m_discard = true; }

    private:
        ConnectionPool *m_pool;
        std::unique_ptr<Connection> m_connection;
        bool m_discard = false;
    };

    ConnectionPool(int size, int acquireTimeoutMs, Factory factory)
        : m_size(size > 0 ? size : 1)
        , m_acquireTimeoutMs(acquireTimeoutMs)
        , m_factory(std::move(factory))
    { }
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;
    ~ConnectionPool() { Q_ASSERT(m_open == static_cast<int>(m_idle.size())); }

    models::Result<Lease> acquire()
    {
        QDeadlineTimer deadline(m_acquireTimeoutMs);
        QMutexLocker locker(&m_mutex);
        for (;;) {
            while (!m_idle.empty()) {
                std::unique_ptr<Connection> connection = std::move(m_idle.back());
                m_idle.pop_back();
                if (!connection->isBroken())
                    return Lease(this, std::move(connection));
                --m_open;
            }
            if (m_open < m_size) {
                ++m_open;
                locker.unlock();
                models::Result<std::unique_ptr<Connection>> created = m_factory();
                if (!created) {
                    locker.relock();
                    --m_open;
                    m_available.wakeOne();
                    return created.error();
                }
                return Lease(this, std::move(created).value());
            }
            if (!m_available.wait(&m_mutex, deadline)) {
                return models::Result<Lease>::failure(
                    SqlErrorCode::Busy,
                    QStringLiteral("No database connection became free within %1 ms.")
                        .arg(m_acquireTimeoutMs));
            }
        }
    }

    int size() const { return m_size; }
    // Connections lent out right now (for the server's metrics).
    int inUse() const
    {
        QMutexLocker locker(&m_mutex);
        return m_open - static_cast<int>(m_idle.size());
    }

private:
    void release(std::unique_ptr<Connection> connection, bool discard)
    {
        QMutexLocker locker(&m_mutex);
        if (discard || !connection || connection->isBroken()) {
            --m_open;
            locker.unlock();
            connection.reset(); // close outside the lock
            locker.relock();
        } else {
            m_idle.push_back(std::move(connection));
        }
        m_available.wakeOne();
    }

    const int m_size;
    const int m_acquireTimeoutMs;
    Factory m_factory;
    mutable QMutex m_mutex;
    QWaitCondition m_available;
    std::vector<std::unique_ptr<Connection>> m_idle;
    int m_open = 0;
};

} // namespace sphair::server
