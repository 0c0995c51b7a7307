#include "server/store/DatabaseIdempotencyStore.h"

namespace sphair::server {

namespace {

constexpr qint64 kTtlSeconds = 86'400; // a day

} // namespace

models::Result<IdempotencyStore::Lookup>
DatabaseIdempotencyStore::lookup(const Scope &scope, const QByteArray &requestHash)
{
    Lookup lookup;
    const QString hash = QString::fromLatin1(requestHash.toHex());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        // An expired key is forgotten, so the same key may start over.
        auto purged = session.exec(QStringLiteral("DELETE FROM idempotency_keys WHERE actor = $1 "
                                                  "AND key = $2 AND created_at < $3"),
                                   {scope.actor, scope.key, now.addSecs(-kTtlSeconds)});
        if (!purged)
            return models::Status(purged.error());
        auto inserted = session.exec(
            QStringLiteral("INSERT INTO idempotency_keys (actor, key, method, path, "
                           "request_hash) VALUES ($1, $2, $3, $4, $5) "
                           "ON CONFLICT (actor, key) DO NOTHING"),
            {scope.actor, scope.key, QString::fromLatin1(scope.method), scope.path, hash});
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
