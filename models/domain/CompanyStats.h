#pragma once

#include "models/domain/Company.h"
#include "models/domain/LicenseDisplayStatus.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sphair::models {

// One row of GET /admin/stats/companies: a company with its users, its usage over the last 30
// days and how its license stands. Every field but license_expires_at is required.
struct CompanyStats
{
    QUuid companyId; // company_id
    QString code;
    QString name;
    Tier tier = Tier::Small;
    CompanyStatus status = CompanyStatus::Active;
    qint64 maxUsers = 0; // max_users
    qint64 userCount = 0; // user_count
    qint64 activeUsers30d = 0; // active_users_30d
    qint64 events30d = 0; // events_30d
    qint64 apiCalls30d = 0; // api_calls_30d
    LicenseDisplayStatus licenseStatus = LicenseDisplayStatus::None; // license_status
    QDateTime licenseExpiresAt; // license_expires_at; invalid (null) without a license

    static Result<CompanyStats> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const CompanyStats &other) const;
    bool operator!=(const CompanyStats &other) const { return !(*this == other); }
};

} // namespace sphair::models
