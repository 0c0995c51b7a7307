#pragma once

#include "models/domain/Company.h"
#include "models/domain/CompanyStats.h"
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
// daily roll-ups (usage_daily), read in the caller's transaction.
//
// Definitions: a user counts when active; a company's license is its best started active
// license, else its last expired or revoked one (as the companies list shows it); "the last
// N days" are the UTC days from today − (N − 1) to today; active users over several days are
// each company's highest daily count, summed over companies (the roll-ups keep no user ids).
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
    // One point per day from `from` to `to`, zeros where nothing was rolled up; the whole
    // platform (every company) when companyId is null.
    static models::Result<QList<models::UsagePoint>>
    usage(SqlSession &session, const QUuid &companyId, QDate from, QDate to);
};

} // namespace sphair::server
