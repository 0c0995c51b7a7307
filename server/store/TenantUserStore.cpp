#include "server/store/TenantUserStore.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

TenantUserStore::User userFrom(const SqlRow &row)
{
    TenantUserStore::User user;
    user.id = row.uuid(u"id");
    user.email = row.text(u"email");
    user.displayName = row.text(u"name");
    user.role = row.text(u"role");
    user.createdAt = row.dateTime(u"created_at");
    user.version = row.int64(u"version", 1);
    return user;
}

} // namespace

models::Result<QList<TenantUserStore::User>>
TenantUserStore::list(SqlSession &session, const QUuid &companyId, int limit, qint64 offset)
{
    return readAll(
        session.exec(QStringLiteral("SELECT id, email, name, role, created_at, "
                                    "version FROM users WHERE company_id = $1 "
                                    "ORDER BY created_at ASC, id ASC LIMIT $2 OFFSET $3"),
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

models::Result<std::optional<TenantUserStore::User>>
TenantUserStore::insert(SqlSession &session, const QUuid &companyId, const User &user)
{
    // ON CONFLICT keeps the transaction usable when the address is taken (a failed statement
    // would abort it), so the caller can answer 409 cleanly.
    return readOptional(
        session.queryOptional(
            QStringLiteral("INSERT INTO users (company_id, id, email, name, role, status) "
                           "VALUES ($1, $2, $3, $4, $5, 'active') "
                           "ON CONFLICT (company_id, email) DO NOTHING "
                           "RETURNING id, email, name, role, created_at, version"),
            {companyId, user.id, user.email, user.displayName, user.role}),
        userFrom);
}

} // namespace sphair::server
