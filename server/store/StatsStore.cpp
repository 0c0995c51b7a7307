#include "server/store/StatsStore.h"

#include "models/domain/LicenseRecord.h"
#include "models/domain/WireTime.h"
#include "models/domain/WireWriter.h"
#include "server/store/CompanyLicenses.h"
#include "server/store/CompanyStore.h"
#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

using models::LicenseDisplayStatus;

bool isUsable(LicenseDisplayStatus status)
{
    return models::licenseDisplayStatusIsUsable(status);
}

QDate today(const QDateTime &now)
{
    return now.toUTC().date();
}

// Sum over companies (not deleted) of each one's highest daily active users in [from, to].
models::Result<qint64> activeUsers(SqlSession &session, QDate from, QDate to)
{
    auto row = session.queryOne(
        QStringLiteral("SELECT CAST(COALESCE(SUM(m), 0) AS BIGINT) AS n FROM (SELECT "
                       "MAX(d.active_users) AS m FROM usage_daily d JOIN companies c ON c.id = "
                       "d.company_id WHERE c.status <> 'deleted' AND d.day >= $1 AND d.day <= $2 "
                       "GROUP BY d.company_id) t"),
        {from, to});
    if (!row)
        return row.error();
    return row->int64(u"n");
}

models::Result<qint64> activeUserCount(SqlSession &session)
{
    return countRows(session,
                     QStringLiteral("users u JOIN companies c ON c.id = u.company_id "
                                    "WHERE c.status <> 'deleted' AND u.status = 'active'"));
}

} // namespace

models::Result<models::StatsOverview> StatsStore::overview(SqlSession &session,
                                                           const QDateTime &now, int expiringDays)
{
    models::StatsOverview overview;
    overview.expiringWithinDays = expiringDays;
    overview.generatedAt = models::WireTime::truncated(now);
    auto groups = session.exec(
        QStringLiteral("SELECT tier, status, COUNT(*) AS n FROM companies GROUP BY tier, status"));
    if (!groups)
        return groups.error();
    for (const SqlRow &row : groups.value()) {
        const auto tier = models::tierFromCode(row.text(u"tier"));
        const auto status = models::companyStatusFromCode(row.text(u"status"));
        const qint64 count = row.int64(u"n");
        if (status)
            overview.companiesByStatus[*status] += count;
        if (tier && status != models::CompanyStatus::Deleted)
            overview.companiesByTier[*tier] += count;
    }
    auto users = activeUserCount(session);
    if (!users)
        return users.error();
    overview.usersTotal = users.value();
    auto licenses = CompanyLicenses::summariesOfListed(session, now, expiringDays);
    if (!licenses)
        return licenses.error();
    for (const CompanyLicenses::Summary &summary : std::as_const(licenses.value())) {
        switch (summary.status) {
        case LicenseDisplayStatus::Active:
            ++overview.licensesActive;
            break;
        case LicenseDisplayStatus::Expiring:
            ++overview.licensesExpiring;
            break;
        case LicenseDisplayStatus::Grace:
            ++overview.licensesInGrace;
            break;
        case LicenseDisplayStatus::Expired:
            ++overview.licensesExpired;
            break;
        default:
            break;
        }
    }
    return overview;
}

models::Result<StatsStore::CompanyPage> StatsStore::companies(SqlSession &session,
                                                              const CompanyFilter &filter,
                                                              const QDateTime &now, qint64 offset,
                                                              int limit)
{
    SqlFilter companies;
    CompanyStore::filter(companies, filter.query, filter.tier, filter.status);
    CompanyPage page;
    auto counted = companies.count(session, QStringLiteral("companies c"));
    if (!counted)
        return counted.error();
    page.total = counted.value();

    const QString usage = QStringLiteral("FROM usage_daily d WHERE d.company_id = c.id AND "
                                         "d.day >= %1")
                              .arg(companies.bind(today(now).addDays(-29)));
    auto rows = companies.page(
        session,
        // license_status is a placeholder the license summaries below replace.
        QStringLiteral(
            "SELECT c.id AS company_id, c.code AS code, c.name AS name, c.tier AS tier, "
            "c.status AS status, c.max_users AS max_users, "
            "(SELECT COUNT(*) FROM users u WHERE u.company_id = c.id AND "
            "u.status = 'active') AS user_count, "
            "(SELECT CAST(COALESCE(MAX(d.active_users), 0) AS BIGINT) %1) AS active_users_30d, "
            "(SELECT CAST(COALESCE(SUM(d.events), 0) AS BIGINT) %1) AS events_30d, "
            "(SELECT CAST(COALESCE(SUM(d.api_calls), 0) AS BIGINT) %1) AS api_calls_30d, "
            "'none' AS license_status "
            "FROM companies c%2 ORDER BY c.name, c.id")
            .arg(usage, companies.where()),
        limit, offset);
    if (!rows)
        return rows.error();
    QList<QUuid> ids;
    for (const SqlRow &row : rows.value()) {
        auto item = fromRow<CompanyRow>(row);
        if (!item)
            return item.error();
        ids.append(item->companyId);
        page.items.append(std::move(item).value());
    }
    auto licenses = CompanyLicenses::summaries(session, ids, now);
    if (!licenses)
        return licenses.error();
    for (CompanyRow &item : page.items) {
        const auto found = licenses->constFind(item.companyId);
        if (found != licenses->constEnd()) {
            item.licenseStatus = found->status;
            item.licenseExpiresAt = found->expiresAt;
        }
    }
    return page;
}

models::Result<StatsStore::Users> StatsStore::users(SqlSession &session, const QDateTime &now)
{
    Users result;
    result.generatedAt = models::WireTime::truncated(now);
    auto total = activeUserCount(session);
    if (!total)
        return total.error();
    result.usersTotal = total.value();
    auto byTier = session.exec(QStringLiteral(
        "SELECT c.tier AS tier, COUNT(*) AS n FROM users u JOIN companies c ON c.id = "
        "u.company_id WHERE c.status <> 'deleted' AND u.status = 'active' GROUP BY c.tier"));
    if (!byTier)
        return byTier.error();
    for (const SqlRow &row : byTier.value()) {
        if (const auto tier = models::tierFromCode(row.text(u"tier")))
            result.usersByTier[*tier] = row.int64(u"n");
    }
    const QDate day = today(now);
    for (const auto &[days, target] :
         {std::pair {1, &result.activeUsers1d}, std::pair {7, &result.activeUsers7d},
          std::pair {30, &result.activeUsers30d}}) {
        auto active = activeUsers(session, day.addDays(1 - days), day);
        if (!active)
            return active.error();
        *target = active.value();
    }
    auto licenses = CompanyLicenses::summariesOfListed(session, now,
                                                       models::LicenseRecord::kDefaultExpiringDays);
    if (!licenses)
        return licenses.error();
    auto seats = session.exec(
        QStringLiteral("SELECT id, max_users FROM companies WHERE status <> 'deleted'"));
    if (!seats)
        return seats.error();
    for (const SqlRow &row : seats.value()) {
        const auto found = licenses->constFind(row.uuid(u"id"));
        if (found != licenses->constEnd() && isUsable(found->status))
            result.seatsLicensed += row.int64(u"max_users");
    }
    return result;
}

models::Result<QList<models::UsagePoint>>
StatsStore::usage(SqlSession &session, const QUuid &companyId, QDate from, QDate to)
{
    auto rows = companyId.isNull()
        ? session.exec(QStringLiteral("SELECT day, CAST(SUM(active_users) AS BIGINT) AS "
                                      "active_users, CAST(SUM(events) AS BIGINT) AS events, "
                                      "CAST(SUM(api_calls) AS BIGINT) AS api_calls FROM "
                                      "usage_daily WHERE day >= $1 AND day <= $2 GROUP BY day"),
                       {from, to})
        : session.exec(QStringLiteral("SELECT day, active_users, events, api_calls FROM "
                                      "usage_daily WHERE company_id = $1 AND day >= $2 AND "
                                      "day <= $3"),
                       {companyId, from, to});
    if (!rows)
        return rows.error();
    QHash<QDate, models::UsagePoint> byDay;
    for (const SqlRow &row : rows.value()) {
        models::UsagePoint point;
        point.day = row.date(u"day");
        point.activeUsers = row.int64(u"active_users");
        point.events = row.int64(u"events");
        point.apiCalls = row.int64(u"api_calls");
        byDay.insert(point.day, point);
    }
    QList<models::UsagePoint> points;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        models::UsagePoint point = byDay.value(day);
        point.day = day;
        points.append(point);
    }
    return points;
}

} // namespace sphair::server
