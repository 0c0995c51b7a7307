#include "server/services/StatsService.h"

#include "server/services/CompanyService.h"
#include "server/store/CompanyStore.h"

namespace sphair::server {

namespace {

const TxScope kRead = TxScope::forOperator(TxScope::Access::ReadOnly);

} // namespace

models::Result<models::StatsOverview> StatsService::overview(int expiringDays) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<models::StatsOverview>(kRead, [&](SqlSession &session) {
        return StatsStore::overview(session, now, expiringDays);
    });
}

models::Result<StatsStore::CompanyPage>
StatsService::companies(const StatsStore::CompanyFilter &filter, qint64 offset, int limit) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<StatsStore::CompanyPage>(kRead, [&](SqlSession &session) {
        return StatsStore::companies(session, filter, now, offset, limit);
    });
}

models::Result<StatsStore::Users> StatsService::users() const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<StatsStore::Users>(
        kRead, [&](SqlSession &session) { return StatsStore::users(session, now); });
}

models::Result<QList<models::UsagePoint>> StatsService::usage(const QUuid &companyId, QDate from,
                                                              QDate to) const
{
    return m_context.db->fetch<QList<models::UsagePoint>>(
        kRead, [&](SqlSession &session) -> models::Result<QList<models::UsagePoint>> {
            if (!companyId.isNull()) {
                auto exists = CompanyStore::exists(session, companyId);
                if (!exists)
                    return exists.error();
                if (!exists.value()) {
                    return CompanyService::notFound();
                }
            }
            return StatsStore::usage(session, companyId, from, to);
        });
}

models::Result<QList<models::GrowthPoint>> StatsService::growth(QDate from, QDate to) const
{
    return m_context.db->fetch<QList<models::GrowthPoint>>(
        kRead, [&](SqlSession &session) { return StatsStore::growth(session, from, to); });
}

models::Result<QList<models::FeatureAdoptionRow>> StatsService::featureAdoption(QDate from,
                                                                                QDate to) const
{
    return m_context.db->fetch<QList<models::FeatureAdoptionRow>>(
        kRead, [&](SqlSession &session) { return StatsStore::featureAdoption(session, from, to); });
}

models::Status StatsService::rollUp(QDate from, QDate to) const
{
    // The reads take seconds at 100,000 companies; only the short write holds the write lock
    // (SQLite takes it at BEGIN IMMEDIATE). A change between the two is in the next hour's run.
    auto computed = m_context.db->fetch<StatsStore::RollUp>(
        kRead, [&](SqlSession &session) { return StatsStore::computeRollUp(session, from, to); });
    if (!computed)
        return models::Status(computed.error());
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        return StatsStore::storeRollUp(session, computed.value());
    });
}

} // namespace sphair::server
