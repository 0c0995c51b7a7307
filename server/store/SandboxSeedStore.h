#pragma once

#include "models/domain/CompanySettings.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace sphair::server {

// The rows of a new sandbox's demo data, inside the caller's operator transaction. Seeding
// writes history (creation times in the past, licenses registered long ago, a key's chain
// state), which the regular stores rightly never do; so it has statements of its own.
class SandboxSeedStore
{
public:
    // True when the platform has no company yet (only then is it seeded).
    static models::Result<bool> isEmpty(SqlSession &session);

    struct Company
    {
        QUuid id;
        QString code;
        QString name;
        models::Tier tier = models::Tier::Small;
        int maxUsers = 0;
        bool suspended = false;
        QString contactEmail;
        QDateTime createdAt;
        QDateTime updatedAt; // invalid: createdAt (a suspended company: when it was suspended)
        QDateTime deletedAt; // valid: the company is deleted (status 'deleted')
    };
    static models::Status insertCompany(SqlSession &session, const Company &company);
    // Many companies in few statements (the synthetic population of a scale check).
    static models::Status insertCompanies(SqlSession &session, const QList<Company> &companies);
    static models::Status insertSettings(SqlSession &session, const QUuid &companyId,
                                         const models::CompanySettings &settings);
    static models::Status insertFeatureOverride(SqlSession &session, const QUuid &companyId,
                                                const QString &featureCode, bool enabled);

    struct User
    {
        QString email;
        QString name;
        QString role; // "admin" or "member"
        QDateTime createdAt;
    };
    static models::Status insertUser(SqlSession &session, const QUuid &companyId, const User &user);

    // Usage rows (migration 8), each list written in a few multi-row statements.
    struct DailyUsage
    {
        QUuid companyId;
        QDate day;
        qint64 activeUsers = 0;
        qint64 logins = 0;
        qint64 events = 0;
        qint64 apiCalls = 0;
    };
    static models::Status insertDailyUsage(SqlSession &session, const QList<DailyUsage> &rows);
    struct FeatureUse
    {
        QUuid companyId;
        QDate day;
        QString featureCode;
        qint64 uses = 0;
    };
    static models::Status insertFeatureUsage(SqlSession &session, const QList<FeatureUse> &rows);
    struct HourSlot
    {
        QUuid companyId;
        int weekday = 1; // ISO, 1 = Monday
        int hour = 0; // Africa/Johannesburg
        double activeUsers = 0;
        double logins = 0;
    };
    static models::Status insertHourProfile(SqlSession &session, const QList<HourSlot> &rows);

    // An active issuer key for any tier, up to `maxUsersCap` users per license.
    struct IssuerKey
    {
        QString kid;
        QString publicKey; // k4.public
        QString label;
        QDateTime validFrom;
        int maxUsersCap = 0;
        QDateTime createdAt;
    };
    static models::Status insertIssuerKey(SqlSession &session, const IssuerKey &key);
    static models::Status setKeyChain(SqlSession &session, const QString &kid, qint64 lastSeq,
                                      const QByteArray &lastTokenHash);

    // An active license, registered at `registeredAt` by `registeredBy`.
    struct License
    {
        QUuid companyId;
        QUuid id;
        QByteArray token;
        QString kid;
        qint64 seq = 0;
        QByteArray prev; // empty for the first of a chain
        models::Tier tier = models::Tier::Small;
        int maxUsers = 0;
        QStringList features;
        QDateTime issuedAt;
        QDateTime notBefore;
        QDateTime expiresAt;
        int graceDays = 0;
        QDateTime registeredAt;
        QString registeredBy;
        QByteArray tokenHash;
    };
    static models::Status insertLicense(SqlSession &session, const License &license);

    static models::Status insertMaintenanceWindow(SqlSession &session,
                                                  const models::MaintenanceWindow &window,
                                                  const QString &createdBy);
};

} // namespace sphair::server
