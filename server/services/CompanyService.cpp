#include "server/services/CompanyService.h"

#include "server/services/AdminAudit.h"
#include "server/services/ServerText.h"
#include "server/store/FeatureStore.h"

namespace sphair::server {

namespace {

const TxScope kRead = TxScope::forOperator(TxScope::Access::ReadOnly);

using models::Company;
using models::CompanyStatus;

models::Status recordChange(SqlSession &session, const Actor &actor, const QString &action,
                            const QUuid &id, const QJsonValue &before, const QJsonObject &after)
{
    return AdminAudit::record(
        session, actor,
        {action, QStringLiteral("company"), id.toString(QUuid::WithoutBraces), id, before, after});
}

models::Result<bool> writeStatus(SqlSession &session, const QUuid &id, CompanyStatus status)
{
    if (auto written = CompanyStore::setStatus(session, id, status); !written)
        return written.error();
    return true;
}

// The company as it reads after a change in this transaction.
models::Result<Company> reread(SqlSession &session, const QUuid &id, const QDateTime &now)
{
    auto after = CompanyStore::find(session, id, now);
    if (!after)
        return after.error();
    if (!after.value())
        return CompanyService::notFound();
    return *after.value();
}

} // namespace

models::Error CompanyService::notFound()
{
    return {QStringLiteral("not_found"), tr("There is no company with this id."), {}};
}

models::Error CompanyService::deletedError()
{
    return {QStringLiteral("conflict"),
            tr("This company is deleted and can no longer be changed."),
            {{QStringLiteral("status"), QStringLiteral("deleted")}}};
}

models::Result<CompanyStore::ListResult> CompanyService::list(CompanyStore::ListQuery query) const
{
    query.now = m_context.now();
    return m_context.db->fetch<CompanyStore::ListResult>(
        kRead, [&](SqlSession &session) { return CompanyStore::list(session, query); });
}

models::Result<Company> CompanyService::company(const QUuid &id) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<Company>(kRead, [&](SqlSession &session) -> models::Result<Company> {
        auto found = CompanyStore::find(session, id, now);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound();
        return *found.value();
    });
}

models::Result<Company> CompanyService::create(const CompanyReader &read, const Actor &actor) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<Company>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<Company> {
            auto catalog = FeatureStore::catalog(session);
            if (!catalog)
                return catalog.error();
            auto company = read(catalog->policy(), QString());
            if (!company)
                return company.error();
            auto exists = CompanyStore::codeExists(session, company->code);
            if (!exists)
                return exists.error();
            if (exists.value()) {
                return models::Error {QStringLiteral("conflict"),
                                      tr("A company with this code exists already."),
                                      {{QStringLiteral("field"), QStringLiteral("code")},
                                       {QStringLiteral("code"), company->code}}};
            }
            company->id = QUuid::createUuid();
            if (auto inserted = CompanyStore::insert(session, company.value()); !inserted)
                return inserted.error();
            auto created = reread(session, company->id, now);
            if (!created)
                return created;
            if (auto recorded = recordChange(session, actor, QStringLiteral("company.create"),
                                             created->id, QJsonValue::Null, created->toJson());
                !recorded)
                return recorded.error();
            return created;
        });
}

models::Result<Company> CompanyService::update(const QUuid &id, const VersionCheck &check,
                                               const CompanyReader &read, const Actor &actor) const
{
    return change(id, check, true, {QStringLiteral("company.update"), actor},
                  [&](SqlSession &session, const Company &before) -> models::Result<bool> {
                      auto catalog = FeatureStore::catalog(session);
                      if (!catalog)
                          return catalog.error();
                      auto changed = read(catalog->policy(), before.code);
                      if (!changed)
                          return changed.error();
                      changed->id = id;
                      if (auto written = CompanyStore::update(session, changed.value()); !written)
                          return written.error();
                      return true;
                  });
}

models::Status CompanyService::remove(const QUuid &id, const VersionCheck &check,
                                      const Actor &actor) const
{
    auto removed = change(id, check, false, {QStringLiteral("company.delete"), actor},
                          [&](SqlSession &session, const Company &before) -> models::Result<bool> {
                              if (before.status == CompanyStatus::Deleted)
                                  return false; // deleting twice changes nothing
                              return writeStatus(session, id, CompanyStatus::Deleted);
                          });
    if (!removed)
        return removed.error();
    return models::Status::success();
}

models::Result<Company> CompanyService::setStatus(const QUuid &id, CompanyStatus target,
                                                  const QString &reason, const VersionCheck &check,
                                                  const Actor &actor) const
{
    Audit audit {target == CompanyStatus::Suspended ? QStringLiteral("company.suspend")
                                                    : QStringLiteral("company.activate"),
                 actor};
    if (!reason.isEmpty())
        audit.note.insert(QStringLiteral("reason"), reason);
    return change(id, check, true, audit,
                  [&](SqlSession &session, const Company &before) -> models::Result<bool> {
                      if (before.status == target)
                          return false; // already there: nothing to record
                      return writeStatus(session, id, target);
                  });
}

models::Result<Company> CompanyService::change(const QUuid &id, const VersionCheck &check,
                                               bool refuseDeleted, const Audit &audit,
                                               const Write &write) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<Company>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<Company> {
            auto found = CompanyStore::find(session, id, now, true);
            if (!found)
                return found.error();
            if (!found.value())
                return notFound();
            const Company before = *found.value();
            if (auto matches = check(before.version); !matches)
                return matches.error();
            if (refuseDeleted && before.status == CompanyStatus::Deleted)
                return deletedError();
            auto written = write(session, before);
            if (!written)
                return written.error();
            if (!written.value())
                return before;
            auto after = reread(session, id, now);
            if (!after)
                return after;
            QJsonObject afterJson = after->toJson();
            for (auto it = audit.note.constBegin(); it != audit.note.constEnd(); ++it)
                afterJson.insert(it.key(), it.value());
            if (auto recorded = recordChange(session, audit.actor, audit.action, id,
                                             before.toJson(), afterJson);
                !recorded)
                return recorded.error();
            return after;
        });
}

} // namespace sphair::server
