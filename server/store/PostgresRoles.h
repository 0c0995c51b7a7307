#pragma once

#include "models/domain/Result.h"
#include "server/store/PostgresOptions.h"

#include <QString>

namespace sphair::server {

// Sets up the three PostgreSQL roles the platform connects as (owner, app, operator, each
// with a random password, none a superuser or BYPASSRLS) and a database owned by the owner
// role. Used by tests against pg_virtualenv and by first-time setup; needs a superuser.
class PostgresRoles
{
public:
    QString database;
    QString ownerRole;
    QString appRole;
    QString operatorRole;
    QString ownerConninfo;
    QString appConninfo;
    QString operatorConninfo;

    // prefix names everything: <prefix> (database), <prefix>_owner, <prefix>_app and
    // <prefix>_operator. Lower-case letters, digits and '_'; empty picks a random one.
    // superuserConninfo may be empty to use the PG* environment (as pg_virtualenv sets it).
    static models::Result<PostgresRoles> create(const QString &superuserConninfo,
                                                const QString &prefix = {});
    // Drops the database (closing its connections) and the three roles.
    static models::Status drop(const QString &superuserConninfo, const PostgresRoles &roles);

    PostgresOptions options(int poolSize = 16) const;

    // Quotes a value for a libpq key=value conninfo string.
    static QString conninfoValue(const QString &value);
};

} // namespace sphair::server
