#pragma once

#include "models/domain/IssuerKey.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QList>
#include <QString>

#include <optional>

namespace sphair::server {

// The issuer_keys table: the public keys trusted to sign licenses, their caps and the state of
// each key's seq/prev chain. Runs in the caller's (operator) transaction.
class IssuerKeyStore
{
public:
    // A key as stored, with what the wire type does not carry.
    struct Stored
    {
        models::IssuerKey key;
        qint64 version = 1; // the ETag
        QString lastTokenHash; // hash of the registered token with the highest seq
    };

    // With `forUpdate`, the row stays locked until commit (PostgreSQL): registrations of one
    // key and changes to it then happen one after the other.
    static models::Result<std::optional<Stored>> find(SqlSession &session, const QString &kid,
                                                      bool forUpdate = false);
    // Inserts a new key (kid already derived from public_key); last_seq starts at 0.
    static models::Status insert(SqlSession &session, const models::IssuerKey &key);
    // Writes label, status, validity window and caps, and bumps the version.
    static models::Result<qint64> update(SqlSession &session, const models::IssuerKey &key);
    // Moves the chain head to (seq, tokenHash) when seq is beyond last_seq; bumps the version.
    static models::Status advanceChain(SqlSession &session, const QString &kid, qint64 seq,
                                       const QString &tokenHash);

    // Keys with `status` (all when empty), newest validity first; and their count.
    static models::Result<QList<Stored>> list(SqlSession &session, const QString &status, int limit,
                                              qint64 offset);
    static models::Result<qint64> count(SqlSession &session, const QString &status);
};

} // namespace sphair::server
