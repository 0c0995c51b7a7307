#include "server/store/AuditSearch.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

QUuid AuditSearch::entryId(qint64 sequence)
{
    return QUuid(QStringLiteral("00000000-0000-8000-8000-%1")
                     .arg(static_cast<qulonglong>(sequence), 12, 16, QLatin1Char('0')));
}

models::Result<AuditSearch::Page> AuditSearch::search(SqlSession &session, const Query &query)
{
    SqlFilter filter;
    if (!query.actor.isEmpty())
        filter.require(QStringLiteral("actor = %1"), query.actor);
    if (query.action.endsWith(QLatin1Char('.'))) {
        filter.require(QStringLiteral("action LIKE %1 ESCAPE '\\'"),
                       SqlFilter::prefixPattern(query.action));
    } else if (!query.action.isEmpty()) {
        filter.require(QStringLiteral("action = %1"), query.action);
    }
    if (!query.targetType.isEmpty())
        filter.require(QStringLiteral("target_type = %1"), query.targetType);
    if (!query.companyId.isNull() && query.withPlatformDeployments) {
        // One platform entry per deployment event, shown in every company's timeline from the
        // company's creation on: 100,000 companies would otherwise mean 200,000 rows per
        // deployment, written in the runner's transaction.
        filter.require(QStringLiteral("(company_id = %1 OR (company_id IS NULL AND target_type = "
                                      "'deployment' AND action IN ('deployment.start', "
                                      "'deployment.rollback', 'deployment.finish') AND at >= "
                                      "(SELECT created_at FROM companies WHERE id = %1)))"),
                       query.companyId);
    } else if (!query.companyId.isNull()) {
        filter.require(QStringLiteral("company_id = %1"), query.companyId);
    }
    if (query.from.isValid())
        filter.require(QStringLiteral("at >= %1"), query.from);
    if (query.to.isValid())
        filter.require(QStringLiteral("at < %1"), query.to);

    Page page;
    auto counted = filter.count(session, QStringLiteral("audit_log"));
    if (!counted)
        return counted.error();
    page.total = counted.value();

    // The keyset narrows the page, not the total.
    if (query.beforeId > 0)
        filter.require(QStringLiteral("id < %1"), query.beforeId);
    // One more than asked tells whether another page follows.
    auto rows = filter.page(
        session,
        QStringLiteral("SELECT id AS sequence, at, actor, actor_role, action, target_type, "
                       "target_id, company_id, before, after FROM audit_log%1 "
                       "ORDER BY id DESC")
            .arg(filter.where()),
        query.limit + 1, 0);
    if (!rows)
        return rows.error();
    for (const SqlRow &row : rows.value()) {
        if (page.items.size() == query.limit) {
            page.hasMore = true;
            break;
        }
        auto entry = fromRow<models::AuditEntry>(row,
                                                 {{u"at", WireColumn::Time},
                                                  {u"before", WireColumn::Json},
                                                  {u"after", WireColumn::Json}});
        if (!entry)
            return entry.error();
        // The wire's id is derived from the log's sequence number.
        const qint64 sequence = row.int64(u"sequence");
        entry->id = entryId(sequence);
        page.items.append(entry.value());
        page.lastId = sequence;
    }
    return page;
}

} // namespace sphair::server
