#include "server/store/IssuerKeyStore.h"

#include "server/store/SqlQuery.h"

#include "models/domain/WireTime.h"

#include <QJsonArray>

namespace sphair::server {

namespace {

const QLatin1String kColumns("kid, public_key, label, status, valid_from, valid_until, max_tier, "
                             "max_users_cap, allowed_features, last_seq, last_token_hash, version");

IssuerKeyStore::Stored storedFrom(const SqlRow &row)
{
    IssuerKeyStore::Stored stored;
    models::IssuerKey &key = stored.key;
    key.kid = row.text(u"kid");
    key.publicKey = row.text(u"public_key");
    key.label = row.text(u"label");
    key.status = models::issuerKeyStatusFromCode(row.text(u"status"))
                     .value_or(models::IssuerKeyStatus::Revoked);
    key.validFrom = models::WireTime::truncated(row.dateTime(u"valid_from"));
    key.validUntil = row.isNull(u"valid_until")
        ? QDateTime()
        : models::WireTime::truncated(row.dateTime(u"valid_until"));
    // A key without a stored cap on tier may sign every tier.
    key.maxTier = models::tierFromCode(row.text(u"max_tier")).value_or(models::Tier::Large);
    key.maxUsersCap = row.integer(u"max_users_cap", models::kMaxLicensedUsers);
    const QJsonValue features = row.json(u"allowed_features");
    if (features.isArray()) {
        QStringList codes;
        for (const QJsonValue code : features.toArray())
            codes.append(code.toString());
        key.allowedFeatures = codes;
    }
    key.lastSeq = row.int64(u"last_seq");
    stored.lastTokenHash = row.text(u"last_token_hash");
    stored.version = row.int64(u"version", 1);
    return stored;
}

QVariant featuresParameter(const models::IssuerKey &key)
{
    if (!key.allowedFeatures)
        return {};
    return QVariant::fromValue(QJsonArray::fromStringList(*key.allowedFeatures));
}

// The status filter and its parameter ($1); no filter when empty. (PostgreSQL cannot type a
// parameter that is only compared with NULL, so the condition is left out instead.)
QString statusFilter(const QString &status, SqlParams &params)
{
    if (status.isEmpty())
        return {};
    params.append(status);
    return QStringLiteral(" WHERE status = $1");
}

} // namespace

models::Result<std::optional<IssuerKeyStore::Stored>>
IssuerKeyStore::find(SqlSession &session, const QString &kid, bool forUpdate)
{
    QString sql = QStringLiteral("SELECT %1 FROM issuer_keys WHERE kid = $1").arg(kColumns);
    if (forUpdate)
        sql += session.dialect().forUpdate();
    return readOptional(session.queryOptional(sql, {kid}), storedFrom);
}

models::Status IssuerKeyStore::insert(SqlSession &session, const models::IssuerKey &key)
{
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO issuer_keys (kid, public_key, label, status, valid_from, "
                       "valid_until, max_tier, max_users_cap, allowed_features) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
        {key.kid, key.publicKey, key.label, models::issuerKeyStatusCode(key.status), key.validFrom,
         key.validUntil, models::tierCode(key.maxTier), key.maxUsersCap, featuresParameter(key)});
    if (!inserted)
        return inserted.error();
    return models::Status::success();
}

models::Result<qint64> IssuerKeyStore::update(SqlSession &session, const models::IssuerKey &key)
{
    auto row = session.queryOne(
        QStringLiteral("UPDATE issuer_keys SET label = $2, status = $3, valid_from = $4, "
                       "valid_until = $5, max_tier = $6, max_users_cap = $7, "
                       "allowed_features = $8, version = version + 1 WHERE kid = $1 "
                       "RETURNING version"),
        {key.kid, key.label, models::issuerKeyStatusCode(key.status), key.validFrom, key.validUntil,
         models::tierCode(key.maxTier), key.maxUsersCap, featuresParameter(key)});
    if (!row)
        return row.error();
    return row->int64(u"version");
}

models::Status IssuerKeyStore::advanceChain(SqlSession &session, const QString &kid, qint64 seq,
                                            const QString &tokenHash)
{
    auto updated =
        session.exec(QStringLiteral("UPDATE issuer_keys SET last_seq = $2, last_token_hash = $3, "
                                    "version = version + 1 WHERE kid = $1 AND last_seq < $2"),
                     {kid, seq, tokenHash});
    if (!updated)
        return updated.error();
    return models::Status::success();
}

models::Result<QList<IssuerKeyStore::Stored>>
IssuerKeyStore::list(SqlSession &session, const QString &status, int limit, qint64 offset)
{
    SqlParams params;
    const QString where = statusFilter(status, params);
    params.append(limit);
    params.append(offset);
    auto rows = session.exec(QStringLiteral("SELECT %1 FROM issuer_keys%2 ORDER BY valid_from "
                                            "DESC, kid LIMIT $%3 OFFSET $%4")
                                 .arg(kColumns, where)
                                 .arg(params.size() - 1)
                                 .arg(params.size()),
                             params);
    if (!rows)
        return rows.error();
    QList<Stored> keys;
    for (const SqlRow &row : rows.value())
        keys.append(storedFrom(row));
    return keys;
}

models::Result<qint64> IssuerKeyStore::count(SqlSession &session, const QString &status)
{
    SqlParams params;
    const QString where = statusFilter(status, params);
    auto row =
        session.queryOne(QStringLiteral("SELECT COUNT(*) AS n FROM issuer_keys") + where, params);
    if (!row)
        return row.error();
    return row->int64(u"n");
}

} // namespace sphair::server
