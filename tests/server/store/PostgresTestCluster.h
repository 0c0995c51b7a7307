#pragma once

#include "server/store/PostgresRoles.h"

#include <QString>
#include <QtGlobal>

namespace sphair::tests {

// The throwaway PostgreSQL cluster a test runs in (pg_virtualenv via with-postgres.sh).
class PostgresTestCluster
{
public:
    // Empty when the PG* environment of pg_virtualenv is present; otherwise why not.
    static QString missingReason()
    {
        if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGUSER")) {
            return QStringLiteral("PGHOST/PGUSER are not set: run this test under pg_virtualenv "
                                  "(tests/support/with-postgres.sh; Debian package "
                                  "postgresql-common), e.g. via ctest -L postgres");
        }
        return {};
    }

    // The superuser connection: pg_virtualenv's PG* environment.
    static QString superuserConninfo() { return {}; }
};

} // namespace sphair::tests
