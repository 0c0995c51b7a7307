#pragma once

#include "models/domain/LicenseDisplayStatus.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::server {

// What the licenses table says about companies: the one-word summary the companies list
// shows, and the license a tenant works under right now. Reads only; runs in the caller's
// transaction (operator scope for summaries, the tenant's own scope for usableLicense).
class CompanyLicenses
{
public:
    // A company's license as the companies table shows it.
    struct Summary
    {
        models::LicenseDisplayStatus status = models::LicenseDisplayStatus::None;
        QDateTime expiresAt; // invalid when there is no license
    };

    // The license that lets a tenant work: active, started, and not past its grace days.
    struct Usable
    {
        QUuid id;
        int maxUsers = 0;
        QDateTime expiresAt;
        QStringList features; // the feature codes the license grants
    };

    // Summaries of `companyIds` at `now` (companies without licenses are left out: None).
    // The summary follows the started license with the stored status active that expires
    // last (active, expiring, grace or expired by its dates); without one, the expired or
    // revoked license that expired last. Superseded and not-yet-valid licenses never count.
    static models::Result<QHash<QUuid, Summary>>
    summaries(SqlSession &session, const QList<QUuid> &companyIds, const QDateTime &now);
    // The summaries of every company that is not deleted, the same way, "expiring" meaning at
    // most `expiringDays` away (for the stats).
    static models::Result<QHash<QUuid, Summary>>
    summariesOfListed(SqlSession &session, const QDateTime &now, int expiringDays);

    // The SQL expression (over companies aliased c) that orders companies the way their
    // summaries' expires_at would: NULL without a license. `nowParameter` is the placeholder
    // bound to the current time, e.g. "$3".
    static QString expirySortExpression(const QString &nowParameter);

    // The usable license of one company with the latest expiry, or nullopt. Licenses listed
    // in revocations never count. The SQL filters by company_id (SQLite has no row-level
    // security).
    static models::Result<std::optional<Usable>>
    usableLicense(SqlSession &session, const QUuid &companyId, const QDateTime &now);
    // The usable licenses of `companyIds` the same way, by company, in one statement;
    // companies without one are left out. Operator scope.
    static models::Result<QHash<QUuid, Usable>>
    usableLicenses(SqlSession &session, const QList<QUuid> &companyIds, const QDateTime &now);
};

} // namespace sphair::server
