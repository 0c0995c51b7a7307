#include "server/store/TenantTokenStore.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

const QString &selectColumns()
{
    static const QString columns =
        QStringLiteral("SELECT token_hash, label, created_at, expires_at FROM tenant_tokens ");
    return columns;
}

TenantTokenRecord recordOf(const SqlRow &row)
{
    return {row.text(u"token_hash"), row.text(u"label"), row.dateTime(u"created_at"),
            row.dateTime(u"expires_at")};
}

} // namespace

models::Result<std::optional<TenantTokenStore::Holder>>
TenantTokenStore::holderOf(SqlSession &session, const QString &hashHex, const QDateTime &now)
{
    auto row = session.queryOptional(
        QStringLiteral("SELECT t.company_id AS company_id, c.status AS status "
                       "FROM tenant_tokens t JOIN companies c ON c.id = t.company_id "
                       "WHERE t.token_hash = $1 AND NOT t.revoked "
                       "AND (t.expires_at IS NULL OR t.expires_at > $2)"),
        {hashHex, now});
    return readOptional(row, [](const SqlRow &holder) {
        return Holder {holder.uuid(u"company_id"), holder.text(u"status")};
    });
}

models::Result<QList<TenantTokenRecord>> TenantTokenStore::list(SqlSession &session,
                                                                const QUuid &companyId)
{
    auto rows = session.exec(selectColumns()
                                 + QStringLiteral("WHERE company_id = $1 AND NOT revoked "
                                                  "ORDER BY created_at, token_hash"),
                             {companyId});
    if (!rows)
        return rows.error();
    QList<TenantTokenRecord> tokens;
    for (const SqlRow &row : rows.value())
        tokens.append(recordOf(row));
    return tokens;
}

models::Result<TenantTokenRecord>
TenantTokenStore::insert(SqlSession &session, const QUuid &companyId, const QString &hashHex,
                         const QString &label, const QDateTime &expiresAt)
{
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO tenant_tokens (company_id, token_hash, label, expires_at) "
                       "VALUES ($1, $2, $3, $4)"),
        {companyId, hashHex, label, expiresAt.isValid() ? QVariant(expiresAt) : QVariant()});
    if (!inserted)
        return inserted.error();
    auto row = session.queryOne(selectColumns()
                                    + QStringLiteral("WHERE company_id = $1 AND token_hash = $2"),
                                {companyId, hashHex});
    if (!row)
        return row.error();
    return recordOf(row.value());
}

models::Result<std::optional<TenantTokenRecord>>
TenantTokenStore::findByPrefix(SqlSession &session, const QUuid &companyId,
                               const QString &hashPrefix)
{
    auto found = session.queryOptional(
        selectColumns()
            + QStringLiteral("WHERE company_id = $1 AND substr(token_hash, 1, 32) = $2 "
                             "AND NOT revoked"),
        {companyId, hashPrefix});
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<TenantTokenRecord>();
    return std::optional<TenantTokenRecord>(recordOf(*found.value()));
}

models::Status TenantTokenStore::revoke(SqlSession &session, const QUuid &companyId,
                                        const QString &hashHex)
{
    return session.perform(QStringLiteral("UPDATE tenant_tokens SET revoked = true "
                                          "WHERE company_id = $1 AND token_hash = $2"),
                           {companyId, hashHex});
}

} // namespace sphair::server
