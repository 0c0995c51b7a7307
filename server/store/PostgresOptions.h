#pragma once

#include <QString>

namespace sphair::server {

// How to reach PostgreSQL: one libpq conninfo string per role (key=value or URI form).
// The owner role owns the tables and runs migrations; the app role serves tenant routes and
// the operator role the admin console. Neither may be a superuser or have BYPASSRLS, and the
// three must be distinct roles; Database::openPostgres() refuses anything else.
struct PostgresOptions
{
    QString ownerConninfo;
    QString appConninfo;
    QString operatorConninfo;
    // Connections per pool (app and operator each). Size it to the HTTP thread pool.
    int poolSize = 16;
    // How long a transaction waits for a free connection before failing with db_busy.
    int acquireTimeoutMs = 30000;
    // Server-side statement_timeout for every pooled connection; 0 disables it.
    int statementTimeoutMs = 30000;
};

} // namespace sphair::server
