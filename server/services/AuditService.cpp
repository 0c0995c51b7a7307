#include "server/services/AuditService.h"

#include "server/services/CompanyService.h"
#include "server/store/CompanyStore.h"

namespace sphair::server {

namespace {

const TxScope kRead = TxScope::forOperator(TxScope::Access::ReadOnly);

} // namespace

models::Result<AuditSearch::Page> AuditService::search(const AuditSearch::Query &query) const
{
    return m_context.db->fetch<AuditSearch::Page>(
        kRead, [&](SqlSession &session) { return AuditSearch::search(session, query); });
}

models::Result<AuditSearch::Page>
AuditService::companyEntries(const AuditSearch::Query &query) const
{
    return m_context.db->fetch<AuditSearch::Page>(
        kRead, [&](SqlSession &session) -> models::Result<AuditSearch::Page> {
            auto exists = CompanyStore::exists(session, query.companyId);
            if (!exists)
                return exists.error();
            if (!exists.value())
                return CompanyService::notFound();
            AuditSearch::Query withDeployments = query;
            withDeployments.withPlatformDeployments = true;
            return AuditSearch::search(session, withDeployments);
        });
}

} // namespace sphair::server
