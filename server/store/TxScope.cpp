#include "server/store/TxScope.h"

namespace sphair::server {

TxScope::TxScope(Kind kind, const QUuid &companyId, Access access)
    : m_kind(kind)
    , m_companyId(companyId)
    , m_access(access)
{ }

TxScope TxScope::forTenant(const QUuid &companyId, Access access)
{
    return {Kind::Tenant, companyId, access};
}

TxScope TxScope::forOperator(Access access)
{
    return {Kind::Operator, QUuid(), access};
}

TxScope TxScope::readOnly() const
{
    return {m_kind, m_companyId, Access::ReadOnly};
}

} // namespace sphair::server
