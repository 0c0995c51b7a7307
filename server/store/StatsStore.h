#pragma once

#include "models/domain/Company.h"
#include "models/domain/CompanyStats.h"
#include "models/domain/FeatureAdoptionRow.h"
#include "models/domain/GrowthPoint.h"
#include "models/domain/LicenseDisplayStatus.h"
#include "models/domain/Result.h"
#include "models/domain/StatsOverview.h"
#include "models/domain/Tier.h"
#include "models/domain/UsagePoint.h"
#include "models/domain/UserStats.h"
#include "server/store/SqlSession.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The numbers behind /admin/stats: counts of companies, users and licenses, and usage from the
// daily roll-ups (usage_daily per company, usage_platform_daily per tier,
// feature_platform_daily per tier and feature), read in the caller's transaction; and
// rollUp(), which (re)computes usage_platform_daily and feature_platform_daily.
//
// Definitions: a user counts when active; a company's license is its best started active
// license, else its last expired or revoked one (as the companies list shows it); "the last
// N days" are the UTC days from today − (N − 1) to today; active users over several days are
// each company's highest daily count, summed over companies (the roll-ups keep no user ids).
// A company counts in its tier of now (tier changes keep no history); it exists from its
// creation day until the day before it churned (CompanyStore::churnedAt: deleted, or suspended
// with its last change taken as the suspension, since there is no churn timestamp).
class StatsStore
{
public:
    // One row of /admin/stats/companies.
    using CompanyRow = models::CompanyStats;

    struct CompanyFilter
    {
        QString query; // matched case-insensitively against code and name
        std::optional<models::Tier> tier;
        std::optional<models::CompanyStatus> status; // nullopt: every status but deleted
        // By name; or by utilisation (active users / max_users, highest first, then name).
        bool byUtilisation = false;
    };

    struct CompanyPage
    {
        QList<CompanyRow> items;
        qint64 total = 0;
    };

    // /admin/stats/users.
    using Users = models::UserStats;

    static models::Result<models::StatsOverview> overview(SqlSession &session, const QDateTime &now,
                                                          int expiringDays);
    static models::Result<CompanyPage> companies(SqlSession &session, const CompanyFilter &filter,
                                                 const QDateTime &now, qint64 offset, int limit);
    static models::Result<Users> users(SqlSession &session, const QDateTime &now);
    // One point per day from `from` to `to`, zeros where nothing was rolled up: the company's
    // usage_daily, or with a null companyId the whole platform from usage_platform_daily (3
    // rows a day, however many companies; as fresh as the last rollUp()).
    static models::Result<QList<models::UsagePoint>>
    usage(SqlSession &session, const QUuid &companyId, QDate from, QDate to);
    // For every day from `from` to `to` one point per tier (allTiers() order), zeros where
    // nothing was rolled up, from usage_platform_daily.
    static models::Result<QList<models::GrowthPoint>> growth(SqlSession &session, QDate from,
                                                             QDate to);
    // One row per catalog feature (catalog order) and tier: the companies that existed at the
    // end of `to`, how many of them have the feature enabled now, and from the roll-ups
    // (feature_platform_daily, usage_platform_daily; as fresh as the last rollUp()) its active
    // share from `from` to `to` (the tier's company-days using it over the tier's company-days)
    // and its uses. A fixed number of statements, reading rows per day, never per company.
    static models::Result<QList<models::FeatureAdoptionRow>> featureAdoption(SqlSession &session,
                                                                             QDate from, QDate to);

    // The platform roll-up of the days from `from` to `to` (see the definitions above): per
    // day and tier (usage_platform_daily) the companies existing at the end of the day, created
    // that day, churned that day, with any active user that day, and the sums of active_users,
    // logins, events and api_calls of usage_daily; per day, tier and feature
    // (feature_platform_daily) the companies counted in `companies` that day that used it, and
    // their uses.
    struct RollUp
    {
        struct Day
        {
            QDate day;
            models::Tier tier = models::Tier::Small;
            qint64 companies = 0;
            qint64 newCompanies = 0;
            qint64 churnedCompanies = 0;
            qint64 activeCompanies = 0;
            qint64 activeUsers = 0;
            qint64 logins = 0;
            qint64 events = 0;
            qint64 apiCalls = 0;
        };
        struct Feature
        {
            QDate day;
            models::Tier tier = models::Tier::Small;
            QString featureCode;
            qint64 companiesUsing = 0;
            qint64 uses = 0;
        };
        QDate from;
        QDate to;
        QList<Day> days; // day by day, allTiers() order within a day
        QList<Feature> features;
    };
    // Computes the roll-up with reads only: five grouped, set-based reads, however many
    // companies. This is the long part (about 2 s for two days at 100,000 companies), so the
    // server runs it in a read transaction and writes with storeRollUp() in a short one.
    static models::Result<RollUp> computeRollUp(SqlSession &session, QDate from, QDate to);
    // Replaces the stored roll-up of the days from rollUp.from to rollUp.to: two deletes and
    // the rows a few hundred at a time; run in a write transaction.
    static models::Status storeRollUp(SqlSession &session, const RollUp &rollUp);
    // Both in the caller's (write) transaction, as the sandbox seeds.
    static models::Status rollUp(SqlSession &session, QDate from, QDate to);
};

} // namespace sphair::server
