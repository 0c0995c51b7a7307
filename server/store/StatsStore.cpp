#include "server/store/StatsStore.h"

#include "models/domain/LicenseRecord.h"
#include "models/domain/WireTime.h"
#include "models/domain/WireWriter.h"
#include "server/store/CompanyLicenses.h"
#include "server/store/CompanyStore.h"
#include "server/store/FeatureStore.h"
#include "server/store/SqlQuery.h"

#include <QHash>
#include <QTime>

#include <algorithm>
#include <array>
#include <utility>

namespace sphair::server {

namespace {

using models::LicenseDisplayStatus;

bool isUsable(LicenseDisplayStatus status)
{
    return models::licenseDisplayStatusIsUsable(status);
}

// The active users of company c.
const QString kActiveUserCount = QStringLiteral(
    "SELECT COUNT(*) FROM users u WHERE u.company_id = c.id AND u.status = 'active'");

// The start of `day` in UTC: timestamps of that day are >= it and < the next day's.
QDateTime startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

int tierIndex(models::Tier tier)
{
    return static_cast<int>(models::allTiers().indexOf(tier));
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
            "c.status AS status, c.max_users AS max_users, (%4) AS user_count, "
            "(SELECT CAST(COALESCE(MAX(d.active_users), 0) AS BIGINT) %1) AS active_users_30d, "
            "(SELECT CAST(COALESCE(SUM(d.events), 0) AS BIGINT) %1) AS events_30d, "
            "(SELECT CAST(COALESCE(SUM(d.api_calls), 0) AS BIGINT) %1) AS api_calls_30d, "
            "'none' AS license_status "
            "FROM companies c%2 ORDER BY %3c.name, c.id")
            .arg(usage, companies.where(),
                 filter.byUtilisation
                     ? QStringLiteral("1.0 * (%1) / c.max_users DESC, ").arg(kActiveUserCount)
                     : QString(),
                 kActiveUserCount),
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
                                      "active_users, CAST(SUM(logins) AS BIGINT) AS logins, "
                                      "CAST(SUM(events) AS BIGINT) AS events, "
                                      "CAST(SUM(api_calls) AS BIGINT) AS api_calls FROM "
                                      "usage_platform_daily WHERE day >= $1 AND day <= $2 "
                                      "GROUP BY day"),
                       {from, to})
        : session.exec(QStringLiteral("SELECT day, active_users, logins, events, api_calls FROM "
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
        point.logins = row.int64(u"logins");
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

models::Result<QList<models::GrowthPoint>> StatsStore::growth(SqlSession &session, QDate from,
                                                              QDate to)
{
    auto rows = session.exec(
        QStringLiteral("SELECT day, tier, companies, new_companies, churned_companies, "
                       "active_companies FROM usage_platform_daily WHERE day >= $1 AND day <= $2"),
        {from, to});
    if (!rows)
        return rows.error();
    const auto tiers = static_cast<qint64>(models::allTiers().size());
    QList<models::GrowthPoint> points;
    points.reserve(static_cast<qsizetype>((from.daysTo(to) + 1) * tiers));
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const models::Tier tier : models::allTiers())
            points.append({day, tier, 0, 0, 0, 0});
    }
    for (const SqlRow &row : rows.value()) {
        const QDate day = row.date(u"day");
        const std::optional<models::Tier> tier = models::tierFromCode(row.text(u"tier"));
        if (!tier || day < from || day > to)
            continue;
        models::GrowthPoint &point =
            points[static_cast<qsizetype>(from.daysTo(day) * tiers + tierIndex(*tier))];
        point.companies = row.int64(u"companies");
        point.newCompanies = row.int64(u"new_companies");
        point.churnedCompanies = row.int64(u"churned_companies");
        point.activeCompanies = row.int64(u"active_companies");
    }
    return points;
}

models::Result<QList<models::FeatureAdoptionRow>> StatsStore::featureAdoption(SqlSession &session,
                                                                              QDate from, QDate to)
{
    auto catalog = FeatureStore::catalog(session);
    if (!catalog)
        return catalog.error();
    auto counts = FeatureStore::enabledCounts(session, catalog.value(), startOf(to.addDays(1)));
    if (!counts)
        return counts.error();
    // From the roll-ups only (rows per day, tier and feature; never per company): the
    // company-days of each tier that used each feature, over the company-days of the tier.
    auto used = session.exec(
        QStringLiteral("SELECT tier, feature_code, CAST(SUM(companies_using) AS BIGINT) AS "
                       "companies_using, CAST(SUM(uses) AS BIGINT) AS uses FROM "
                       "feature_platform_daily WHERE day >= $1 AND day <= $2 GROUP BY tier, "
                       "feature_code"),
        {from, to});
    if (!used)
        return used.error();
    auto existing = session.exec(
        QStringLiteral("SELECT tier, CAST(SUM(companies) AS BIGINT) AS companies FROM "
                       "usage_platform_daily WHERE day >= $1 AND day <= $2 GROUP BY tier"),
        {from, to});
    if (!existing)
        return existing.error();
    QHash<QString, qint64> companyDays; // tier code → Σ companies existing per day
    for (const SqlRow &row : existing.value())
        companyDays.insert(row.text(u"tier"), row.int64(u"companies"));
    QHash<QString, std::pair<qint64, qint64>> usage; // "tier code" → company-days using, uses
    for (const SqlRow &row : used.value()) {
        usage.insert(row.text(u"tier") + QLatin1Char(' ') + row.text(u"feature_code"),
                     {row.int64(u"companies_using"), row.int64(u"uses")});
    }
    QList<models::FeatureAdoptionRow> rows;
    for (const models::FeatureCatalogDocument::Entry &feature : catalog->features) {
        for (const models::Tier tier : models::allTiers()) {
            const auto [daysUsing, uses] =
                usage.value(models::tierCode(tier) + QLatin1Char(' ') + feature.code);
            const qint64 days = companyDays.value(models::tierCode(tier));
            // Both roll-ups are made together with one existence rule, so daysUsing <= days.
            const double share = days > 0
                ? std::min(1.0, static_cast<double>(daysUsing) / static_cast<double>(days))
                : 0.0;
            rows.append({feature.code, tier, counts->companies.value(tier),
                         counts->enabled.value(tier).value(feature.code), share, uses});
        }
    }
    return rows;
}

models::Result<StatsStore::RollUp> StatsStore::computeRollUp(SqlSession &session, QDate from,
                                                             QDate to)
{
    RollUp rollUp;
    rollUp.from = from;
    rollUp.to = to;
    if (!from.isValid() || !to.isValid() || to < from)
        return rollUp;
    const SqlDialect &dialect = session.dialect();
    const QDateTime start = startOf(from);
    const QDateTime end = startOf(to.addDays(1));
    const qsizetype days = from.daysTo(to) + 1;
    rollUp.days.reserve(days * 3);
    for (qsizetype d = 0; d < days; ++d) {
        for (const models::Tier tier : models::allTiers()) {
            RollUp::Day day;
            day.day = from.addDays(d);
            day.tier = tier;
            rollUp.days.append(day);
        }
    }
    const auto dayOf = [&](const SqlRow &row) -> RollUp::Day * {
        const QDate day = row.date(u"day");
        const std::optional<models::Tier> tier = models::tierFromCode(row.text(u"tier"));
        if (!tier || day < from || day > to)
            return nullptr;
        return &rollUp.days[from.daysTo(day) * 3 + tierIndex(*tier)];
    };

    // Companies existing before the first day: created before it, churned on or after it.
    const QString churnedAt = CompanyStore::churnedAt();
    auto before = session.exec(
        QStringLiteral("SELECT c.tier AS tier, COUNT(*) AS n FROM companies c WHERE "
                       "c.created_at < $1 AND (%1 IS NULL OR %1 >= $1) GROUP BY c.tier")
            .arg(churnedAt),
        {start});
    if (!before)
        return before.error();
    std::array<qint64, 3> existing {};
    for (const SqlRow &row : before.value()) {
        if (const std::optional<models::Tier> tier = models::tierFromCode(row.text(u"tier")))
            existing[static_cast<std::size_t>(tierIndex(*tier))] = row.int64(u"n");
    }
    // Created and churned per day and tier.
    for (const auto &[time, target] :
         {std::pair {QStringLiteral("c.created_at"), &RollUp::Day::newCompanies},
          std::pair {churnedAt, &RollUp::Day::churnedCompanies}}) {
        const QString day = dialect.utcDay(time);
        auto changed = session.exec(
            QStringLiteral("SELECT c.tier AS tier, %1 AS day, COUNT(*) AS n FROM companies c "
                           "WHERE %2 >= $1 AND %2 < $2 GROUP BY c.tier, %1")
                .arg(day, time),
            {start, end});
        if (!changed)
            return changed.error();
        for (const SqlRow &row : changed.value()) {
            if (RollUp::Day *cell = dayOf(row))
                cell->*target = row.int64(u"n");
        }
    }
    // The sums of the companies' daily rows.
    auto usage = session.exec(
        QStringLiteral("SELECT d.day AS day, c.tier AS tier, CAST(SUM(CASE WHEN d.active_users > "
                       "0 THEN 1 ELSE 0 END) AS BIGINT) AS active_companies, "
                       "CAST(SUM(d.active_users) AS BIGINT) AS active_users, "
                       "CAST(SUM(d.logins) AS BIGINT) AS logins, CAST(SUM(d.events) AS BIGINT) "
                       "AS events, CAST(SUM(d.api_calls) AS BIGINT) AS api_calls FROM "
                       "usage_daily d JOIN companies c ON c.id = d.company_id WHERE d.day >= $1 "
                       "AND d.day <= $2 GROUP BY d.day, c.tier"),
        {from, to});
    if (!usage)
        return usage.error();
    for (const SqlRow &row : usage.value()) {
        if (RollUp::Day *cell = dayOf(row)) {
            cell->activeCompanies = row.int64(u"active_companies");
            cell->activeUsers = row.int64(u"active_users");
            cell->logins = row.int64(u"logins");
            cell->events = row.int64(u"events");
            cell->apiCalls = row.int64(u"api_calls");
        }
    }
    for (RollUp::Day &day : rollUp.days) {
        qint64 &count = existing[static_cast<std::size_t>(tierIndex(day.tier))];
        count += day.newCompanies - day.churnedCompanies;
        day.companies = count;
    }

    // Feature use per day, tier and feature: the companies that used it (uses > 0) and their
    // uses, counting a company only on the days it is counted in companies above (created by
    // the end of the day, not churned by then).
    auto features = session.exec(
        QStringLiteral("SELECT f.day AS day, c.tier AS tier, f.feature_code AS feature_code, "
                       "COUNT(*) AS companies_using, CAST(SUM(f.uses) AS BIGINT) AS uses FROM "
                       "feature_usage_daily f JOIN companies c ON c.id = f.company_id WHERE "
                       "f.day >= $1 AND f.day <= $2 AND f.uses > 0 AND %1 <= f.day AND (%2 IS "
                       "NULL OR %3 > f.day) GROUP BY f.day, c.tier, f.feature_code")
            .arg(dialect.utcDay(QStringLiteral("c.created_at")), churnedAt,
                 dialect.utcDay(churnedAt)),
        {from, to});
    if (!features)
        return features.error();
    for (const SqlRow &row : features.value()) {
        const std::optional<models::Tier> tier = models::tierFromCode(row.text(u"tier"));
        if (!tier)
            continue;
        rollUp.features.append({row.date(u"day"), *tier, row.text(u"feature_code"),
                                row.int64(u"companies_using"), row.int64(u"uses")});
    }
    return rollUp;
}

models::Status StatsStore::storeRollUp(SqlSession &session, const RollUp &rollUp)
{
    if (!rollUp.from.isValid() || !rollUp.to.isValid() || rollUp.to < rollUp.from)
        return models::Status::success();
    for (const QString &table :
         {QStringLiteral("usage_platform_daily"), QStringLiteral("feature_platform_daily")}) {
        if (auto cleared = session.perform(
                QStringLiteral("DELETE FROM %1 WHERE day >= $1 AND day <= $2").arg(table),
                {rollUp.from, rollUp.to});
            !cleared)
            return cleared;
    }
    if (auto features = insertRows(
            session,
            QStringLiteral("feature_platform_daily (day, tier, feature_code, companies_using, "
                           "uses)"),
            5, rollUp.features,
            [](const RollUp::Feature &row, SqlParams &params) {
                params << row.day << models::tierCode(row.tier) << row.featureCode
                       << row.companiesUsing << row.uses;
            });
        !features)
        return features;
    return insertRows(session,
                      QStringLiteral("usage_platform_daily (day, tier, companies, new_companies, "
                                     "churned_companies, active_companies, active_users, logins, "
                                     "events, api_calls)"),
                      10, rollUp.days, [](const RollUp::Day &row, SqlParams &params) {
                          params << row.day << models::tierCode(row.tier) << row.companies
                                 << row.newCompanies << row.churnedCompanies << row.activeCompanies
                                 << row.activeUsers << row.logins << row.events << row.apiCalls;
                      });
}

models::Status StatsStore::rollUp(SqlSession &session, QDate from, QDate to)
{
    auto computed = computeRollUp(session, from, to);
    if (!computed)
        return models::Status(computed.error());
    return storeRollUp(session, computed.value());
}

} // namespace sphair::server
