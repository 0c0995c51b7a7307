#pragma once

#include <QUuid>

namespace sphair::server {

// Who a transaction runs for, and whether it may write. On PostgreSQL a tenant transaction
// runs as the app role with app.current_company_id set, so row-level security confines it to
// that company; an operator transaction (admin console routes) runs as the operator role.
// On SQLite both run on the same connections and the Store adds the tenant filter itself.
class TxScope
{
public:
    enum class Kind { Tenant, Operator };
    enum class Access { ReadWrite, ReadOnly };

    static TxScope forTenant(const QUuid &companyId, Access access = Access::ReadWrite);
    static TxScope forOperator(Access access = Access::ReadWrite);

    // The same scope, read-only (PostgreSQL: BEGIN READ ONLY; SQLite: a shared read that
    // does not wait for writers, and statements that would write are refused).
    TxScope readOnly() const;

    Kind kind() const { return m_kind; }
    Access access() const { return m_access; }
    bool isTenant() const { return m_kind == Kind::Tenant; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Null for operator scopes.
    const QUuid &companyId() const { return m_companyId; }

private:
    TxScope(Kind kind, const QUuid &companyId, Access access);

    Kind m_kind;
    QUuid m_companyId;
    Access m_access;
};

} // namespace sphair::server
