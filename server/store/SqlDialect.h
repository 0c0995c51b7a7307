#pragma once

#include <QLatin1String>
#include <QString>

namespace sphair::server {

// The few places where the SQL both backends accept still differs. Everything else is
// written once: $1..$n placeholders, no :: casts, ON CONFLICT, RETURNING, true/false, and
// the functions now() and gen_random_uuid(), which SQLite connections get from us (now()
// yields ISO 8601 UTC text with milliseconds, the form SqlValue writes timestamps in).
// Date arithmetic (intervals) differs too: compute times in C++ and pass them as parameters.
class SqlDialect
{
public:
    enum class Backend { Postgres, Sqlite };

    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    { }

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // " FOR UPDATE" to lock the selected rows until commit on PostgreSQL; empty on SQLite,
    // whose write transactions are serialised anyway (BEGIN IMMEDIATE).
    QLatin1String forUpdate() const;

    // The seconds since 1970 of a timestamp column, as an integer: EXTRACT(EPOCH …) on
    // PostgreSQL, strftime('%s', …) on SQLite, whose timestamps are ISO 8601 text.
    QString epochSeconds(const QString &column) const;

private:
    Backend m_backend;
};

} // namespace sphair::server
