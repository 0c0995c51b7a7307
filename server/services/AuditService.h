#pragma once

#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"
#include "server/store/AuditSearch.h"

namespace sphair::server {

// The platform's audit log as admins read it: the whole log, or one company's entries.
class AuditService
{
public:
    explicit AuditService(ServiceContext &context)
        : m_context(context)
    { }

    models::Result<AuditSearch::Page> search(const AuditSearch::Query &query) const;
    // The entries of the company `query` names; not_found for an unknown company.
    models::Result<AuditSearch::Page> companyEntries(const AuditSearch::Query &query) const;

private:
    ServiceContext &m_context;
};

} // namespace sphair::server
