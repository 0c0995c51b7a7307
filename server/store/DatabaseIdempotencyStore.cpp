#include "server/store/DatabaseIdempotencyStore.h"

namespace sphair::server {

namespace {

constexpr qint64 kPurgeIntervalMs = 60'000;

} // namespace

models::Status DatabaseIdempotencyStore::purgeExpired(SqlSession &session, const QDateTime &now)
{
    const qint64 at = now.toMSecsSinceEpoch();
    qint64 last = m_lastPurge.load();
    if (last > at - kPurgeIntervalMs && last <= at)
        return models::Status::success();
    if (!m_lastPurge.compare_exchange_strong(last, at))
        return models::Status::success(); // another thread is purging
    return session.perform(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < $1"),
                           {now.addSecs(-m_limits.ttl.count())});
}

models::Status DatabaseIdempotencyStore::makeRoom(SqlSession &session, const QString &actor)
{
    // Counts no further than the limit, so a busy actor costs a bounded scan.
    auto held = session.queryOne(QStringLiteral("SELECT count(*) AS n FROM (SELECT 1 FROM "
                                                "idempotency_keys WHERE actor = $1 LIMIT $2) h"),
                                 {actor, m_limits.maxPerActor});
    if (!held)
        return held.error();
    const qint64 excess = held->integer(u"n") - m_limits.maxPerActor + 1;
    if (excess <= 0)
        return models::Status::success();
    return session.perform(
        QStringLiteral("DELETE FROM idempotency_keys WHERE actor = $1 AND key IN (SELECT key "
                       "FROM idempotency_keys WHERE actor = $1 AND status IS NOT NULL "
                       "ORDER BY created_at, key LIMIT $2)"),
        {actor, excess});
}

models::Result<IdempotencyStore::Lookup>
DatabaseIdempotencyStore::lookup(const Scope &scope, const QByteArray &requestHash)
{
    Lookup lookup;
    const QString hash = QString::fromLatin1(requestHash.toHex());
    const QDateTime now = this->now();
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto purged = purgeExpired(session, now); !purged)
            return purged;
        // An expired key is forgotten, so the same key may start over.
        auto expired = session.exec(QStringLiteral("DELETE FROM idempotency_keys WHERE actor = $1 "
                                                   "AND key = $2 AND created_at < $3"),
                                    {scope.actor, scope.key, now.addSecs(-m_limits.ttl.count())});
        if (!expired)
            return models::Status(expired.error());
        auto known = session.queryOptional(QStringLiteral("SELECT 1 AS known FROM idempotency_keys "
                                                          "WHERE actor = $1 AND key = $2"),
                                           {scope.actor, scope.key});
        if (!known)
            return models::Status(known.error());
        if (!known.value()) {
            if (auto room = makeRoom(session, scope.actor); !room)
                return room;
        }
        auto inserted = session.exec(
            QStringLiteral("INSERT INTO idempotency_keys (actor, key, method, path, "
                           "request_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6) "
                           "ON CONFLICT (actor, key) DO NOTHING"),
            {scope.actor, scope.key, QString::fromLatin1(scope.method), scope.path, hash, now});
        if (!inserted)
            return models::Status(inserted.error());
        if (inserted->rowsAffected() == 1) {
            lookup.outcome = Outcome::Proceed;
            return models::Status::success();
        }
        auto row = session.queryOne(QStringLiteral("SELECT method, path, request_hash, status, "
                                                   "response_body FROM idempotency_keys "
                                                   "WHERE actor = $1 AND key = $2"),
                                    {scope.actor, scope.key});
        if (!row)
            return models::Status(row.error());
        if (row->text(u"request_hash") != hash
            || row->text(u"method") != QString::fromLatin1(scope.method)
            || row->text(u"path") != scope.path) {
            lookup.outcome = Outcome::Reused;
            return models::Status::success();
        }
        if (row->isNull(u"status")) {
            lookup.outcome = Outcome::InProgress;
            return models::Status::success();
        }
        lookup.outcome = Outcome::Replay;
        lookup.response = row->text(u"response_body").toUtf8();
        return models::Status::success();
    });
    if (!status)
        return status.error();
    return lookup;
}

models::Status DatabaseIdempotencyStore::save(const Scope &scope, const QByteArray &requestHash,
                                              int status, const QByteArray &response)
{
    Q_UNUSED(requestHash)
    return m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        return session.perform(
            QStringLiteral("UPDATE idempotency_keys SET status = $3, response_body = $4 "
                           "WHERE actor = $1 AND key = $2"),
            {scope.actor, scope.key, status, QString::fromUtf8(response)});
    });
}

void DatabaseIdempotencyStore::release(const Scope &scope)
{
    const auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        return session.perform(QStringLiteral("DELETE FROM idempotency_keys WHERE actor = $1 "
                                              "AND key = $2 AND status IS NULL"),
                               {scope.actor, scope.key});
    });
    Q_UNUSED(status) // a key left reserved expires with its TTL
}

} // namespace sphair::server
