#include "server/store/CompanyAuditTrail.h"

namespace sphair::server {

QUuid CompanyAuditTrail::entryId(qint64 sequence)
{
    // Version 8 ("custom") UUID with the RFC 4122 variant; the sequence fills the last group.
    return QUuid(QStringLiteral("00000000-0000-8000-8000-%1")
                     .arg(static_cast<qulonglong>(sequence), 12, 16, QLatin1Char('0')));
}

models::Result<CompanyAuditTrail::Page> CompanyAuditTrail::read(SqlSession &session,
                                                                const Query &query)
{
    SqlParams params;
    auto bind = [&params](const QVariant &value) {
        params.append(value);
        return QLatin1Char('$') + QString::number(params.size());
    };
    QStringList conditions {QStringLiteral("company_id = ") + bind(query.companyId)};
    if (!query.action.isEmpty()) {
        if (query.action.endsWith(QLatin1Char('.'))) {
            // Action names hold only a-z, '_' and '.', so '_' is the one wildcard to escape.
            QString prefix = query.action;
            prefix.replace(QLatin1Char('_'), QLatin1String("\\_"));
            conditions.append(
                QStringLiteral("action LIKE %1 ESCAPE '\\'").arg(bind(prefix + QLatin1Char('%'))));
        } else {
            conditions.append(QStringLiteral("action = ") + bind(query.action));
        }
    }
    if (query.from.isValid())
        conditions.append(QStringLiteral("at >= ") + bind(query.from));
    if (query.to.isValid())
        conditions.append(QStringLiteral("at < ") + bind(query.to));
    const QString where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));

    Page page;
    auto counted =
        session.queryOne(QStringLiteral("SELECT COUNT(*) AS n FROM audit_log") + where, params);
    if (!counted)
        return counted.error();
    page.total = counted->int64(u"n");

    QString keyset;
    if (query.beforeId > 0)
        keyset = QStringLiteral(" AND id < ") + bind(query.beforeId);
    // One more than asked tells whether another page follows.
    const QString limit = bind(query.limit + 1);
    auto rows = session.exec(QStringLiteral("SELECT id, at, actor, actor_role, action, "
                                            "target_type, target_id, company_id, before, after "
                                            "FROM audit_log%1%2 ORDER BY id DESC LIMIT %3")
                                 .arg(where, keyset, limit),
                             params);
    if (!rows)
        return rows.error();
    for (const SqlRow &row : rows.value()) {
        if (page.items.size() == query.limit) {
            page.hasMore = true;
            break;
        }
        models::AuditEntry entry;
        const qint64 sequence = row.int64(u"id");
        entry.id = entryId(sequence);
        entry.at = row.dateTime(u"at");
        entry.actor = row.text(u"actor");
        entry.actorRole = row.text(u"actor_role");
        entry.action = row.text(u"action");
        entry.targetType = row.text(u"target_type");
        entry.targetId = row.text(u"target_id");
        entry.companyId = row.uuid(u"company_id");
        entry.before = row.json(u"before");
        entry.after = row.json(u"after");
        page.items.append(entry);
        page.lastId = sequence;
    }
    return page;
}

} // namespace sphair::server
