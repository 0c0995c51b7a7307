#include "server/store/TenantUserStore.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

// The users table keeps the display name in `name`; version is the created user's ETag.
const QString kUserColumns =
    QStringLiteral("id, email, name AS display_name, role, created_at, version");

models::Result<models::TenantUser> userFrom(const SqlRow &row)
{
    auto user = fromRow<models::TenantUser>(row, {{u"created_at", WireColumn::Time}});
    if (user)
        user->version = row.int64(u"version", 1);
    return user;
}

} // namespace

models::Result<QList<models::TenantUser>>
TenantUserStore::list(SqlSession &session, const QUuid &companyId, int limit, qint64 offset)
{
    return readAll(session.exec(QStringLiteral("SELECT %1 FROM users WHERE company_id = $1 "
                                               "ORDER BY created_at ASC, id ASC LIMIT $2 OFFSET $3")
                                    .arg(kUserColumns),
                                {companyId, limit, offset}),
                   userFrom);
}

models::Result<qint64> TenantUserStore::count(SqlSession &session, const QUuid &companyId)
{
    return countRows(session, QStringLiteral("users WHERE company_id = $1"), {companyId});
}

models::Result<qint64> TenantUserStore::countActive(SqlSession &session, const QUuid &companyId)
{
    return countRows(session, QStringLiteral("users WHERE company_id = $1 AND status = 'active'"),
                     {companyId});
}

models::Result<std::optional<models::TenantUser>>
TenantUserStore::insert(SqlSession &session, const QUuid &companyId, const models::TenantUser &user)
{
    // ON CONFLICT keeps the transaction usable when the address is taken (a failed statement
    // would abort it), so the caller can answer 409 cleanly.
    return readOptional(
        session.queryOptional(
            QStringLiteral("INSERT INTO users (company_id, id, email, name, role, status) "
                           "VALUES ($1, $2, $3, $4, $5, 'active') "
                           "ON CONFLICT (company_id, email) DO NOTHING "
                           "RETURNING %1")
                .arg(kUserColumns),
            {companyId, user.id, user.email, user.displayName,
             models::tenantUserRoleCode(user.role)}),
        userFrom);
}

} // namespace sphair::server
