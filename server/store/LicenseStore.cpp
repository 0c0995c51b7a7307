#include "server/store/LicenseStore.h"

#include "models/domain/WireTime.h"
#include "server/store/CompanyStore.h"
#include "server/store/SqlQuery.h"

#include <QJsonArray>

namespace sphair::server {

namespace {

const QLatin1String kColumns(
    "l.company_id, l.id, l.token, l.kid, l.seq, l.tier, l.max_users, l.features, l.issued_at, "
    "l.not_before, l.expires_at, l.grace_days, l.supersedes, l.status, l.revoked_at, "
    "l.revoke_reason, l.token_hash, l.chain_status, l.grace_ends_at, l.version, "
    "(SELECT c.code FROM companies c WHERE c.id = l.company_id) AS company_code");

// Past its grace days; rows written without grace_ends_at count from expires_at.
const QLatin1String kGraceEnds("COALESCE(l.grace_ends_at, l.expires_at)");

LicenseStore::Stored storedFrom(const SqlRow &row, const QDateTime &now, bool withToken)
{
    using models::WireTime::truncated;
    LicenseStore::Stored stored;
    models::LicenseRecord &license = stored.record;
    license.id = row.uuid(u"id");
    license.companyId = row.uuid(u"company_id");
    license.companyCode = row.text(u"company_code");
    license.kid = row.text(u"kid");
    license.seq = row.int64(u"seq");
    license.tier = models::tierFromCode(row.text(u"tier")).value_or(models::Tier::Small);
    license.maxUsers = row.integer(u"max_users");
    for (const QJsonValue code : row.json(u"features").toArray())
        license.features.append(code.toString());
    license.issuedAt = truncated(row.dateTime(u"issued_at"));
    license.notBefore = truncated(row.dateTime(u"not_before"));
    license.expiresAt = truncated(row.dateTime(u"expires_at"));
    license.graceDays = row.integer(u"grace_days");
    license.supersedes = row.uuid(u"supersedes");
    stored.storedStatus = row.text(u"status");
    license.status = models::licenseRecordStatusFromCode(stored.storedStatus)
                         .value_or(models::LicenseRecordStatus::Active);
    const QDateTime graceEnds =
        row.isNull(u"grace_ends_at") ? license.expiresAt : row.dateTime(u"grace_ends_at");
    if (license.status == models::LicenseRecordStatus::Active && now >= graceEnds)
        license.status = models::LicenseRecordStatus::Expired;
    if (!row.isNull(u"revoked_at"))
        license.revokedAt = truncated(row.dateTime(u"revoked_at"));
    license.revokeReason = row.text(u"revoke_reason");
    if (withToken)
        license.token = row.text(u"token");
    stored.tokenHash = row.text(u"token_hash");
    stored.chainStatus = row.text(u"chain_status");
    stored.version = row.int64(u"version", 1);
    return stored;
}

models::Result<QList<LicenseStore::Stored>> rowsOf(const models::Result<SqlResult> &result,
                                                   const QDateTime &now, bool withToken)
{
    return readAll(result, [&](const SqlRow &row) { return storedFrom(row, now, withToken); });
}

// The conditions of a filtered list.
SqlFilter filterOf(const LicenseStore::Filter &filter, const QDateTime &now)
{
    SqlFilter where;
    if (!filter.companyId.isNull())
        where.require(QStringLiteral("l.company_id = %1"), filter.companyId);
    if (filter.status == QLatin1String("active")) {
        where.require(
            QStringLiteral("l.status = 'active' AND %1 > %2").arg(kGraceEnds, where.bind(now)));
    } else if (filter.status == QLatin1String("expired")) {
        where.require(
            QStringLiteral("l.status = 'active' AND %1 <= %2").arg(kGraceEnds, where.bind(now)));
    } else if (!filter.status.isEmpty()) {
        where.require(QStringLiteral("l.status = %1"), filter.status);
    }
    if (!filter.tier.isEmpty())
        where.require(QStringLiteral("l.tier = %1"), filter.tier);
    if (!filter.kid.isEmpty())
        where.require(QStringLiteral("l.kid = %1"), filter.kid);
    if (!filter.query.isEmpty()) {
        where.require(QStringLiteral("EXISTS (SELECT 1 FROM companies c WHERE c.id = l.company_id "
                                     "AND %1)")
                          .arg(CompanyStore::searchCondition(where, filter.query)));
    }
    return where;
}

// Which features a company may use follows its license: a new or revoked license changes
// the company's feature set, so its version (and ETag) moves on.
models::Status licensedFeaturesChanged(SqlSession &session, const QUuid &companyId)
{
    return session.perform(QStringLiteral("UPDATE companies SET features_version = "
                                          "features_version + 1 WHERE id = $1"),
                           {companyId});
}

} // namespace

models::Result<std::optional<LicenseStore::Stored>>
LicenseStore::find(SqlSession &session, const QUuid &id, const QDateTime &now, bool forUpdate)
{
    QString sql = QStringLiteral("SELECT %1 FROM licenses l WHERE l.id = $1").arg(kColumns);
    if (forUpdate)
        sql += session.dialect().forUpdate();
    return readOptional(session.queryOptional(sql, {id}),
                        [&now](const SqlRow &row) { return storedFrom(row, now, true); });
}

models::Result<QList<LicenseStore::Stored>>
LicenseStore::findByChain(SqlSession &session, const QString &kid, qint64 seq, const QDateTime &now)
{
    return rowsOf(session.exec(QStringLiteral("SELECT %1 FROM licenses l WHERE l.kid = $1 "
                                              "AND l.seq = $2 ORDER BY l.registered_at, l.id")
                                   .arg(kColumns),
                               {kid, seq}),
                  now, true);
}

models::Result<QList<LicenseStore::Stored>> LicenseStore::current(SqlSession &session,
                                                                  const QUuid &companyId,
                                                                  const QDateTime &now,
                                                                  bool forUpdate)
{
    QString sql = QStringLiteral("SELECT %1 FROM licenses l WHERE l.company_id = $1 "
                                 "AND l.status = 'active' AND %2 > $2 ORDER BY l.issued_at DESC")
                      .arg(kColumns, kGraceEnds);
    if (forUpdate)
        sql += session.dialect().forUpdate();
    return rowsOf(session.exec(sql, {companyId, now}), now, false);
}

models::Status LicenseStore::insert(SqlSession &session, const NewLicense &license)
{
    const models::LicenseRecord &r = license.record;
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO licenses (company_id, id, token, kid, seq, prev, tier, "
                       "max_users, features, issued_at, not_before, expires_at, grace_days, "
                       "supersedes, status, registered_by, token_hash, chain_status, "
                       "grace_ends_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
                       "$12, $13, $14, 'active', $15, $16, $17, $18)"),
        {r.companyId, r.id, r.token, r.kid, r.seq,
         license.prev.isEmpty() ? QVariant() : QVariant(license.prev), models::tierCode(r.tier),
         r.maxUsers, QVariant::fromValue(QJsonArray::fromStringList(r.features)), r.issuedAt,
         r.notBefore, r.expiresAt, r.graceDays, r.supersedes, license.registeredBy,
         license.tokenHash, license.chainStatus, r.graceEndsAt()});
    if (!inserted)
        return inserted.error();
    return licensedFeaturesChanged(session, r.companyId);
}

models::Result<qint64> LicenseStore::markSuperseded(SqlSession &session, const QUuid &companyId,
                                                    const QUuid &id)
{
    auto row = session.queryOne(
        QStringLiteral("UPDATE licenses SET status = 'superseded', version = version + 1 "
                       "WHERE company_id = $1 AND id = $2 AND status = 'active' RETURNING version"),
        {companyId, id});
    if (!row)
        return row.error();
    return row->int64(u"version");
}

models::Result<qint64> LicenseStore::revoke(SqlSession &session, const QUuid &companyId,
                                            const QUuid &id, const QString &reason,
                                            const QString &revokedBy, const QDateTime &at)
{
    auto row =
        session.queryOne(QStringLiteral("UPDATE licenses SET status = 'revoked', revoked_at = $3, "
                                        "revoke_reason = $4, version = version + 1 "
                                        "WHERE company_id = $1 AND id = $2 AND status <> 'revoked' "
                                        "RETURNING version"),
                         {companyId, id, at, reason});
    if (!row)
        return row.error();
    auto recorded = session.exec(
        QStringLiteral("INSERT INTO revocations (company_id, jti, reason, revoked_at, revoked_by) "
                       "VALUES ($1, $2, $3, $4, $5)"),
        {companyId, id, reason, at, revokedBy});
    if (!recorded)
        return recorded.error();
    if (auto changed = licensedFeaturesChanged(session, companyId); !changed)
        return changed.error();
    return row->int64(u"version");
}

models::Result<QList<LicenseStore::Stored>> LicenseStore::list(SqlSession &session,
                                                               const Filter &filter,
                                                               const QDateTime &now, int limit,
                                                               qint64 offset)
{
    SqlFilter where = filterOf(filter, now);
    return rowsOf(where.page(session,
                             QStringLiteral("SELECT %1 FROM licenses l%2 ORDER BY l.issued_at "
                                            "DESC, l.id DESC")
                                 .arg(kColumns, where.where()),
                             limit, offset),
                  now, false);
}

models::Result<qint64> LicenseStore::count(SqlSession &session, const Filter &filter,
                                           const QDateTime &now)
{
    return filterOf(filter, now).count(session, QStringLiteral("licenses l"));
}

models::Result<QList<LicenseStore::Stored>> LicenseStore::expiring(SqlSession &session,
                                                                   const QDateTime &now,
                                                                   const QDateTime &until,
                                                                   int limit, qint64 offset)
{
    return rowsOf(session.exec(QStringLiteral("SELECT %1 FROM licenses l WHERE l.status = "
                                              "'active' AND l.expires_at > $1 AND l.expires_at "
                                              "<= $2 ORDER BY l.expires_at, l.id LIMIT $3 "
                                              "OFFSET $4")
                                   .arg(kColumns),
                               {now, until, limit, offset}),
                  now, false);
}

models::Result<qint64> LicenseStore::countExpiring(SqlSession &session, const QDateTime &now,
                                                   const QDateTime &until)
{
    return countRows(session,
                     QStringLiteral("licenses l WHERE l.status = 'active' AND l.expires_at > $1 "
                                    "AND l.expires_at <= $2"),
                     {now, until});
}

} // namespace sphair::server
