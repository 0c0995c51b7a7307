#pragma once

#include "models/domain/Company.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"
#include "server/services/ServiceContext.h"
#include "server/store/CompanyStore.h"

#include <QUuid>

#include <functional>

namespace sphair::server {

// The companies themselves: the list, one company, and creating, changing, deleting,
// suspending and activating one, each change in one transaction with its audit row.
class CompanyService
{
public:
    // Reads the request's Company once the catalog's tier policy is known. `existingCode` is
    // empty when creating; when changing, the stored code, which the body must not change.
    using CompanyReader = std::function<models::Result<models::Company>(
        const models::TierPolicy &policy, const QString &existingCode)>;

    explicit CompanyService(ServiceContext &context)
        : m_context(context)
    { }

    // The page `query` asks for; its `now` is set here, for the license summaries.
    models::Result<CompanyStore::ListResult> list(CompanyStore::ListQuery query) const;
    // not_found for an unknown company.
    models::Result<models::Company> company(const QUuid &id) const;
    // A new company with a new id; conflict when its code is taken.
    models::Result<models::Company> create(const CompanyReader &read, const Actor &actor) const;
    models::Result<models::Company> update(const QUuid &id, const VersionCheck &check,
                                           const CompanyReader &read, const Actor &actor) const;
    // Marks the company deleted; deleting it again changes nothing.
    models::Status remove(const QUuid &id, const VersionCheck &check, const Actor &actor) const;
    // Suspends or activates the company; `reason` (may be empty) goes to the audit row. A
    // company already in `target` is returned unchanged and nothing is recorded.
    models::Result<models::Company> setStatus(const QUuid &id, models::CompanyStatus target,
                                              const QString &reason, const VersionCheck &check,
                                              const Actor &actor) const;

    static models::Error notFound();
    // The refusal of any change to a deleted company or its settings.
    static models::Error deletedError();

private:
    // What the audit row of a change says: the action and who, and fields (such as a reason)
    // added to the company's after-state.
    struct Audit
    {
        QString action;
        const Actor &actor;
        QJsonObject note = {};
    };
    // Changes the company; false when there was nothing to change (and nothing is recorded).
    using Write =
        std::function<models::Result<bool>(SqlSession &session, const models::Company &before)>;

    // One change in one transaction: the company locked, present, at the version `check`
    // expects and (with `refuseDeleted`) not deleted; then `write`, and the audit row of the
    // company before and after. Returns the company after the change.
    models::Result<models::Company> change(const QUuid &id, const VersionCheck &check,
                                           bool refuseDeleted, const Audit &audit,
                                           const Write &write) const;

    ServiceContext &m_context;
};

} // namespace sphair::server
