#include "server/store/StatsStore.h"

#include "models/domain/LicenseRecord.h"
#include "models/domain/WireTime.h"
#include "models/domain/WireWriter.h"

namespace sphair::server {

namespace {

using models::LicenseDisplayStatus;
using models::LicenseRecord;
using models::LicenseRecordStatus;

struct LicenseSummary
{
    LicenseDisplayStatus status = LicenseDisplayStatus::None;
    QDateTime expiresAt;
};

// The license each company shows, keyed by company: its best started active license (the one
// ending last), else its last expired or revoked one. `companyCondition` limits the companies
// (SQL over the alias c, with `params`).
models::Result<QHash<QUuid, LicenseSummary>>
licenseSummaries(SqlSession &session, const QDateTime &now, int expiringDays,
                 const QString &companyCondition, const SqlParams &params)
{
    auto rows = session.exec(
        QStringLiteral("SELECT l.company_id AS company_id, l.status AS status, "
                       "l.not_before AS not_before, l.expires_at AS expires_at, "
                       "l.grace_days AS grace_days, CASE WHEN EXISTS (SELECT 1 FROM revocations "
                       "r WHERE r.company_id = l.company_id AND r.jti = l.id) THEN 1 ELSE 0 END "
                       "AS listed FROM licenses l JOIN companies c ON c.id = l.company_id "
                       "WHERE l.status <> 'superseded' AND %1")
            .arg(companyCondition),
        params);
    if (!rows)
        return rows.error();
    QHash<QUuid, LicenseRecord> current;
    QHash<QUuid, LicenseRecord> past;
    for (const SqlRow &row : rows.value()) {
        LicenseRecord record;
        record.notBefore = row.dateTime(u"not_before");
        record.expiresAt = row.dateTime(u"expires_at");
        record.graceDays = row.integer(u"grace_days");
        const QString status = row.text(u"status");
        if (row.integer(u"listed") != 0 || status == QLatin1String("revoked"))
            record.status = LicenseRecordStatus::Revoked;
        else if (status == QLatin1String("expired"))
            record.status = LicenseRecordStatus::Expired;
        else if (status == QLatin1String("active"))
            record.status = LicenseRecordStatus::Active;
        else
            continue;
        QHash<QUuid, LicenseRecord> *bucket = &past;
        if (record.status == LicenseRecordStatus::Active) {
            if (record.notBefore > now)
                continue; // scheduled: not the company's state yet
            bucket = &current;
        }
        const QUuid company = row.uuid(u"company_id");
        const auto found = bucket->constFind(company);
        if (found == bucket->constEnd() || found->expiresAt < record.expiresAt)
            bucket->insert(company, record);
    }
    QHash<QUuid, LicenseSummary> result;
    for (auto it = past.constBegin(); it != past.constEnd(); ++it)
        result.insert(it.key(), {it->displayStatus(now, expiringDays), it->expiresAt});
    for (auto it = current.constBegin(); it != current.constEnd(); ++it)
        result.insert(it.key(), {it->displayStatus(now, expiringDays), it->expiresAt});
    return result;
}

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
    auto row = session.queryOne(
        QStringLiteral("SELECT COUNT(*) AS n FROM users u JOIN companies c ON c.id = u.company_id "
                       "WHERE c.status <> 'deleted' AND u.status = 'active'"));
    if (!row)
        return row.error();
    return row->int64(u"n");
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
    auto licenses =
        licenseSummaries(session, now, expiringDays, QStringLiteral("c.status <> 'deleted'"), {});
    if (!licenses)
        return licenses.error();
    for (const LicenseSummary &summary : std::as_const(licenses.value())) {
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
    QStringList conditions;
    SqlParams params;
    if (filter.status) {
        params.append(models::companyStatusCode(*filter.status));
        conditions.append(QStringLiteral("c.status = $%1").arg(params.size()));
    } else {
        conditions.append(QStringLiteral("c.status <> 'deleted'"));
    }
    if (filter.tier) {
        params.append(models::tierCode(*filter.tier));
        conditions.append(QStringLiteral("c.tier = $%1").arg(params.size()));
    }
    if (!filter.query.isEmpty()) {
        QString pattern = filter.query.toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        params.append(QLatin1Char('%') + pattern + QLatin1Char('%'));
        conditions.append(QStringLiteral("(lower(c.code) LIKE $%1 ESCAPE '\\' OR lower(c.name) "
                                         "LIKE $%1 ESCAPE '\\')")
                              .arg(params.size()));
    }
    const QString where = conditions.join(QStringLiteral(" AND "));

    CompanyPage page;
    auto counted = session.queryOne(
        QStringLiteral("SELECT COUNT(*) AS n FROM companies c WHERE ") + where, params);
    if (!counted)
        return counted.error();
    page.total = counted->int64(u"n");

    const QDate since = today(now).addDays(-29);
    SqlParams rowParams = params;
    rowParams.append(since);
    const QString sinceParameter = QStringLiteral("$%1").arg(rowParams.size());
    const QString usage = QStringLiteral("FROM usage_daily d WHERE d.company_id = c.id AND "
                                         "d.day >= %1")
                              .arg(sinceParameter);
    auto rows = session.exec(
        QStringLiteral("SELECT c.id AS id, c.code AS code, c.name AS name, c.tier AS tier, "
                       "c.status AS status, c.max_users AS max_users, "
                       "(SELECT COUNT(*) FROM users u WHERE u.company_id = c.id AND "
                       "u.status = 'active') AS user_count, "
                       "(SELECT CAST(COALESCE(MAX(d.active_users), 0) AS BIGINT) %1) AS active, "
                       "(SELECT CAST(COALESCE(SUM(d.events), 0) AS BIGINT) %1) AS events, "
                       "(SELECT CAST(COALESCE(SUM(d.api_calls), 0) AS BIGINT) %1) AS api_calls "
                       "FROM companies c WHERE %2 ORDER BY c.name, c.id LIMIT %3 OFFSET %4")
            .arg(usage, where)
            .arg(limit)
            .arg(offset),
        rowParams);
    if (!rows)
        return rows.error();
    QStringList ids;
    SqlParams idParams;
    for (const SqlRow &row : rows.value()) {
        CompanyRow item;
        item.companyId = row.uuid(u"id");
        item.code = row.text(u"code");
        item.name = row.text(u"name");
        item.tier = models::tierFromCode(row.text(u"tier")).value_or(models::Tier::Small);
        item.status = models::companyStatusFromCode(row.text(u"status"))
                          .value_or(models::CompanyStatus::Active);
        item.maxUsers = row.integer(u"max_users");
        item.userCount = row.int64(u"user_count");
        item.activeUsers30d = row.int64(u"active");
        item.events30d = row.int64(u"events");
        item.apiCalls30d = row.int64(u"api_calls");
        page.items.append(item);
        idParams.append(item.companyId);
        ids.append(QStringLiteral("$%1").arg(idParams.size()));
    }
    if (page.items.isEmpty())
        return page;
    auto licenses = licenseSummaries(
        session, now, models::LicenseRecord::kDefaultExpiringDays,
        QStringLiteral("c.id IN (%1)").arg(ids.join(QStringLiteral(", "))), idParams);
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
    auto licenses = licenseSummaries(session, now, models::LicenseRecord::kDefaultExpiringDays,
                                     QStringLiteral("c.status <> 'deleted'"), {});
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
