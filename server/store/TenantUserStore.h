#pragma once

#include "models/domain/Result.h"
#include "models/domain/TenantUser.h"
#include "server/store/SqlSession.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The users of one tenant (the users table), in the caller's transaction. Every statement
// filters by company_id itself, so on SQLite (no row-level security) a tenant transaction
// still sees only its own rows.
class TenantUserStore
{
public:
    // A page of users, oldest first.
    static models::Result<QList<models::TenantUser>>
    list(SqlSession &session, const QUuid &companyId, int limit, qint64 offset);
    static models::Result<qint64> count(SqlSession &session, const QUuid &companyId);
    // Users that take a seat of the license (status active).
    static models::Result<qint64> countActive(SqlSession &session, const QUuid &companyId);
    // Inserts `user` (id chosen by the caller); nullopt when the e-mail address is taken in
    // this company. Returns the stored user.
    static models::Result<std::optional<models::TenantUser>>
    insert(SqlSession &session, const QUuid &companyId, const models::TenantUser &user);
};

} // namespace sphair::server
