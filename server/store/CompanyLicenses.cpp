#include "server/store/CompanyLicenses.h"

#include "models/domain/LicenseRecord.h"
#include "server/store/SqlQuery.h"

#include <QJsonArray>

namespace sphair::server {

namespace {

using models::LicenseRecord;
using models::LicenseRecordStatus;

// A license counts as revoked when its row says so or when its jti is in revocations.
const char *const kRevokedByList = "EXISTS (SELECT 1 FROM revocations r WHERE r.company_id = "
                                   "l.company_id AND r.jti = l.id)";

// A license (alias l) in force at `nowParameter`: active, started and not revoked.
QString inForceAt(const QString &nowParameter)
{
    return QStringLiteral("l.status = 'active' AND l.not_before <= %1 AND NOT %2")
        .arg(nowParameter, QLatin1String(kRevokedByList));
}

// The summaries of the companies whose licenses match `companyCondition` (SQL over the alias
// l, with `params`), "expiring" meaning at most `expiringDays` away.
models::Result<QHash<QUuid, CompanyLicenses::Summary>>
summariesWhere(SqlSession &session, const QDateTime &now, int expiringDays,
               const QString &companyCondition, const SqlParams &params)
{
    auto rows = session.exec(
        QStringLiteral("SELECT l.company_id AS company_id, l.status AS status, "
                       "l.not_before AS not_before, l.expires_at AS expires_at, "
                       "l.grace_days AS grace_days, CASE WHEN %1 THEN 1 ELSE 0 END AS listed "
                       "FROM licenses l WHERE l.status <> 'superseded' AND %2")
            .arg(QLatin1String(kRevokedByList), companyCondition),
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
    QHash<QUuid, CompanyLicenses::Summary> result;
    // current second: a company's started active license wins over its past ones.
    for (const QHash<QUuid, LicenseRecord> *chosen : {&past, &current}) {
        for (auto it = chosen->constBegin(); it != chosen->constEnd(); ++it)
            result.insert(it.key(), {it->displayStatus(now, expiringDays), it->expiresAt});
    }
    return result;
}

// The usable licenses of the companies whose licenses match `companyCondition` (SQL over the
// alias l, with `params`, whose first is `now` as $1), by company: each company's license in
// force at `now`, not past its grace days, with the latest expiry.
models::Result<QHash<QUuid, CompanyLicenses::Usable>> usableWhere(SqlSession &session,
                                                                  const QString &companyCondition,
                                                                  const SqlParams &params,
                                                                  const QDateTime &now)
{
    auto rows = session.exec(
        QStringLiteral("SELECT l.company_id AS company_id, l.id AS id, l.max_users AS max_users, "
                       "l.expires_at AS expires_at, l.grace_days AS grace_days, "
                       "l.features AS features FROM licenses l WHERE %1 AND %2 "
                       "ORDER BY l.expires_at DESC")
            .arg(companyCondition, inForceAt(QStringLiteral("$1"))),
        params);
    if (!rows)
        return rows.error();
    QHash<QUuid, CompanyLicenses::Usable> usable;
    for (const SqlRow &row : rows.value()) {
        const QUuid company = row.uuid(u"company_id");
        const QDateTime expires = row.dateTime(u"expires_at");
        if (usable.contains(company) || now >= expires.addDays(row.integer(u"grace_days")))
            continue; // the first usable one expires last
        QStringList features;
        for (const QJsonValue code : row.json(u"features").toArray())
            features.append(code.toString());
        usable.insert(company, {row.uuid(u"id"), row.integer(u"max_users"), expires, features});
    }
    return usable;
}

} // namespace

models::Result<QHash<QUuid, CompanyLicenses::Summary>>
CompanyLicenses::summaries(SqlSession &session, const QList<QUuid> &companyIds,
                           const QDateTime &now)
{
    if (companyIds.isEmpty())
        return QHash<QUuid, Summary>();
    SqlFilter ids;
    const QString listed = ids.bindList(companyIds);
    return summariesWhere(session, now, LicenseRecord::kDefaultExpiringDays,
                          QStringLiteral("l.company_id IN (%1)").arg(listed), ids.params());
}

models::Result<QHash<QUuid, CompanyLicenses::Summary>>
CompanyLicenses::summariesOfListed(SqlSession &session, const QDateTime &now, int expiringDays)
{
    return summariesWhere(session, now, expiringDays,
                          QStringLiteral("l.company_id IN (SELECT c.id FROM companies c WHERE "
                                         "c.status <> 'deleted')"),
                          {});
}

QString CompanyLicenses::expirySortExpression(const QString &nowParameter)
{
    return QStringLiteral(
               "COALESCE((SELECT MAX(l.expires_at) FROM licenses l WHERE l.company_id = c.id "
               "AND %1), "
               "(SELECT MAX(l.expires_at) FROM licenses l WHERE l.company_id = c.id "
               "AND l.status <> 'superseded' AND (l.status IN ('expired', 'revoked') OR %2)))")
        .arg(inForceAt(nowParameter), QLatin1String(kRevokedByList));
}

models::Result<std::optional<CompanyLicenses::Usable>>
CompanyLicenses::usableLicense(SqlSession &session, const QUuid &companyId, const QDateTime &now)
{
    auto usable = usableWhere(session, QStringLiteral("l.company_id = $2"), {now, companyId}, now);
    if (!usable)
        return usable.error();
    if (!usable->contains(companyId))
        return std::optional<Usable>();
    return std::optional<Usable>(usable->value(companyId));
}

models::Result<QHash<QUuid, CompanyLicenses::Usable>>
CompanyLicenses::usableLicenses(SqlSession &session, const QList<QUuid> &companyIds,
                                const QDateTime &now)
{
    if (companyIds.isEmpty())
        return QHash<QUuid, Usable>();
    SqlFilter ids;
    ids.bind(now);
    const QString listed = ids.bindList(companyIds);
    return usableWhere(session, QStringLiteral("l.company_id IN (%1)").arg(listed), ids.params(),
                       now);
}

} // namespace sphair::server
