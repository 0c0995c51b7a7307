#pragma once

#include "models/domain/Company.h"
#include "models/domain/LicenseDisplayStatus.h"
#include "models/domain/Result.h"
#include "models/domain/StatsOverview.h"
#include "models/domain/Tier.h"
#include "models/domain/UsagePoint.h"
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
    struct CompanyRow
    {
        QUuid companyId;
        QString code;
        QString name;
        models::Tier tier = models::Tier::Small;
        models::CompanyStatus status = models::CompanyStatus::Active;
        int maxUsers = 0;
        qint64 userCount = 0;
        qint64 activeUsers30d = 0;
        qint64 events30d = 0;
        qint64 apiCalls30d = 0;
        models::LicenseDisplayStatus licenseStatus = models::LicenseDisplayStatus::None;
        QDateTime licenseExpiresAt;

        QJsonObject toJson() const;
    };

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
    struct Users
    {
        qint64 usersTotal = 0;
        qint64 activeUsers1d = 0;
        qint64 activeUsers7d = 0;
        qint64 activeUsers30d = 0;
        QMap<models::Tier, qint64> usersByTier;
        qint64 seatsLicensed = 0;
        QDateTime generatedAt;

        QJsonObject toJson() const;
    };

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
