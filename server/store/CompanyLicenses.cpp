#include "server/store/CompanyLicenses.h"

#include "models/domain/LicenseRecord.h"

namespace sphair::server {

namespace {

using models::LicenseRecord;
using models::LicenseRecordStatus;

// A license counts as revoked when its row says so or when its jti is in revocations.
const char *const kRevokedByList = "EXISTS (SELECT 1 FROM revocations r WHERE r.company_id = "
                                   "l.company_id AND r.jti = l.id)";

struct Candidate
{
    LicenseRecord record;
    bool started = false;
};

} // namespace

models::Result<QHash<QUuid, CompanyLicenses::Summary>>
CompanyLicenses::summaries(SqlSession &session, const QList<QUuid> &companyIds,
                           const QDateTime &now)
{
    QHash<QUuid, Summary> result;
    if (companyIds.isEmpty())
        return result;
    QStringList placeholders;
    SqlParams params;
    for (const QUuid &id : companyIds) {
        params.append(id);
        placeholders.append(QLatin1Char('$') + QString::number(params.size()));
    }
    auto rows = session.exec(
        QStringLiteral("SELECT l.company_id AS company_id, l.status AS status, "
                       "l.not_before AS not_before, l.expires_at AS expires_at, "
                       "l.grace_days AS grace_days, CASE WHEN %1 THEN 1 ELSE 0 END AS listed "
                       "FROM licenses l WHERE l.status <> 'superseded' AND l.company_id IN (%2)")
            .arg(QLatin1String(kRevokedByList), placeholders.join(QLatin1String(", "))),
        params);
    if (!rows)
        return rows.error();

    // Per company: the best started active license, else the last expired or revoked one.
    QHash<QUuid, LicenseRecord> current;
    QHash<QUuid, LicenseRecord> past;
    for (const SqlRow &row : rows.value()) {
        LicenseRecord record;
        const QUuid company = row.uuid(u"company_id");
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
        QHash<QUuid, LicenseRecord> *bucket = nullptr;
        if (record.status == LicenseRecordStatus::Active) {
            if (record.notBefore > now)
                continue; // scheduled: not the company's state yet
            bucket = &current;
        } else {
            bucket = &past;
        }
        auto found = bucket->find(company);
        if (found == bucket->end() || found->expiresAt < record.expiresAt)
            bucket->insert(company, record);
    }
    for (const QUuid &id : companyIds) {
        const auto active = current.constFind(id);
        const auto old = past.constFind(id);
        const LicenseRecord *chosen = active != current.constEnd() ? &*active
            : old != past.constEnd()                               ? &*old
                                                                   : nullptr;
        if (chosen)
            result.insert(id, Summary {chosen->displayStatus(now), chosen->expiresAt});
    }
    return result;
}

QString CompanyLicenses::expirySortExpression(const QString &nowParameter)
{
    return QStringLiteral(
               "COALESCE((SELECT MAX(l.expires_at) FROM licenses l WHERE l.company_id = c.id "
               "AND l.status = 'active' AND l.not_before <= %1 AND NOT %2), "
               "(SELECT MAX(l.expires_at) FROM licenses l WHERE l.company_id = c.id "
               "AND l.status <> 'superseded' AND (l.status IN ('expired', 'revoked') OR %2)))")
        .arg(nowParameter, QLatin1String(kRevokedByList));
}

models::Result<std::optional<CompanyLicenses::Usable>>
CompanyLicenses::usableLicense(SqlSession &session, const QUuid &companyId, const QDateTime &now)
{
    auto rows = session.exec(
        QStringLiteral("SELECT l.id AS id, l.max_users AS max_users, l.expires_at AS expires_at, "
                       "l.grace_days AS grace_days FROM licenses l WHERE l.company_id = $1 "
                       "AND l.status = 'active' AND l.not_before <= $2 AND NOT %1 "
                       "ORDER BY l.expires_at DESC")
            .arg(QLatin1String(kRevokedByList)),
        {companyId, now});
    if (!rows)
        return rows.error();
    for (const SqlRow &row : rows.value()) {
        const QDateTime expires = row.dateTime(u"expires_at");
        const QDateTime graceEnds = expires.addDays(row.integer(u"grace_days"));
        if (now < graceEnds)
            return std::optional<Usable>(
                Usable {row.uuid(u"id"), row.integer(u"max_users"), expires});
    }
    return std::optional<Usable>();
}

} // namespace sphair::server
